package se.uppfoljning.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.uppfoljning.cases.CaseCode;

class ReportDemoDataTest {

    @Test
    void everyDemoCaseCodeIsAValidCaseCode() {
        ReportInput demo = ReportDemoData.generate(4, 25, 7L);

        assertThat(demo.cases()).isNotEmpty()
                .allSatisfy(c -> assertThat(CaseCode.parseOrNull(c.caseCode())).as(c.caseCode()).isNotNull());
    }
}
