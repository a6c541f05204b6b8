package se.uppfoljning.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void changesWhenAnyFieldChanges() {
        String base = AuditHash.of(AuditHash.GENESIS, 1, AT, "anna", "LOGIN", null, null);
        assertThat(base).hasSize(64).isEqualTo(AuditHash.of(AuditHash.GENESIS, 1, AT, "anna", "LOGIN", null, null));
        assertThat(AuditHash.of(AuditHash.GENESIS, 2, AT, "anna", "LOGIN", null, null)).isNotEqualTo(base);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT.plusMillis(1), "anna", "LOGIN", null, null)).isNotEqualTo(base);
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "anne", "LOGIN", null, null)).isNotEqualTo(base);
        assertThat(AuditHash.of("1".repeat(64), 1, AT, "anna", "LOGIN", null, null)).isNotEqualTo(base);
    }

    @Test
    void movingTextBetweenFieldsChangesTheHash() {
        assertThat(AuditHash.of(AuditHash.GENESIS, 1, AT, "a", "LOGINx", "y", null))
                .isNotEqualTo(AuditHash.of(AuditHash.GENESIS, 1, AT, "a", "LOGIN", "xy", null));
    }
}
