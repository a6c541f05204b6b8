package se.uppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.TestLogin;
import se.uppfoljning.absence.AbsenceData;
import se.uppfoljning.absence.AbsenceMonthItem;
import se.uppfoljning.absence.AbsenceService;
import se.uppfoljning.absence.ImportMode;
import se.uppfoljning.absence.Rejection;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.DemoProperties;
import se.uppfoljning.base.Roles;
import se.uppfoljning.cases.CaseData;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseFilter;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.cases.CaseStatus;
import se.uppfoljning.cases.Gender;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.enquiries.CreatedInvitation;
import se.uppfoljning.enquiries.InvitationListItem;
import se.uppfoljning.enquiries.InvitationService;
import se.uppfoljning.enquiries.InvitationStatus;
import se.uppfoljning.enquiries.Wave;
import se.uppfoljning.focusgroups.CodeData;
import se.uppfoljning.focusgroups.CodeItem;
import se.uppfoljning.focusgroups.CodebookService;
import se.uppfoljning.focusgroups.FocusGroupService;
import se.uppfoljning.focusgroups.NoteData;
import se.uppfoljning.focusgroups.ParticipantRole;
import se.uppfoljning.focusgroups.QuoteData;
import se.uppfoljning.focusgroups.SessionData;
import se.uppfoljning.focusgroups.SessionDetails;
import se.uppfoljning.focusgroups.SessionListItem;
import se.uppfoljning.focusgroups.Theme;
import se.uppfoljning.ratings.RatingItem;
import se.uppfoljning.ratings.RatingService;
import se.uppfoljning.ratings.Timepoint;
import se.uppfoljning.surveys.Answers;

/**
 * Insecure direct object references (ASVS 8.2.2, 8.4.1): Söder's case, invitation, rating, absence month,
 * focus-group session, note and code are created by Söder staff; the Nordväst coordinator then calls every service
 * method with those ids directly. Each call answers "not found" (the same answer as for an id that does not exist,
 * with no data in the exception) or an empty list, and nothing changes. Function-level checks (8.2.1): wrong roles
 * get {@link AccessDeniedException}, callers without a login {@link AuthenticationCredentialsNotFoundException}.
 */
@IntegrationTest
class IdorIntegrationTest {

    private static final Answers RATING = new Answers(Map.of("rater-role", List.of("school-staff"),
            "attendance", List.of("3"), "wellbeing", List.of("3"), "school-work", List.of("3"),
            "family-cooperation", List.of("3")));

    @Autowired
    CaseService cases;
    @Autowired
    InvitationService invitations;
    @Autowired
    RatingService ratings;
    @Autowired
    AbsenceService absence;
    @Autowired
    FocusGroupService focusGroups;
    @Autowired
    CodebookService codebook;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    StaffService staff;
    @Autowired
    AuditTrail audit;
    @Autowired
    UserDetailsService users;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private ProjectListItem south;
    private CaseDetails southCase;
    private CreatedInvitation invitation;
    private RatingItem rating;
    private AbsenceMonthItem month;
    private CodeItem code;
    private SessionDetails session;
    private long noteId;
    private long quoteId;

    /** Söder data, made the way Söder staff make it. */
    @BeforeEach
    void southData() {
        TestLogin.login(users, "samordnare");
        south = project(DemoProperties.PROJECT_SOUTH);
        southCase = cases.create(new CaseData(south.id(), south.schools().getFirst().id(), 7, Gender.GIRL,
                LocalDate.of(2025, 9, 15), null, CaseStatus.ACTIVE, null, null, null, null));
        invitation = invitations.create(List.of(southCase.id()), Wave.START, "sv", false).getFirst();
        month = absence.create(southCase.id(), new AbsenceData(YearMonth.of(2025, 10), new BigDecimal("80"),
                new BigDecimal("4"), new BigDecimal("2")));
        rating = ratings.record(southCase.id(), Timepoint.START, LocalDate.of(2025, 9, 20), RATING);
        code = codebook.create(south.id(), new CodeData("Tillit " + UUID.randomUUID(), null));

        TestLogin.login(users, "samtalsledare");
        SessionDetails created = focusGroups.create(new SessionData(south.id(), south.schools().getFirst().id(), null,
                LocalDate.of(2026, 3, 12), null, null, Map.of(ParticipantRole.PARENT, 3), true));
        noteId = focusGroups.saveNote(created.id(), null, new NoteData(Theme.typed("Samverkan"), "Söders anteckning.",
                Set.of(code.id())), created.version(), null).itemId();
        session = focusGroups.get(created.id());
        quoteId = focusGroups.saveQuote(session.id(), null, new QuoteData(Theme.typed("Samverkan"), "Söders citat.",
                ParticipantRole.PARENT, true, Set.of()), session.version(), null).itemId();
        session = focusGroups.get(created.id());
        TestLogin.login(users, "samordnare.nv");
    }

