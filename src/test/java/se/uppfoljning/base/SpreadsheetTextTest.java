package se.uppfoljning.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void neutralisesCellsThatASpreadsheetWouldRunAsAFormula() {
        assertThat(SpreadsheetText.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(SpreadsheetText.neutralise("=HYPERLINK(\"http://x\";\"klicka\")")).startsWith("'=HYPERLINK");
        assertThat(SpreadsheetText.neutralise("+46 70 123")).isEqualTo("'+46 70 123");
        assertThat(SpreadsheetText.neutralise("-cmd|' /C calc'!A0")).isEqualTo("'-cmd|' /C calc'!A0");
        assertThat(SpreadsheetText.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(SpreadsheetText.neutralise("-")).isEqualTo("'-");
    }

    @Test
    void leavesPlainNumbersAndOrdinaryTextAlone() {
        assertThat(SpreadsheetText.neutralise("-3")).as("a negative number stays a number").isEqualTo("-3");
        assertThat(SpreadsheetText.neutralise("-12.5")).isEqualTo("-12.5");
        assertThat(SpreadsheetText.neutralise("42")).isEqualTo("42");
        assertThat(SpreadsheetText.neutralise("Tack för hjälpen = bra")).isEqualTo("Tack för hjälpen = bra");
        assertThat(SpreadsheetText.neutralise(" =x")).isEqualTo(" =x");
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
        assertThat(SpreadsheetText.neutralise(null)).isEmpty();
        assertThat(SpreadsheetText.neutralise("-1e5")).as("not a plain number").isEqualTo("'-1e5");
    }
}
