package se.uppfoljning.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.uppfoljning.base.i18n.Translations;

/** Staff texts read as Swedish with any count, an open period and one day (issue #13, item 12). */
class StaffTextsTest {

    private static final Locale SV = Translations.SWEDISH;

    @Test
    void countsOfOneReadCorrectly() {
        assertThat(Translations.translate("absence.import.done", SV, 1, 1, 1)).doesNotContain("1 avvisade")
                .doesNotContain("1 nya").contains("Avvisade rader som hoppades över: 1");
        assertThat(Translations.translate("enquiries.invite.created", SV, 1)).doesNotContain("1 inbjudningar");
        assertThat(Translations.translate("audit.log.verify.intact", SV, 1)).doesNotContain("1 poster");
        assertThat(Translations.translate("focusgroups.codebook.merged", SV, "a", "b", 1, 1))
                .doesNotContain("1 anteckningar");
        assertThat(Translations.translate("absence.import.done", Locale.ENGLISH, 1, 1, 1)).doesNotContain("1 rejected rows");
    }

    @Test
    void anOpenPeriodIsNotAnEndDate() {
        assertThat(Translations.translate("absence.view.case-period.open", SV, "2026-01"))
                .isEqualTo("Ärendets period: från 2026-01, pågår");
    }

    @Test
    void theReportNamesTimePointsLikeTheScreens() {
        assertThat(Translations.translate("reports.ratings.month-timepoint", SV, "3"))
                .isEqualTo(Translations.translate("ratings.timepoint.M3", SV));
        assertThat(Translations.translate("reports.focus.intro-one-day", SV, "2", "2026-11-30", "9"))
                .isEqualTo("2 samtal hölls 2026-11-30 med sammanlagt 9 deltagare.");
    }
}
