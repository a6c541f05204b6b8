package se.uppfoljning.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.uppfoljning.base.BusinessException;

/** ASVS 6.2.1, 6.2.5, 6.2.9, 6.2.11: length, any characters, no context words or user name. */
class PasswordRulesTest {

    @Test
    void refusesShortAndOverlongPasswords() {
        assertKey("elva-tecken", "anna.svensson", "security.password.error.too-short");
        assertKey("x".repeat(129), "anna.svensson", "security.password.error.too-long");
    }

    @Test
    void acceptsLongPassphrasesOfAnyCharactersWithoutCompositionRules() {
        assertThatCode(() -> PasswordRules.check("p", "alla små bokstäver och mellanslag", "anna.svensson"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordRules.check("p", "😀 ümlaut ñ 中文 パスワード x".repeat(2), "anna.svensson"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordRules.check("p", "y".repeat(128), "anna.svensson")).doesNotThrowAnyException();
    }

    @Test
    void refusesContextWordsInAnyCaseAndWithOrWithoutDiacritics() {
        assertKey("Uppföljning2026!", "anna.svensson", "security.password.error.context-word");
        assertKey("UPPFOLJNING-2026", "anna.svensson", "security.password.error.context-word");
        assertKey("vinter-STOCKHOLM-1", "anna.svensson", "security.password.error.context-word");
        assertKey("mitt-Lösenord-99", "anna.svensson", "security.password.error.context-word");
        assertKey("Närvaro-hela-tiden", "anna.svensson", "security.password.error.context-word");
    }

    @Test
    void refusesTheUserNameInsideThePassword() {
        assertKey("hej-Anna.Svensson-1", "anna.svensson", "security.password.error.context-word");
        assertThatCode(() -> PasswordRules.check("p", "ab-ab-ab-ab-ab", "ab")).doesNotThrowAnyException();
    }

    private static void assertKey(String password, String username, String key) {
        assertThatThrownBy(() -> PasswordRules.check("p", password, username))
                .isInstanceOfSatisfying(BusinessException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.messageKey()).isEqualTo(key));
    }
}