    @AfterEach
    void logout() {
        TestLogin.logout();
    }

    private ProjectListItem project(String name) {
        return reference.projects().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anotherProjectsCaseIsNotFoundThroughEveryCaseMethod() {
        assertNotFound(() -> cases.get(southCase.id()), "cases.error.not-found");
        assertNotFound(() -> cases.getByCode(southCase.caseCode()), "cases.error.not-found");
        assertNotFound(() -> cases.update(southCase.id(), southCase.data(), southCase.version()), "cases.error.not-found");
        assertNotFound(() -> cases.delete(southCase.id()), "cases.error.not-found");
        assertThat(cases.list(new CaseFilter(south.id(), null, null, null), 0, 1000)).isEmpty();
        assertThat(cases.count(new CaseFilter(south.id(), null, null, null))).isZero();
        assertThat(cases.list(new CaseFilter(null, null, null, southCase.caseCode()), 0, 1000)).isEmpty();
        assertThat(cases.list(CaseFilter.none(), 0, 100_000)).extracting(CaseDetails::id).doesNotContain(southCase.id());
        assertThat(cases.visibleIds(List.of(southCase.id()))).isEmpty();
        assertThatThrownBy(() -> cases.create(new CaseData(south.id(), south.schools().getFirst().id(), 7, Gender.BOY,
                LocalDate.of(2025, 9, 15), null, CaseStatus.ACTIVE, null, null, null, null)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("projectId"));

        TestLogin.login(users, "samordnare");
        assertThat(cases.get(southCase.id()).version()).isEqualTo(southCase.version());
    }

    @Test
    void anotherProjectsInvitationsAreNotFoundAndStayUntouched() {
        assertNotFound(() -> invitations.invitationsOf(southCase.id()), "cases.error.not-found");
        assertNotFound(() -> invitations.revoke(invitation.invitationId()), "enquiries.invite.error.not-found");
        assertNotFound(() -> invitations.reissue(invitation.invitationId()), "enquiries.invite.error.not-found");
        assertNotFound(() -> invitations.create(List.of(southCase.id()), Wave.START, "sv", true), "cases.error.not-found");
        assertNotFound(() -> invitations.remind(List.of(southCase.id()), Wave.START), "cases.error.not-found");
        assertThat(invitations.tracking(south.id(), null).rows()).isEmpty();
        assertThat(invitations.tracking(null, null).rows()).noneMatch(r -> r.caseId() == southCase.id());
        assertThat(invitations.activeCaseIds(south.id(), null)).isEmpty();

        TestLogin.login(users, "samordnare");
        assertThat(invitations.invitationsOf(southCase.id())).singleElement()
                .extracting(InvitationListItem::status).isEqualTo(InvitationStatus.INVITED);
    }

    @Test
    void anotherProjectsRatingsAreNotFound() {
        assertNotFound(() -> ratings.history(southCase.id()), "cases.error.not-found");
        assertNotFound(() -> ratings.answersOf(rating.id()), "ratings.error.not-found");
        assertNotFound(() -> ratings.correct(rating.id(), rating.ratedOn(), RATING, rating.version()),
                "ratings.error.not-found");
        assertNotFound(() -> ratings.record(southCase.id(), Timepoint.M3, LocalDate.of(2025, 12, 20), RATING),
                "cases.error.not-found");

        TestLogin.login(users, "samordnare");
        assertThat(ratings.history(southCase.id())).singleElement().extracting(RatingItem::version)
                .isEqualTo(rating.version());
    }

    @Test
    void anotherProjectsAbsenceIsNotFoundAndItsCodeIsUnknownToTheImport() {
        AbsenceData changed = new AbsenceData(YearMonth.of(2025, 10), new BigDecimal("80"), BigDecimal.ZERO,
                BigDecimal.ZERO);
        assertNotFound(() -> absence.months(southCase.id()), "cases.error.not-found");
        assertNotFound(() -> absence.create(southCase.id(), changed), "cases.error.not-found");
        assertNotFound(() -> absence.update(month.id(), changed, month.version()), "absence.error.not-found");
        assertNotFound(() -> absence.delete(month.id(), month.version()), "absence.error.not-found");
        byte[] csv = ("ärendekod;månad;erbjudna_timmar;ogiltig_frånvaro;giltig_frånvaro\n"
                + southCase.caseCode() + ";2025-11;80;0;0\n").getBytes(StandardCharsets.UTF_8);
        assertThat(absence.previewImport(csv).rows()).singleElement().satisfies(row ->
                assertThat(row.reasons()).extracting(r -> r.kind()).containsExactly(Rejection.UNKNOWN_CASE));
        assertNotFound(() -> absence.importCsv(csv, ImportMode.VALID_ROWS_ONLY), "absence.import.error.nothing-valid");

        TestLogin.login(users, "samordnare");
        assertThat(absence.months(southCase.id()).months()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(month.id());
            assertThat(m.version()).isEqualTo(month.version());
        });
    }

    @Test
    void anotherProjectsFocusGroupSessionsNotesQuotesAndCodesAreNotFound() {
        int v = session.version();
        NoteData note = new NoteData(Theme.typed("Samverkan"), "Nordvästs text.", Set.of());
        QuoteData quote = new QuoteData(Theme.typed("Samverkan"), "Nordvästs citat.", ParticipantRole.PARENT, true, Set.of());
        assertNotFound(() -> focusGroups.get(session.id()), "focusgroups.error.not-found");
        assertNotFound(() -> focusGroups.updateSession(session.id(), session.data(), v, null), "focusgroups.error.not-found");
        assertNotFound(() -> focusGroups.saveNote(session.id(), null, note, v, null), "focusgroups.error.not-found");
        assertNotFound(() -> focusGroups.saveNote(session.id(), noteId, note, v, null), "focusgroups.error.not-found");
        assertNotFound(() -> focusGroups.deleteNote(session.id(), noteId, v, null), "focusgroups.error.not-found");
        assertNotFound(() -> focusGroups.saveQuote(session.id(), quoteId, quote, v, null), "focusgroups.error.not-found");
        assertNotFound(() -> focusGroups.deleteQuote(session.id(), quoteId, v, null), "focusgroups.error.not-found");
        assertNotFound(() -> focusGroups.finalise(session.id(), v), "focusgroups.error.not-found");
        assertThat(focusGroups.list(south.id())).isEmpty();
        assertThat(focusGroups.list(null)).extracting(SessionListItem::id).doesNotContain(session.id());

        assertNotFound(() -> codebook.codes(south.id()), "focusgroups.error.project-unknown");
        assertNotFound(() -> codebook.create(south.id(), new CodeData("Inbrott", null)), "focusgroups.error.project-unknown");
        assertNotFound(() -> codebook.rename(code.id(), new CodeData("Omdöpt", null), code.version()),
                "focusgroups.code.error.not-found");
        ProjectListItem northwest = project(DemoProperties.PROJECT_NORTHWEST);
        CodeItem own = codebook.create(northwest.id(), new CodeData("Egen " + UUID.randomUUID(), null));
        assertNotFound(() -> codebook.merge(code.id(), own.id()), "focusgroups.code.error.not-found");
        assertNotFound(() -> codebook.merge(own.id(), code.id()), "focusgroups.code.error.not-found");

        // Tagging one's own note with another project's code is refused like an unknown code.
        SessionDetails mine = focusGroups.create(new SessionData(northwest.id(), northwest.schools().getFirst().id(), null,
                LocalDate.of(2026, 3, 13), null, null, Map.of(ParticipantRole.PARENT, 2), true));
        assertThatThrownBy(() -> focusGroups.saveNote(mine.id(), null, new NoteData(Theme.typed("Samverkan"), "Text.",
                Set.of(code.id())), mine.version(), null)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo("focusgroups.error.code-unknown"));

        TestLogin.login(users, "samtalsledare");
        SessionDetails unchanged = focusGroups.get(session.id());
        assertThat(unchanged.version()).isEqualTo(v);
        assertThat(unchanged.notes()).hasSize(1);
        assertThat(unchanged.quotes()).hasSize(1);
    }

    @Test
    void anEvaluatorNarrowedToOneProjectGetsNoFiguresOfAnotherProjectsCases() {
        TestLogin.login(users, "admin-demo");
        long northwest = project(DemoProperties.PROJECT_NORTHWEST).id();
        String name = "eval.nv." + UUID.randomUUID().toString().substring(0, 8);
        staff.create(new StaffData(name, Set.of(Roles.EVALUATOR), false, Set.of(new StaffData.ScopeEntry(northwest, null))),
                "tillfalligt-losen-1");
        TestLogin.login(users, name);
        assertThat(ratings.scores(List.of(southCase.id()))).isEmpty();
        assertThat(absence.figuresOfCases(List.of(southCase.id()))).isEmpty();
        assertThat(cases.visibleIds(List.of(southCase.id(), -1L))).isEmpty();

        TestLogin.login(users, "utvarderare");
        assertThat(ratings.scores(List.of(southCase.id()))).isNotEmpty()
                .allSatisfy(s -> assertThat(s.caseId()).isEqualTo(southCase.id()));
        assertThat(absence.figuresOfCases(List.of(southCase.id()))).hasSize(1);
    }

    @Test
    void eachRoleReachesOnlyTheServicesItNeeds() {
        TestLogin.login(users, "utvarderare");
        assertDenied(() -> cases.list(CaseFilter.none(), 0, 10));
        assertDenied(() -> cases.get(southCase.id()));
        assertDenied(() -> invitations.tracking(null, null));
        assertDenied(() -> ratings.history(southCase.id()));
        assertDenied(() -> absence.months(southCase.id()));
        assertDenied(() -> focusGroups.get(session.id()));
        assertDenied(() -> codebook.codes(south.id()));
        assertDenied(() -> staff.list());
        assertDenied(() -> audit.list(null, 0, 10));

        TestLogin.login(users, "samtalsledare");
        assertDenied(() -> invitations.create(List.of(southCase.id()), Wave.START, "sv", true));
        assertDenied(() -> invitations.revoke(invitation.invitationId()));
        assertDenied(() -> invitations.tracking(south.id(), null));
        assertDenied(() -> invitations.invitationsOf(southCase.id()));
        assertDenied(() -> invitations.letters(List.of(invitation)));
        assertDenied(() -> cases.create(southCase.data()));
        assertDenied(() -> cases.delete(southCase.id()));
        assertDenied(() -> absence.months(southCase.id()));
        assertDenied(() -> ratings.scores(List.of(southCase.id())));
        assertDenied(() -> staff.list());
        assertDenied(() -> audit.list(null, 0, 10));

        TestLogin.login(users, "samordnare");
        assertDenied(() -> staff.list());
        assertDenied(() -> staff.setEnabled(1L, false));
        assertDenied(() -> audit.list(null, 0, 10));
        assertDenied(() -> audit.exportCsv(null));
        assertDenied(() -> audit.verify());
        assertDenied(() -> reference.addDistrict("Ny förvaltning"));
        assertDenied(() -> absence.figuresOfCases(List.of(southCase.id())));
    }

    @Test
    void callersWithoutALoginAreRefusedEverywhere() {
        TestLogin.logout();
        List<ThrowingCallable> calls = List.of(
                () -> cases.get(southCase.id()),
                () -> cases.visibleIds(List.of(southCase.id())),
                () -> invitations.tracking(null, null),
                () -> invitations.revoke(invitation.invitationId()),
                () -> ratings.history(southCase.id()),
                () -> ratings.scores(List.of(southCase.id())),
                () -> absence.months(southCase.id()),
                () -> absence.figuresOfCases(List.of(southCase.id())),
                () -> focusGroups.list(null),
                () -> codebook.codes(south.id()),
                () -> reference.projects(),
                () -> staff.list(),
                () -> staff.changeOwnPassword("x", "y"),
                () -> audit.list(null, 0, 10));
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
    }

    @Test
    void refusedCallsOfLoggedInStaffAreAuditedButAnonymousOnesAreNot() {
        long before = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_entry").query(Long.class).single();
        TestLogin.login(users, "samtalsledare");
        assertDenied(() -> invitations.revoke(invitation.invitationId()));
        TestLogin.logout();
        assertThatThrownBy(() -> staff.list()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(jdbc.sql("SELECT CONCAT_WS('|', actor, action, target) FROM audit_entry WHERE seq > ? "
                + "AND action = 'ACCESS_DENIED'").param(before).query(String.class).list())
                .containsExactly("samtalsledare|ACCESS_DENIED|InvitationService.revoke");
    }

    /** "Not found" with the key only: no case code, id or other data travels in the exception. */
    private static void assertNotFound(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.args()).isEmpty();
        });
    }

    private static void assertDenied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }
}
