package se.uppfoljning.focusgroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.surveys.LocalizedText;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.QuestionType;
import se.uppfoljning.surveys.Section;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.TemplateKind;

class SessionRulesTest {

    private static final SurveyTemplate GUIDE = new SurveyTemplate("guide", 1, TemplateKind.FOCUS_GROUP_GUIDE,
            Set.of("PERIODIC"), List.of("sv", "en"), LocalizedText.of("Guide"), null, List.of(
                    section("cooperation", "Samverkan", "Hur går samverkan till?"),
                    section("school", "Skolan", "Vad har skolan gjort?")), "guide.yaml", "0".repeat(64));

    private static Section section(String id, String title, String question) {
        Question q = new Question(id + "-q", QuestionType.LONG_TEXT, LocalizedText.of(question), null, false, null,
                null, false, null, null, null, null, null, null, 4000);
        return new Section(id, new LocalizedText(Map.of("sv", title, "en", title + " (en)")), null, List.of(q));
    }

    private static SessionData data(boolean consent, Map<ParticipantRole, Integer> participants) {
        return new SessionData(1L, null, null, LocalDate.of(2026, 3, 1), null, null, participants, consent);
    }

    @Test
    void typedThemesWithTheSameNameAreOneTheme() {
        assertThat(Theme.typed("  Stöd  i   hemmet ")).isEqualTo(new Theme("typed:stöd i hemmet", "Stöd i hemmet"));
        assertThat(Theme.typed("STÖD I HEMMET").key()).isEqualTo(Theme.typed("stöd i hemmet").key());
        Theme first = Theme.typed("Stöd i hemmet");
        assertThat(SessionRules.resolve(Theme.typed("stöd i HEMMET"), null, List.of(first))).isEqualTo(first);
    }

    @Test
    void guideThemeTakesItsTitleFromTheGuideNotTheCaller() {
        Theme resolved = SessionRules.resolve(new Theme("guide:cooperation", "<script>"), GUIDE, List.of());
        assertThat(resolved).isEqualTo(Theme.guide("cooperation", "Samverkan"));
    }

    @Test
    void refusesThemesOutsideTheGuideAndUnknownKinds() {
        assertThatThrownBy(() -> SessionRules.resolve(Theme.guide("nope", "x"), GUIDE, List.of()))
                .isInstanceOf(BusinessException.class).hasMessage("focusgroups.error.theme-unknown");
        assertThatThrownBy(() -> SessionRules.resolve(Theme.guide("cooperation", "x"), null, List.of()))
                .hasMessage("focusgroups.error.theme-unknown");
        assertThatThrownBy(() -> SessionRules.resolve(new Theme("x:y", "x"), GUIDE, List.of()))
                .hasMessage("focusgroups.error.theme-unknown");
        assertThatThrownBy(() -> SessionRules.resolve(Theme.typed("   "), GUIDE, List.of()))
                .hasMessage("base.error.required");
    }

    @Test
    void guideThemeStaysUsableWhenTheGuideIsNoLongerLoaded() {
        Theme stored = Theme.guide("cooperation", "Samverkan");
        assertThat(SessionRules.resolve(Theme.guide("cooperation", "?"), null, List.of(stored))).isEqualTo(stored);
    }

    @Test
    void themesListGuideSectionsThenTypedThemesThenOther() {
        List<ThemeItem> themes = SessionRules.themes(GUIDE, List.of(Theme.typed("Lokaler"), Theme.OTHER,
                Theme.guide("school", "Skolan")));
        assertThat(themes).extracting(t -> t.theme().key())
                .containsExactly("guide:cooperation", "guide:school", "typed:lokaler", "other");
        assertThat(themes.getFirst().prompts()).extracting(p -> p.in("sv")).containsExactly("Hur går samverkan till?");
        assertThat(SessionRules.themes(null, List.of())).extracting(t -> t.theme().key()).containsExactly("other");
    }

    @Test
    void finalisingNeedsConsentAndParticipants() {
        assertThatThrownBy(() -> SessionRules.checkFinalisable(data(false, Map.of(ParticipantRole.PARENT, 3))))
                .hasMessage("focusgroups.error.consent-required");
        assertThatThrownBy(() -> SessionRules.checkFinalisable(data(true, Map.of())))
                .hasMessage("focusgroups.error.no-participants");
        SessionRules.checkFinalisable(data(true, Map.of(ParticipantRole.BUP, 1)));
    }

    @Test
    void finalSessionsChangeOnlyWithAReason() {
        SessionRules.checkChangeAllowed(SessionStatus.DRAFT, null);
        assertThatThrownBy(() -> SessionRules.checkChangeAllowed(SessionStatus.FINAL, null))
                .hasMessage("focusgroups.error.amendment-reason-required");
        assertThatThrownBy(() -> SessionRules.checkChangeAllowed(SessionStatus.FINAL, "  "))
                .hasMessage("focusgroups.error.amendment-reason-required");
        assertThatThrownBy(() -> SessionRules.checkChangeAllowed(SessionStatus.FINAL, "x".repeat(1001)))
                .hasMessage("base.error.too-long");
        SessionRules.checkChangeAllowed(SessionStatus.FINAL, "Rättat stavfel");
    }

    @Test
    void participantCountsAreZeroToHundredPerRole() {
        assertThatThrownBy(() -> SessionRules.check(data(true, Map.of(ParticipantRole.PARENT, 101))))
                .hasMessage("focusgroups.error.participant-count");
        assertThatThrownBy(() -> SessionRules.check(data(true, Map.of(ParticipantRole.PARENT, -1))))
                .hasMessage("focusgroups.error.participant-count");
        assertThatThrownBy(() -> SessionRules.check(new SessionData(1L, null, null, null, null, null, Map.of(), true)))
                .hasMessage("base.error.required");
        SessionRules.check(data(true, Map.of(ParticipantRole.PARENT, 100, ParticipantRole.BUP, 0)));
    }
}
