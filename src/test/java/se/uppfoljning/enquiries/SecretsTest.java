package se.uppfoljning.enquiries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void tokensCarry256BitsAndAreUrlSafe() {
        String token = Secrets.newToken();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(Secrets.looksLikeToken(token)).isTrue();
        assertThat(Secrets.looksLikeToken("svar")).isFalse();
    }

    @Test
    void codesAreTypableAndNormalised() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = Secrets.newCode();
            assertThat(code).matches("[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
            assertThat(Secrets.looksLikeCode(Secrets.normalizeCode(code.toLowerCase().replace("-", " ")))).isTrue();
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
        assertThat(Secrets.hash("a")).hasSize(64).isNotEqualTo(Secrets.hash("b"));
    }
}
