package se.uppfoljning.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseCodeTest {

    @Test
    void randomCodesAreWellFormedAndDistinct() {
        Random random = new Random(1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            CaseCode code = CaseCode.random(random);
            assertThat(code.value()).matches("[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
            assertThat(CaseCode.isValid(code.value())).isTrue();
            seen.add(code.value());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void checkCharacterCatchesEverySingleTypo() {
        CaseCode code = CaseCode.random(new Random(7));
        String compact = code.value().replace("-", "");
        for (int pos = 0; pos < 8; pos++) {
            for (char c : CaseCode.ALPHABET.toCharArray()) {
                if (c == compact.charAt(pos)) {
                    continue;
                }
                String typo = compact.substring(0, pos) + c + compact.substring(pos + 1);
                assertThat(CaseCode.parseOrNull(typo)).as(typo).isNull();
            }
        }
    }

    @Test
    void checkCharacterCatchesSwappedNeighbours() {
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            String compact = CaseCode.random(random).value().replace("-", "");
            for (int pos = 0; pos < 7; pos++) {
                if (compact.charAt(pos) == compact.charAt(pos + 1)) {
                    continue;
                }
                String swapped = compact.substring(0, pos) + compact.charAt(pos + 1) + compact.charAt(pos) + compact.substring(pos + 2);
                assertThat(CaseCode.parseOrNull(swapped)).as(swapped).isNull();
            }
        }
    }

    @Test
    void parsesLowerCaseAndMissingDash() {
        CaseCode code = CaseCode.random(new Random(5));
        assertThat(CaseCode.parseOrNull(code.value().toLowerCase().replace("-", " "))).isEqualTo(code);
        assertThat(CaseCode.parseOrNull("")).isNull();
        assertThat(CaseCode.parseOrNull("K0QX-M4P2")).isNull();
    }
}
