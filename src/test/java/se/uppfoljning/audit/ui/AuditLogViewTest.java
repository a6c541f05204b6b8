package se.uppfoljning.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.uppfoljning.base.i18n.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.audit.AuditTrail;

class AuditLogViewTest extends KaribuTest {

    @Autowired
    AuditTrail audit;

    @Test
    void adminFiltersTheLogVerifiesTheChainAndCanExport() {
        String marker = "karibu" + UUID.randomUUID().toString().substring(0, 8);
        audit.record(marker, "TEST_VIEW", "item:1", null);
        audit.record(marker, "TEST_VIEW", "item:2", null);
        audit.record("someone-else", "TEST_VIEW", "item:3", "see " + marker);
        login("admin-demo");
        AuditLogView view = navigate(AuditLogView.class);
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(3);

        view.filter.setValue(marker);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(GridKt._get(view.grid, 0).target()).isEqualTo("item:3");
        view.filter.setValue("no-such-entry-" + marker);
        assertThat(GridKt._size(view.grid)).isZero();

        _click(view.verify);
        assertThat(view.verifyResult.getText()).startsWith("Kedjan är obruten.");

        assertThat(view.export.getText()).isEqualTo("Exportera som CSV");
        assertThat(view.export.getHref()).isNotBlank();
    }

    @Test
    void nonAdministratorsAreRefused() {
        login("samordnare");
        assertThatThrownBy(() -> UI.getCurrent().navigate(AuditLogView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        login("utvarderare");
        assertThatThrownBy(() -> UI.getCurrent().navigate(AuditLogView.class))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void eventNamesAreShownInSwedish() {
        String marker = "karibu" + UUID.randomUUID().toString().substring(0, 8);
        audit.record(marker, "EXPORT_DOWNLOADED", "export:x", null);
        audit.record(marker, "NOT_NAMED_YET", "item:1", null);
        login("admin-demo");
        AuditLogView view = navigate(AuditLogView.class);
        view.filter.setValue(marker);
        assertThat(GridKt._getFormatted(view.grid, 0, "action")).isEqualTo("NOT_NAMED_YET");
        assertThat(GridKt._getFormatted(view.grid, 1, "action")).isEqualTo("Export nedladdad");
    }

    /** Every event code the application writes (a literal passed to record(..) or saved(..)) has a name. */
    @Test
    void everyRecordedEventHasASwedishAndAnEnglishName() throws IOException {
        Pattern call = Pattern.compile("\\b(record|saved)\\(");
        Pattern code = Pattern.compile("\"([A-Z]{3,}(?:_[A-Z]+)*)\"");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String statement : Files.readString(f).split(";")) {
                    if (call.matcher(statement).find()) {
                        Matcher m = code.matcher(statement);
                        while (m.find()) {
                            codes.add(m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(codes).contains("LOGIN", "EXPORT_DOWNLOADED", "ABSENCE_MONTH_CREATED", "STAFF_DISABLED");
        for (String c : codes) {
            for (java.util.Locale l : java.util.List.of(Translations.SWEDISH, Translations.ENGLISH)) {
                assertThat(Translations.translate("audit.action." + c, l)).as(c + " in " + l).doesNotStartWith("!");
            }
        }
    }
}
