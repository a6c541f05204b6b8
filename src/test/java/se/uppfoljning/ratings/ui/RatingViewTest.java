package se.uppfoljning.ratings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Map;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.cases.ReferenceDataService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.ratings.RatingItem;
import se.uppfoljning.ratings.RatingService;
import se.uppfoljning.ratings.Timepoint;
import se.uppfoljning.surveys.form.SurveyFormFiller;

class RatingViewTest extends KaribuTest {

    @Autowired
    RatingService ratings;

    private RatingView open() {
        login("samtalsledare");
        UI.getCurrent().navigate(RatingView.class);
        RatingView view = _get(RatingView.class);
        view.project.setValue(view.project.getListDataView().getItems().findFirst().orElseThrow());
        return view;
    }

    @Test
    void facilitatorRatesAtStartAndAfterThreeMonthsAndSeesBothInTheHistory() {
        RatingView view = open();
        CaseDetails c = view.caseBox.getListDataView().getItems().skip(1).findFirst().orElseThrow();
        view.caseBox.setValue(c);
        LocalDate start = c.data().startDate();

        view.timepoint.setValue(Timepoint.START);
        view.ratedOn.setValue(start);
        view.openNew();
        SurveyFormFiller.fillAll(view.form, ratings.templateFor(Timepoint.START), Map.of("attendance", "2"));
        SurveyFormFiller.submit(view.form);

        view.timepoint.setValue(Timepoint.M3);
        view.ratedOn.setValue(start.plusMonths(3).isAfter(LocalDate.now()) ? LocalDate.now() : start.plusMonths(3));
        view.openNew();
        SurveyFormFiller.fillAll(view.form, ratings.templateFor(Timepoint.M3), Map.of("attendance", "5"));
        SurveyFormFiller.submit(view.form);

        assertThat(GridKt._size(view.history)).isEqualTo(2);
        RatingItem first = GridKt._get(view.history, 0);
        RatingItem second = GridKt._get(view.history, 1);
        assertThat(first.timepoint()).isEqualTo(Timepoint.START);
        assertThat(first.scores()).containsEntry("staff-attendance", "2");
        assertThat(second.timepoint()).isEqualTo(Timepoint.M3);
        assertThat(second.scores()).containsEntry("staff-attendance", "5");

        // The same time point twice is refused with a message; nothing new is stored.
        view.timepoint.setValue(Timepoint.START);
        view.openNew();
        SurveyFormFiller.fillAll(view.form, ratings.templateFor(Timepoint.START), Map.of());
        SurveyFormFiller.submit(view.form);
        assertThat(ratings.history(c.id())).hasSize(2);
    }

    @Test
    void aConcurrentCorrectionIsRefusedAndOutsidersSeeNothing() {
        RatingView view = open();
        CaseDetails c = view.caseBox.getListDataView().getItems().skip(2).findFirst().orElseThrow();
        view.caseBox.setValue(c);
        view.timepoint.setValue(Timepoint.START);
        view.ratedOn.setValue(c.data().startDate());
        view.openNew();
        SurveyFormFiller.fillAll(view.form, ratings.templateFor(Timepoint.START), Map.of());
        SurveyFormFiller.submit(view.form);
        RatingItem item = ratings.history(c.id()).getFirst();
        var answers = ratings.answersOf(item.id()).with("attendance", java.util.List.of("6"));

        RatingItem corrected = ratings.correct(item.id(), item.ratedOn(), answers, item.version());
        assertThat(corrected.scores()).containsEntry("staff-attendance", "6");
        assertThatThrownBy(() -> ratings.correct(item.id(), item.ratedOn(), answers, item.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        login("samordnare.nv");
        assertThatThrownBy(() -> ratings.history(c.id())).isInstanceOf(BusinessException.class)
                .hasMessage("cases.error.not-found");
        assertThatThrownBy(() -> ratings.answersOf(item.id())).hasMessage("ratings.error.not-found");
    }

    /** 00:05 in Stockholm is still the day before in UTC; the date must follow Stockholm, also across DST. */
    @ParameterizedTest
    @CsvSource({"2026-11-30T23:05:00Z, 2026-12-01", "2026-03-29T22:05:00Z, 2026-03-30",
            "2026-10-25T23:05:00Z, 2026-10-26", "2026-03-29T00:30:00Z, 2026-03-29"})
    void theRatingDateDefaultsToTodayInStockholm(String instant, String stockholmDay) {
        login("samtalsledare");
        Clock clock = Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/Stockholm"));
        RatingView view = new RatingView(ratings, ctx.getBean(CaseService.class),
                ctx.getBean(ReferenceDataService.class), clock);
        assertThat(view.ratedOn.getValue()).isEqualTo(LocalDate.parse(stockholmDay));
        assertThat(view.ratedOn.getMax()).isEqualTo(LocalDate.parse(stockholmDay));
    }

    @Test
    void theRatersRoleTravelsWithTheScoresAndIsNoScoreItself() {
        RatingView view = open();
        CaseDetails c = view.caseBox.getListDataView().getItems().skip(3).findFirst().orElseThrow();
        view.caseBox.setValue(c);
        view.timepoint.setValue(Timepoint.START);
        view.ratedOn.setValue(c.data().startDate());
        view.openNew();
        SurveyFormFiller.fillAll(view.form, ratings.templateFor(Timepoint.START),
                Map.of("rater-role", "student-health", "attendance", "4", "comment", "7"));
        SurveyFormFiller.submit(view.form);

        login("utvarderare");
        var scores = ratings.scores(java.util.List.of(c.id()));
        assertThat(scores).isNotEmpty().allSatisfy(s -> {
            assertThat(s.analysisKey()).startsWith("staff-");
            assertThat(s.attributes()).containsEntry("rater-role", "student-health").doesNotContainKey("comment");
        });
        assertThat(scores).anySatisfy(s -> assertThat(s.analysisKey()).isEqualTo("staff-attendance"));
    }
}
