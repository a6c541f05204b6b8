package se.uppfoljning.focusgroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;

@IntegrationTest
class FocusGroupServiceIntegrationTest {

    @Autowired
    FocusGroupService focusGroups;
    @Autowired
    CodebookService codebook;
    @Autowired
    FocusGroupReportService reports;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    private ProjectListItem south() {
        return reference.projects().stream().filter(p -> p.name().equals(DemoProperties.PROJECT_SOUTH))
                .findFirst().orElseThrow();
    }

    /** A draft Söder session at a school, created by the Söder facilitator. */
    private SessionDetails newSouthSession(boolean consent) {
        TestLogin.login(users, "samtalsledare");
        ProjectListItem south = south();
        return focusGroups.create(new SessionData(south.id(), south.schools().getFirst().id(), null,
                LocalDate.of(2026, 3, 12), null, null,
                Map.of(ParticipantRole.PARENT, 4, ParticipantRole.SCHOOL_STAFF, 2), consent));
    }

    private static NoteData note(String theme, String text, Long... codes) {
        return new NoteData(Theme.typed(theme), text, Set.of(codes));
    }

    @Test
    void facilitatorRecordsNotesQuotesAndCodesAndFinalises() {
        SessionDetails s = newSouthSession(true);
        assertThat(s.status()).isEqualTo(SessionStatus.DRAFT);
        assertThat(s.districtName()).isNotBlank();
        CodeItem trust = codebook.create(s.data().projectId(), new CodeData("Tillit " + s.id(), null));
        Saved n1 = focusGroups.saveNote(s.id(), null, note("Samverkan", "Skolan och BUP träffas varje vecka.",
                trust.id()), s.version(), null);
        assertThat(n1.sessionVersion()).isGreaterThan(s.version());
        Saved q1 = focusGroups.saveQuote(s.id(), null, new QuoteData(Theme.typed("samverkan "),
                "Det var första gången någon lyssnade.", ParticipantRole.PARENT, true, Set.of(trust.id())),
                n1.sessionVersion(), null);
        Saved n2 = focusGroups.saveNote(s.id(), null, new NoteData(Theme.OTHER, "Lokalfrågor.", Set.of()),
                q1.sessionVersion(), null);

        SessionDetails loaded = focusGroups.get(s.id());
        assertThat(loaded.version()).isEqualTo(n2.sessionVersion());
        assertThat(loaded.themes()).extracting(t -> t.theme().key()).containsExactly("typed:samverkan", "other");
        assertThat(loaded.quotes()).singleElement().satisfies(q -> {
            assertThat(q.theme()).isEqualTo(Theme.typed("Samverkan"));
            assertThat(q.codes()).extracting(CodeItem::name).containsExactly(trust.name());
        });

        SessionDetails finalised = focusGroups.finalise(s.id(), loaded.version());
        assertThat(finalised.isFinal()).isTrue();
        assertThat(finalised.finalisedBy()).isEqualTo("samtalsledare");
    }

