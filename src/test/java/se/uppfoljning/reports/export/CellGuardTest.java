package se.uppfoljning.reports.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellGuardTest {

    @Test
    void neutralisesCellsThatASpreadsheetWouldRunAsAFormula() {
        assertThat(CellGuard.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(CellGuard.neutralise("=HYPERLINK(\"http://x\";\"klicka\")")).startsWith("'=HYPERLINK");
        assertThat(CellGuard.neutralise("+46 70 123")).isEqualTo("'+46 70 123");
        assertThat(CellGuard.neutralise("-cmd|' /C calc'!A0")).isEqualTo("'-cmd|' /C calc'!A0");
        assertThat(CellGuard.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CellGuard.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(CellGuard.neutralise("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void leavesPlainNumbersAndOrdinaryTextAlone() {
        assertThat(CellGuard.neutralise("-3")).isEqualTo("-3");
        assertThat(CellGuard.neutralise("-12.5")).isEqualTo("-12.5");
        assertThat(CellGuard.neutralise("42")).isEqualTo("42");
        assertThat(CellGuard.neutralise("Tack för hjälpen = bra")).isEqualTo("Tack för hjälpen = bra");
        assertThat(CellGuard.neutralise("")).isEmpty();
        assertThat(CellGuard.neutralise(null)).isEmpty();
        assertThat(CellGuard.neutralise("-")).isEqualTo("'-");
        assertThat(CellGuard.neutralise("-1e5")).as("not a plain number").isEqualTo("'-1e5");
    }
}
