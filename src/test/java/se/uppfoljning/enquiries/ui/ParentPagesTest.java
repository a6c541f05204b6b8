package se.uppfoljning.enquiries.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.uppfoljning.KaribuTest;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.enquiries.CreatedInvitation;
import se.uppfoljning.enquiries.InvitationService;
import se.uppfoljning.enquiries.ParentAnswerService;
import se.uppfoljning.enquiries.ParentEnquiry;
import se.uppfoljning.enquiries.ParentSession;
import se.uppfoljning.enquiries.Wave;
import se.uppfoljning.surveys.AnswerValidator;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.ResponseService;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.form.SurveyForm;
import se.uppfoljning.surveys.form.SurveyFormFiller;

/** The parent pages' rules from issue #13: stale tabs, sessions, languages, the intro, focus after Next. */
class ParentPagesTest extends KaribuTest {

    @Autowired
    InvitationService invitations;
    @Autowired
    ParentAnswerService parents;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    JdbcClient jdbc;

    private long newInvitation() {
        CreatedInvitation c = create();
        return parents.openLink(c.link().substring(c.link().lastIndexOf('/') + 1));
    }

    private CreatedInvitation create() {
        login("samordnare");
        try {
            var project = reference.projects().stream().filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH))
                    .findFirst().orElseThrow();
            List<Long> cases = invitations.activeCaseIds(project.id(), null);
            return invitations.create(List.of(cases.get((int) (System.nanoTime() % cases.size()))),
                    Wave.START, "sv", true).getFirst();
        } finally {
            se.uppfoljning.TestLogin.logout();
        }
    }

    /** A browser of its own: a new Vaadin session that holds this invitation, showing the answer page. */
    private EnquiryAnswerView openInFreshSession(long invitationId) {
        MockVaadin.tearDown();
        kotlin.jvm.functions.Function0<UI> factory = UI::new;
        MockVaadin.setup(factory, new MockSpringServlet(ROUTES, ctx, factory));
        ParentSession.set(VaadinSession.getCurrent().getSession(), invitationId);
        UI.getCurrent().navigate(EnquiryAnswerView.class);
        return _get(EnquiryAnswerView.class);
    }

    private Map<String, List<String>> stored(long invitationId) {
        return jdbc.sql("""
                SELECT a.question_id, a.answer_value FROM survey_answer a
                JOIN enquiry_invitation i ON i.response_id = a.response_id WHERE i.id = ? ORDER BY a.question_id, a.value_index""")
                .param(invitationId).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, java.util.TreeMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    @Test
    void aStaleTabIsToldToReloadAndNeverDeletesTheAnswersOfOtherPages() {
        long id = newInvitation();
        parents.chooseLanguage(id, "sv");
        SurveyTemplate template = parents.load(id).template();

        // Tab B opens the questionnaire first and stays on page 1.
        EnquiryAnswerView tabB = openInFreshSession(id);
        assertThat(tabB.form.currentPage()).isZero();

        // Tab A answers pages 1-3, Next each time, through the same form and service calls as the page.
        SurveyForm tabA = new SurveyForm(template, "sv", parents.load(id).answers());
        UI.getCurrent().add(tabA);
        int[] version = {parents.load(id).version()};
        tabA.setPageListener((section, answers) -> version[0] = parents.saveProgress(id, section, answers, version[0]));
        for (int page = 0; page < 3; page++) {
            SurveyFormFiller.fillPage(tabA, template, Map.of());
            SurveyFormFiller.next(tabA);
        }
        Map<String, List<String>> afterA = stored(id);
        assertThat(afterA).containsKeys(keysOf(template, 0).getFirst(), keysOf(template, 1).getFirst(),
                keysOf(template, 2).getFirst());

        // Tab B answers page 1 differently and presses Next: told to load the saved answers, nothing overwritten.
        SurveyFormFiller.fillPage(tabB.form, template, Map.of("attendance-last-month", "every-day"));
        SurveyFormFiller.next(tabB.form);
        assertThat(_get(Paragraph.class, spec -> spec.withId("survey-stale")).getText())
                .contains("annan flik eller enhet");
        assertThat(stored(id)).isEqualTo(afterA);

        // Loading the saved answers resumes after tab A's pages.
        _click(_get(Button.class, spec -> spec.withId("survey-reload")));
        assertThat(tabB.form.currentPage()).isGreaterThanOrEqualTo(3);
        assertThat(tabB.form.answers().value("attendance-last-month")).isEqualTo(afterA.get("attendance-last-month").getFirst());
    }

    @Test
    void theLanguageChoiceGivesTheEnquiryAsStoredSoTheNextSaveIsNotRefusedAsStale() {
        long id = newInvitation();
        ParentEnquiry first = parents.chooseLanguage(id, "sv");
        assertThat(first.language()).isEqualTo("sv");
        assertThat(first.started()).isTrue();
        assertThat(first.version()).isEqualTo(parents.load(id).version());
        SurveyTemplate template = first.template();
        SurveyForm form = new SurveyForm(template, "sv", first.answers());
        UI.getCurrent().add(form);
        SurveyFormFiller.fillPage(form, template, Map.of());
        int saved = parents.saveProgress(id, 0, form.answers(), first.version());

        // Switching the language of a started response changes its version: the returned one is the new one.
        ParentEnquiry switched = parents.chooseLanguage(id, "en");
        assertThat(switched.language()).isEqualTo("en");
        assertThat(switched.version()).isEqualTo(parents.load(id).version()).isGreaterThanOrEqualTo(saved);
        assertThat(switched.answers().byQuestion()).isEqualTo(parents.load(id).answers().byQuestion()).isNotEmpty();
        parents.saveProgress(id, 0, switched.answers(), switched.version());
    }

    @Test
    void savingAPageKeepsTheAnswersOfOtherPagesAndClearsOnlyItsOwn() {
        long id = newInvitation();
        parents.chooseLanguage(id, "sv");
        SurveyTemplate template = parents.load(id).template();
        SurveyForm form = new SurveyForm(template, "sv", Answers.empty());
        UI.getCurrent().add(form);
        int[] version = {parents.load(id).version()};
        form.setPageListener((section, answers) -> version[0] = parents.saveProgress(id, section, answers, version[0]));
        SurveyFormFiller.fillPage(form, template, Map.of());
        SurveyFormFiller.next(form);
        SurveyFormFiller.fillPage(form, template, Map.of());
        SurveyFormFiller.next(form);
        String page2Key = keysOf(template, 1).getFirst();
        assertThat(stored(id)).containsKey(page2Key);

        // Page 1 saved again with one optional answer emptied: page 2 stays, the emptied answer goes.
        Answers page1Only = parents.load(id).answers();
        String optional = template.sections().getFirst().questions().stream().filter(q -> !q.required())
                .flatMap(q -> AnswerValidator.keysOf(q).stream()).filter(page1Only::has).findFirst().orElseThrow();
        Map<String, List<String>> changed = new java.util.LinkedHashMap<>(page1Only.byQuestion());
        changed.remove(optional);
        changed.keySet().removeIf(k -> !keysOf(template, 0).contains(k));
        version[0] = parents.saveProgress(id, 0, new Answers(changed), version[0]);
        assertThat(stored(id)).containsKey(page2Key).doesNotContainKey(optional);

        // An outdated version is refused and changes nothing.
        Map<String, List<String>> before = stored(id);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parents.saveProgress(id, 0, Answers.empty(), version[0] - 1))
                .isInstanceOf(ResponseService.StaleDraftException.class);
        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void theIntroIsShownOnceTheStarIsExplainedAndNextFocusesTheNewPageHeading() {
        long id = newInvitation();
        EnquiryAnswerView view = openInFreshSession(id);
        _click(_get(Button.class, spec -> spec.withId("lang-sv")));
        Paragraph intro = _get(Paragraph.class, spec -> spec.withClasses("survey-intro"));
        assertThat(intro.isVisible()).isTrue();
        // The intro no longer promises that every question may be skipped; the star is explained.
        assertThat(intro.getText()).contains("*");
        assertThat(_get(Paragraph.class, spec -> spec.withId("survey-required-note")).getText()).contains("*");
        SurveyTemplate template = parents.load(id).template();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        SurveyFormFiller.fillPage(view.form, template, Map.of());
        SurveyFormFiller.next(view.form);
        assertThat(intro.isVisible()).isFalse();
        assertThat(pendingJs()).anySatisfy(js -> assertThat(js).contains("scrollTo(0, 0)").contains("focus"));
        // Only the shown page has components.
        assertThat(_find(com.vaadin.flow.component.Component.class,
                spec -> spec.withId("q-" + keysOf(template, 0).getFirst().replace('.', '-')))).isEmpty();
        // A parent coming back does not see the intro again.
        EnquiryAnswerView again = openInFreshSession(id);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("survey-intro"))).isEmpty();
        assertThat(again.form.currentPage()).isEqualTo(1);
    }

    @Test
    void arabicChangesLanguageDirectionAndDocumentTitle() {
        long id = newInvitation();
        openInFreshSession(id);
        _click(_get(Button.class, spec -> spec.withId("lang-ar")));
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(parents.load(id).template().title().in("ar"));
        assertThat(pendingJs()).anySatisfy(js -> assertThat(js).contains("documentElement.lang").contains("[ar, rtl]"));
        assertThat(_get(EnquiryAnswerView.class).getElement().getAttribute("dir")).isEqualTo("rtl");
    }

    @Test
    void theCodePageSwitchesToArabicRightToLeft() {
        UI.getCurrent().navigate(EnquiryCodeView.class);
        EnquiryCodeView view = _get(EnquiryCodeView.class);
        view.language.setValue("ar");
        ComponentUtil.fireEvent(view.language,
                new AbstractField.ComponentValueChangeEvent<>(view.language, view.language, "sv", true));
        // The page reloads; the new page is Arabic, right to left.
        UI.getCurrent().getPage().reload();
        EnquiryCodeView reloaded = _get(EnquiryCodeView.class);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ar");
        assertThat(reloaded.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(reloaded.getElement().getAttribute("lang")).isEqualTo("ar");
        assertThat(reloaded.open.getText()).isEqualTo("افتح الاستبيان");
        assertThat(reloaded.language.getValue()).isEqualTo("ar");
    }

    @Test
    void aCorrectCodeRenewsTheSessionId() {
        CreatedInvitation created = create();
        long id = created.invitationId();
        String code = created.code();
        UI.getCurrent().navigate(EnquiryCodeView.class);
        EnquiryCodeView view = _get(EnquiryCodeView.class);
        String before = VaadinSession.getCurrent().getSession().getId();
        // From an address of its own, so this attempt does not count against other tests' code throttle.
        VaadinServletRequest current = (VaadinServletRequest) VaadinRequest.getCurrent();
        var otherAddress = new jakarta.servlet.http.HttpServletRequestWrapper(
                (jakarta.servlet.http.HttpServletRequest) current.getRequest()) {
            @Override
            public String getRemoteAddr() {
                return "192.0.2.13";
            }
        };
        com.vaadin.flow.internal.CurrentInstance.set(VaadinRequest.class,
                new VaadinServletRequest(otherAddress, current.getService()));
        view.code.setValue(code);
        _click(view.open);
        assertThat(VaadinSession.getCurrent().getSession().getId()).isNotEqualTo(before);
        assertThat(ParentSession.invitationId(VaadinSession.getCurrent().getSession())).isEqualTo(id);
        _get(EnquiryAnswerView.class);
    }

    @Test
    void aParentWhoseSessionEndedIsToldInTheirLanguageToOpenTheLinkAgain() {
        FakeRequest request = (FakeRequest) ((VaadinServletRequest) VaadinRequest.getCurrent()).getRequest();
        request.addCookie(new Cookie(ParentPage.LANGUAGE_COOKIE, "ar"));
        UI.getCurrent().navigate(EnquiryAnswerView.class);
        EnquiryAnswerView view = _get(EnquiryAnswerView.class);
        assertThat(view.title.getText()).isEqualTo("أُغلق الاستبيان لفترة");
        assertThat(_get(Paragraph.class, spec -> spec.withId("parent-session-ended")).getText()).contains("افتح الرابط");
        assertThat(view.getElement().getAttribute("dir")).isEqualTo("rtl");
    }

    /** The JavaScript the server is about to send, each as its expression followed by its parameters. */
    private static List<String> pendingJs() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(js -> js.getInvocation().getExpression() + " " + js.getInvocation().getParameters()).toList();
    }

    private static List<String> keysOf(SurveyTemplate template, int section) {
        return template.sections().get(section).questions().stream().flatMap(q -> AnswerValidator.keysOf(q).stream())
                .toList();
    }
}