    @Test
    void secondSaveWithAStaleVersionIsRefused() {
        SessionDetails s = newSouthSession(true);
        int seenByBoth = s.version();
        focusGroups.saveNote(s.id(), null, note("Tema", "Först"), seenByBoth, null);
        assertThatThrownBy(() -> focusGroups.saveNote(s.id(), null, note("Tema", "Sedan"), seenByBoth, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(focusGroups.get(s.id()).notes()).extracting(NoteItem::text).containsExactly("Först");
    }

    @Test
    void sessionWithoutConsentCannotBeFinalised() {
        SessionDetails s = newSouthSession(false);
        assertThatThrownBy(() -> focusGroups.finalise(s.id(), s.version())).isInstanceOf(BusinessException.class)
                .hasMessage("focusgroups.error.consent-required");
        assertThat(focusGroups.get(s.id()).status()).isEqualTo(SessionStatus.DRAFT);
    }

    @Test
    void changesAfterFinalisingNeedAReasonAndAreLoggedAsAmendments() {
        SessionDetails s = newSouthSession(true);
        Saved note = focusGroups.saveNote(s.id(), null, note("Tema", "Utkast"), s.version(), null);
        SessionDetails fin = focusGroups.finalise(s.id(), note.sessionVersion());
        assertThatThrownBy(() -> focusGroups.saveNote(s.id(), note.itemId(), note("Tema", "Ändrat"), fin.version(), " "))
                .isInstanceOf(BusinessException.class).hasMessage("focusgroups.error.amendment-reason-required");
        focusGroups.saveNote(s.id(), note.itemId(), note("Tema", "Ändrat"), fin.version(), "Felskrivet ord");
        SessionDetails after = focusGroups.get(s.id());
        assertThat(after.notes()).extracting(NoteItem::text).containsExactly("Ändrat");
        assertThat(after.amendments()).singleElement().satisfies(a -> {
            assertThat(a.by()).isEqualTo("samtalsledare");
            assertThat(a.reason()).isEqualTo("Felskrivet ord");
            assertThat(a.change()).isEqualTo(AmendmentChange.NOTE_UPDATED);
            assertThat(a.at()).isNotNull();
        });
        assertThatThrownBy(() -> focusGroups.finalise(s.id(), after.version())).isInstanceOf(BusinessException.class)
                .hasMessage("focusgroups.error.already-final");
    }

    @Test
    void staffOutsideTheProjectGetNotFound() {
        SessionDetails s = newSouthSession(true);
        TestLogin.login(users, "samordnare.nv");
        assertThatThrownBy(() -> focusGroups.get(s.id())).isInstanceOf(BusinessException.class)
                .hasMessage("focusgroups.error.not-found");
        assertThatThrownBy(() -> focusGroups.saveNote(s.id(), null, note("Tema", "x"), s.version(), null))
                .isInstanceOf(BusinessException.class).hasMessage("focusgroups.error.not-found");
        assertThat(focusGroups.list(null)).extracting(SessionListItem::id).doesNotContain(s.id());
        assertThatThrownBy(() -> codebook.codes(s.data().projectId())).isInstanceOf(BusinessException.class);
        TestLogin.login(users, "samordnare");
        assertThat(focusGroups.get(s.id()).id()).isEqualTo(s.id());
    }

    @Test
    void evaluatorsGetAggregatesOnly() {
        SessionDetails s = newSouthSession(true);
        Saved n = focusGroups.saveNote(s.id(), null, note("Rapporttema " + s.id(), "Anteckning"), s.version(), null);
        Saved q = focusGroups.saveQuote(s.id(), null, new QuoteData(Theme.OTHER, "Ett citat", ParticipantRole.BUP,
                false, Set.of()), n.sessionVersion(), null);
        focusGroups.finalise(s.id(), q.sessionVersion());
        assertThatThrownBy(() -> reports.report(new FocusGroupReport.Filter(null, null, null)))
                .isInstanceOf(AccessDeniedException.class);

        TestLogin.login(users, "utvarderare");
        assertThatThrownBy(() -> focusGroups.get(s.id())).isInstanceOf(AccessDeniedException.class);
        FocusGroupReport report = reports.report(new FocusGroupReport.Filter(s.data().projectId(), null, null));
        assertThat(report.sessions()).anySatisfy(row -> {
            assertThat(row.sessionId()).isEqualTo(s.id());
            assertThat(row.participants()).containsEntry(ParticipantRole.PARENT, 4);
        });
        assertThat(report.themes()).anySatisfy(t -> {
            assertThat(t.title()).isEqualTo("Rapporttema " + s.id());
            assertThat(t.noteCount()).isEqualTo(1);
            assertThat(t.sessionCount()).isEqualTo(1);
        });
        assertThat(report.quotes()).anySatisfy(r -> {
            assertThat(r.sessionId()).isEqualTo(s.id());
            assertThat(r.speakerRole()).isEqualTo(ParticipantRole.BUP);
            assertThat(r.quotable()).isFalse();
        });
    }

    @Test
    void mergingACodeRetagsItsNotesAndQuotesAndRemovesIt() {
        SessionDetails s = newSouthSession(true);
        long project = s.data().projectId();
        CodeItem a = codebook.create(project, new CodeData("Oro " + s.id(), null));
        CodeItem b = codebook.create(project, new CodeData("Ängslan " + s.id(), "Samma sak"));
        Saved n1 = focusGroups.saveNote(s.id(), null, note("T", "Ett", a.id()), s.version(), null);
        Saved n2 = focusGroups.saveNote(s.id(), null, note("T", "Två", a.id(), b.id()), n1.sessionVersion(), null);
        focusGroups.saveQuote(s.id(), null, new QuoteData(Theme.OTHER, "Citat", ParticipantRole.PARENT, true,
                Set.of(a.id())), n2.sessionVersion(), null);

        MergeResult result = codebook.merge(a.id(), b.id());
        assertThat(result).isEqualTo(new MergeResult(b.id(), 2, 1));
        SessionDetails after = focusGroups.get(s.id());
        assertThat(after.notes()).allSatisfy(n -> assertThat(n.codes()).extracting(CodeItem::id)
                .containsExactly(b.id()));
        assertThat(after.quotes().getFirst().codes()).extracting(CodeItem::id).containsExactly(b.id());
        assertThat(codebook.codes(project)).extracting(CodeItem::id).doesNotContain(a.id())
                .contains(b.id());
        assertThat(codebook.codes(project)).filteredOn(c -> c.id() == b.id()).singleElement()
                .extracting(CodeItem::usage).isEqualTo(3);
    }

    @Test
    void codeNamesAreUniquePerProjectAndRenameChecksTheVersion() {
        SessionDetails s = newSouthSession(true);
        long project = s.data().projectId();
        CodeItem c = codebook.create(project, new CodeData("Skolk " + s.id(), null));
        assertThatThrownBy(() -> codebook.create(project, new CodeData(" skolk  " + s.id(), null)))
                .isInstanceOf(BusinessException.class).hasMessage("focusgroups.code.error.name-taken");
        CodeItem renamed = codebook.rename(c.id(), new CodeData("Frånvaro " + s.id(), null), c.version());
        assertThat(renamed.name()).isEqualTo("Frånvaro " + s.id());
        assertThatThrownBy(() -> codebook.rename(c.id(), new CodeData("X " + s.id(), null), c.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void guideThemesAreCheckedAgainstTheSessionsGuide() {
        SessionDetails s = newSouthSession(true);
        assertThatThrownBy(() -> focusGroups.saveNote(s.id(), null,
                new NoteData(Theme.guide("cooperation", "Samverkan"), "x", Set.of()), s.version(), null))
                .isInstanceOf(BusinessException.class).hasMessage("focusgroups.error.theme-unknown");
        assertThatThrownBy(() -> focusGroups.saveNote(s.id(), null,
                new NoteData(new Theme("sql:drop", "x"), "x", Set.of()), s.version(), null))
                .isInstanceOf(BusinessException.class).hasMessage("focusgroups.error.theme-unknown");
    }

    @Test
    void sessionWithAGuideOffersItsSectionsAsThemes() {
        TestLogin.login(users, "samtalsledare");
        GuideOption guide = focusGroups.guides().stream().filter(g -> g.templateId().equals("focus-group-guide"))
                .findFirst().orElseThrow();
        ProjectListItem south = south();
        SessionDetails s = focusGroups.create(new SessionData(south.id(), south.schools().getFirst().id(), null,
                LocalDate.of(2026, 5, 5), guide.templateId(), guide.version(), Map.of(ParticipantRole.PARENT, 3),
                true));
        assertThat(s.guide()).isEqualTo(guide);
        assertThat(s.themes().getFirst().theme().key()).isEqualTo("guide:cooperation");
        assertThat(s.themes().getFirst().prompts()).isNotEmpty();
        assertThat(s.themes().getLast().theme()).isEqualTo(Theme.OTHER);
        focusGroups.saveNote(s.id(), null, new NoteData(new Theme("guide:cooperation", "från klienten"), "Text",
                Set.of()), s.version(), null);
        assertThat(focusGroups.get(s.id()).notes().getFirst().theme().title())
                .isEqualTo("Samverkan mellan skola, socialtjänst och BUP");
        assertThatThrownBy(() -> focusGroups.create(new SessionData(south.id(), null, null, LocalDate.of(2026, 5, 5),
                "staff-rating-form", 1, Map.of(), true))).isInstanceOf(BusinessException.class)
                .hasMessage("focusgroups.error.guide-unknown");
    }
}
