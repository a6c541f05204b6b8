package se.uppfoljning.focusgroups;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.cases.SchoolItem;
import se.uppfoljning.security.CurrentStaff;
import se.uppfoljning.security.DataScope;
import se.uppfoljning.surveys.SurveyTemplate;
import se.uppfoljning.surveys.TemplateCatalog;
import se.uppfoljning.surveys.TemplateKind;

/**
 * Records focus-group sessions within the caller's data scope: the session itself, notes per theme, verbatim
 * quotes and their codes. Every edit is saved at once and must name the session version the editor last saw;
 * if someone else saved in between, the edit is refused ({@link ObjectOptimisticLockingFailureException}) and
 * nothing is overwritten. A finalised session changes only with a reason, logged as an amendment.
 * <p>
 * A session outside the caller's scope is "not found", exactly like one that does not exist. A session tied to
 * a school or district is visible to staff with that district; one for the whole project only to staff with
 * the whole project. Facilitators, coordinators and administrators; evaluators see aggregates only
 * ({@link FocusGroupReportService}).
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "', '" + Roles.FACILITATOR + "')")
public class FocusGroupService {

    private final FocusGroupSessionRepository sessions;
    private final CodeRepository codes;
    private final ReferenceDataService reference;
    private final ObjectProvider<TemplateCatalog> catalog;
    private final CurrentStaff current;
    private final AuditTrail audit;
    private final Clock clock;

    FocusGroupService(FocusGroupSessionRepository sessions, CodeRepository codes, ReferenceDataService reference,
                      ObjectProvider<TemplateCatalog> catalog, CurrentStaff current, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.codes = codes;
        this.reference = reference;
        this.catalog = catalog;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /** Focus-group guides of the template catalog; empty while no catalog (or no guide) is loaded. */
    @Transactional(readOnly = true)
    public List<GuideOption> guides() {
        TemplateCatalog c = catalog.getIfAvailable();
        if (c == null) {
            return List.of();
        }
        return c.ofKind(TemplateKind.FOCUS_GROUP_GUIDE).stream()
                .map(t -> new GuideOption(t.id(), t.version(), t.title())).toList();
    }

    /** Guides for sessions of this type: focus-group guides, or project-interview guides (issue #16). */
    @Transactional(readOnly = true)
    public List<GuideOption> guides(SessionType type) {
        TemplateCatalog c = catalog.getIfAvailable();
        if (c == null) {
            return List.of();
        }
        return c.ofKind(type.guideKind()).stream().map(t -> new GuideOption(t.id(), t.version(), t.title())).toList();
    }

    /** The themes a session with this guide offers before any note is written ("other" only without a guide). */
    @Transactional(readOnly = true)
    public List<ThemeItem> guideThemes(String templateId, Integer version) {
        return SessionRules.themes(guide(templateId, version).orElse(null), List.of());
    }

    /** Sessions the caller may see, newest first; {@code projectId} null for all of them. */
    @Transactional(readOnly = true)
    public List<SessionListItem> list(Long projectId) {
        DataScope scope = current.scope();
        List<FocusGroupSession> found = scope.all() ? sessions.findAllByOrderByHeldOnDescIdDesc()
                : sessions.findByProjectIdInOrderByHeldOnDescIdDesc(scope.projectIds());
        Names names = names();
        return found.stream().filter(s -> visible(s, scope))
                .filter(s -> projectId == null || s.getProjectId() == projectId)
                .map(s -> new SessionListItem(s.getId(), s.getProjectId(), names.project(s.getProjectId()),
                        names.school(s.getSchoolId()), names.district(s.getDistrictId()), s.getHeldOn(),
                        s.toData().participantTotal(), s.getStatus(), s.getNotes().size(), s.getQuotes().size()))
                .toList();
    }

    @Transactional(readOnly = true)
    public SessionDetails get(long id) {
        return details(visible(id));
    }

    /** Starts a draft session. The project, school or district must be in the caller's scope. */
    @Transactional
    public SessionDetails create(SessionData data) {
        SessionRules.check(data);
        Long districtId = place(data);
        checkGuide(data);
        FocusGroupSession s = new FocusGroupSession(data.projectId(), current.actorName(), clock.instant());
        s.apply(data, districtId);
        sessions.saveAndFlush(s);
        audit.record(current.actorName(), "FOCUSGROUP_SESSION_CREATED", "focusgroup-session:" + s.getId(),
                "project=" + data.projectId() + " participants=" + data.participantTotal());
        return details(s);
    }

    /** Changes date, place, guide, participant counts or consent. The project cannot change. */
    @Transactional
    public Saved updateSession(long id, SessionData data, int expectedVersion, String amendmentReason) {
        FocusGroupSession s = editable(id, expectedVersion, amendmentReason);
        if (data.projectId() == null || data.projectId() != s.getProjectId()) {
            throw new BusinessException("projectId", "focusgroups.error.project-fixed");
        }
        SessionRules.check(data);
        if (s.getStatus() == SessionStatus.FINAL) {
            SessionRules.checkFinalisable(data);
        }
        Long districtId = place(data);
        checkGuide(data);
        s.apply(data, districtId);
        return saved(s, null, AmendmentChange.SESSION_UPDATED, amendmentReason, "FOCUSGROUP_SESSION_UPDATED");
    }

    /** Adds a note ({@code noteId} null) or changes one. */
    @Transactional
    public Saved saveNote(long sessionId, Long noteId, NoteData data, int expectedVersion, String amendmentReason) {
        FocusGroupSession s = editable(sessionId, expectedVersion, amendmentReason);
        Theme theme = SessionRules.resolve(data.theme(), guideOf(s), SessionRules.themesInUse(s));
        String text = SessionRules.text("text", data.text(), NoteData.MAX_LENGTH);
        Set<Code> tags = tags(s, data.codeIds());
        Instant now = clock.instant();
        Note note = addOrFind(s.getNotes(), noteId, () -> new Note(s, now));
        note.apply(theme, text, tags, now);
        AmendmentChange change = noteId == null ? AmendmentChange.NOTE_ADDED : AmendmentChange.NOTE_UPDATED;
        Saved saved = saved(s, null, change, amendmentReason, "FOCUSGROUP_NOTE_SAVED");
        return new Saved(note.getId(), saved.sessionVersion(), saved.savedAt());
    }

    @Transactional
    public Saved deleteNote(long sessionId, long noteId, int expectedVersion, String amendmentReason) {
        FocusGroupSession s = editable(sessionId, expectedVersion, amendmentReason);
        remove(s.getNotes(), noteId);
        return saved(s, null, AmendmentChange.NOTE_DELETED, amendmentReason, "FOCUSGROUP_NOTE_DELETED");
    }

    /** Adds a quote ({@code quoteId} null) or changes one. The speaker is known by role only. */
    @Transactional
    public Saved saveQuote(long sessionId, Long quoteId, QuoteData data, int expectedVersion,
                           String amendmentReason) {
        FocusGroupSession s = editable(sessionId, expectedVersion, amendmentReason);
        Theme theme = SessionRules.resolve(data.theme(), guideOf(s), SessionRules.themesInUse(s));
        SessionRules.text("text", data.text(), QuoteData.MAX_LENGTH);
        if (data.speakerRole() == null) {
            throw new BusinessException("speakerRole", "base.error.required");
        }
        Set<Code> tags = tags(s, data.codeIds());
        Instant now = clock.instant();
        Quote quote = addOrFind(s.getQuotes(), quoteId, () -> new Quote(s, now));
        quote.apply(theme, data, tags, now);
        AmendmentChange change = quoteId == null ? AmendmentChange.QUOTE_ADDED : AmendmentChange.QUOTE_UPDATED;
        Saved saved = saved(s, null, change, amendmentReason, "FOCUSGROUP_QUOTE_SAVED");
        return new Saved(quote.getId(), saved.sessionVersion(), saved.savedAt());
    }

    @Transactional
    public Saved deleteQuote(long sessionId, long quoteId, int expectedVersion, String amendmentReason) {
        FocusGroupSession s = editable(sessionId, expectedVersion, amendmentReason);
        remove(s.getQuotes(), quoteId);
        return saved(s, null, AmendmentChange.QUOTE_DELETED, amendmentReason, "FOCUSGROUP_QUOTE_DELETED");
    }

    /** Makes the draft final and read-only. Refused without recorded consent or without participants. */
    @Transactional
    public SessionDetails finalise(long id, int expectedVersion) {
        FocusGroupSession s = locked(id, expectedVersion);
        if (s.getStatus() == SessionStatus.FINAL) {
            throw new BusinessException("focusgroups.error.already-final");
        }
        SessionRules.checkFinalisable(s.toData());
        s.finalise(current.actorName(), clock.instant());
        sessions.flush();
        audit.record(current.actorName(), "FOCUSGROUP_SESSION_FINALISED", "focusgroup-session:" + s.getId(),
                "notes=" + s.getNotes().size() + " quotes=" + s.getQuotes().size());
        return details(s);
    }

    /** Locks the session, checks scope and version, and for a final session the amendment reason. */
    private FocusGroupSession editable(long id, int expectedVersion, String amendmentReason) {
        FocusGroupSession s = locked(id, expectedVersion);
        SessionRules.checkChangeAllowed(s.getStatus(), amendmentReason);
        return s;
    }

    /** The session, locked for this transaction, if visible and still at {@code expectedVersion}. */
    private FocusGroupSession locked(long id, int expectedVersion) {
        DataScope scope = current.scope();
        FocusGroupSession s = sessions.findForUpdate(id).filter(x -> visible(x, scope))
                .orElseThrow(FocusGroupService::notFound);
        if (s.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(FocusGroupSession.class, id);
        }
        return s;
    }

    /** Logs the change (as an amendment when final), raises the session version and saves. */
    private Saved saved(FocusGroupSession s, Long itemId, AmendmentChange change, String reason, String action) {
        Instant now = clock.instant();
        String target = "focusgroup-session:" + s.getId();
        if (s.getStatus() == SessionStatus.FINAL) {
            s.getAmendments().add(new Amendment(s, current.actorName(), now, reason.strip(), change));
            audit.record(current.actorName(), "FOCUSGROUP_SESSION_AMENDED", target, "change=" + change);
        } else {
            audit.record(current.actorName(), action, target, null);
        }
        s.touch(now);
        // s is managed (locked in this transaction): flush, do not merge, so new notes and quotes get their ids
        sessions.flush();
        return new Saved(itemId, s.getVersion(), s.getUpdatedAt());
    }

    private FocusGroupSession visible(long id) {
        DataScope scope = current.scope();
        return sessions.findById(id).filter(s -> visible(s, scope)).orElseThrow(FocusGroupService::notFound);
    }

    static boolean visible(FocusGroupSession s, DataScope scope) {
        if (s.getDistrictId() == null) {
            return coversWholeProject(scope, s.getProjectId());
        }
        return scope.allows(s.getProjectId(), s.getDistrictId());
    }

    static boolean coversWholeProject(DataScope scope, long projectId) {
        return scope.all() || (scope.allowsProject(projectId) && scope.districtsByProject().get(projectId).isEmpty());
    }

    /** The district the session belongs to (the school's, the chosen one, or null for the whole project). */
    private Long place(SessionData d) {
        ProjectListItem project = reference.projects().stream().filter(p -> p.id() == d.projectId()).findFirst()
                .orElseThrow(() -> new BusinessException("projectId", "focusgroups.error.project-unknown"));
        if (d.schoolId() != null) {
            return project.schools().stream().filter(s -> s.id() == d.schoolId()).findFirst()
                    .map(SchoolItem::districtId)
                    .orElseThrow(() -> new BusinessException("schoolId", "focusgroups.error.school-not-in-project"));
        }
        if (d.districtId() != null) {
            if (project.schools().stream().noneMatch(s -> s.districtId() == d.districtId())) {
                throw new BusinessException("districtId", "focusgroups.error.district-not-in-project");
            }
            return d.districtId();
        }
        if (!coversWholeProject(current.scope(), project.id())) {
            throw new BusinessException("districtId", "focusgroups.error.place-required");
        }
        return null;
    }

    /** The guide must exist and be of the session's kind: a focus-group guide or a project-interview guide. */
    private void checkGuide(SessionData d) {
        if (d.guideTemplateId() != null && guide(d.guideTemplateId(), d.guideTemplateVersion())
                .filter(t -> t.kind() == d.type().guideKind()).isEmpty()) {
            throw new BusinessException("guide", "focusgroups.error.guide-unknown");
        }
    }

    private Optional<SurveyTemplate> guide(String id, Integer version) {
        TemplateCatalog c = catalog.getIfAvailable();
        if (c == null || id == null || version == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(c.get(id, version)).filter(t -> t.kind() == TemplateKind.FOCUS_GROUP_GUIDE
                    || t.kind() == TemplateKind.PROJECT_INTERVIEW_GUIDE);
        } catch (BusinessException unknown) {
            return Optional.empty();
        }
    }

    private SurveyTemplate guideOf(FocusGroupSession s) {
        return guide(s.getGuideTemplateId(), s.getGuideTemplateVersion()).orElse(null);
    }

    /**
     * A new text ({@code id} null: made by {@code create} and added to the session's list) or the session's
     * text with this id; refused with {@code focusgroups.error.item-not-found} when the session has none.
     */
    private static <T extends ThemedText> T addOrFind(List<T> texts, Long id, Supplier<T> create) {
        if (id == null) {
            T text = create.get();
            texts.add(text);
            return text;
        }
        return texts.stream().filter(t -> t.getId().equals(id)).findFirst()
                .orElseThrow(() -> new BusinessException("focusgroups.error.item-not-found"));
    }

    /** Removes the session's text with this id; refused with {@code focusgroups.error.item-not-found} if none. */
    private static void remove(List<? extends ThemedText> texts, long id) {
        if (!texts.removeIf(t -> t.getId().equals(id))) {
            throw new BusinessException("focusgroups.error.item-not-found");
        }
    }

    private Set<Code> tags(FocusGroupSession s, Set<Long> codeIds) {
        Set<Code> found = new HashSet<>(codes.findAllById(codeIds));
        if (found.size() != codeIds.size() || found.stream().anyMatch(c -> c.getProjectId() != s.getProjectId())) {
            throw new BusinessException("codes", "focusgroups.error.code-unknown");
        }
        return found;
    }

    private SessionDetails details(FocusGroupSession s) {
        Names names = names();
        SurveyTemplate guide = guideOf(s);
        GuideOption guideOption = guide == null ? null : new GuideOption(guide.id(), guide.version(), guide.title());
        return new SessionDetails(s.getId(), s.toData(), names.project(s.getProjectId()), names.school(s.getSchoolId()),
                names.district(s.getDistrictId()), guideOption, s.getStatus(), s.getUpdatedAt(), s.getFinalisedBy(),
                s.getFinalisedAt(), SessionRules.themes(guide, SessionRules.themesInUse(s)),
                s.getNotes().stream().map(Note::toItem).toList(), s.getQuotes().stream().map(Quote::toItem).toList(),
                s.getAmendments().stream().map(Amendment::toItem).toList(), s.getVersion());
    }

    private Names names() {
        return new Names(reference.projects().stream().collect(Collectors.toMap(ProjectListItem::id, ProjectListItem::name)),
                reference.schools().stream().collect(Collectors.toMap(SchoolItem::id, Function.identity())),
                reference.districts().stream().collect(Collectors.toMap(SchoolItem::id, SchoolItem::name)));
    }

    private record Names(Map<Long, String> projects, Map<Long, SchoolItem> schools, Map<Long, String> districts) {
        String project(long id) {
            return projects.getOrDefault(id, "");
        }

        String school(Long id) {
            return id == null || !schools.containsKey(id) ? null : schools.get(id).name();
        }

        String district(Long id) {
            return id == null ? null : districts.get(id);
        }
    }

    static BusinessException notFound() {
        return new BusinessException("focusgroups.error.not-found");
    }
}
