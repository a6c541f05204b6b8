package se.uppfoljning.focusgroups;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.base.Roles;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.cases.SchoolItem;
import se.uppfoljning.focusgroups.FocusGroupReport.QuoteSummary;
import se.uppfoljning.focusgroups.FocusGroupReport.SessionSummary;
import se.uppfoljning.focusgroups.FocusGroupReport.SessionTheme;
import se.uppfoljning.focusgroups.FocusGroupReport.ThemeSummary;
import se.uppfoljning.security.CurrentStaff;
import se.uppfoljning.security.DataScope;

/**
 * Aggregates of finalised sessions for the evaluation report, within the caller's data scope: sessions with
 * date, place and participant counts per role; themes of the focus groups with note and session counts; the themes
 * of each project interview (issue #16) with note counts and codes; quotes with role, theme and quotable flag.
 * Drafts are never included. Administrators and evaluators.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.EVALUATOR + "')")
public class FocusGroupReportService {

    private final FocusGroupSessionRepository sessions;
    private final ReferenceDataService reference;
    private final CurrentStaff current;

    FocusGroupReportService(FocusGroupSessionRepository sessions, ReferenceDataService reference,
                            CurrentStaff current) {
        this.sessions = sessions;
        this.reference = reference;
        this.current = current;
    }

    /**
     * The material evaluators may read: finalised sessions visible in {@code scope} that match {@code filter},
     * oldest first. The REFI-QDA export ({@link QdaExportService}) reads exactly these.
     */
    static List<FocusGroupSession> finalSessions(FocusGroupSessionRepository sessions, DataScope scope,
                                                 FocusGroupReport.Filter filter) {
        return sessions.findByStatusOrderByHeldOnAscIdAsc(SessionStatus.FINAL).stream()
                .filter(s -> FocusGroupService.visible(s, scope))
                .filter(s -> filter.projectId() == null || s.getProjectId() == filter.projectId())
                .filter(s -> filter.from() == null || !s.getHeldOn().isBefore(filter.from()))
                .filter(s -> filter.to() == null || !s.getHeldOn().isAfter(filter.to()))
                .toList();
    }

    @Transactional(readOnly = true)
    public FocusGroupReport report(FocusGroupReport.Filter filter) {
        List<FocusGroupSession> included = finalSessions(sessions, current.scope(), filter);
        Map<Long, SchoolItem> schools = reference.schools().stream()
                .collect(Collectors.toMap(SchoolItem::id, Function.identity()));
        Map<Long, String> districts = reference.districts().stream()
                .collect(Collectors.toMap(SchoolItem::id, SchoolItem::name));

        List<SessionSummary> sessionRows = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, Integer> noteCounts = new LinkedHashMap<>();
        Map<String, Set<Long>> sessionsPerTheme = new LinkedHashMap<>();
        List<QuoteSummary> quotes = new ArrayList<>();
        List<SessionTheme> interviewThemes = new ArrayList<>();
        for (FocusGroupSession s : included) {
            SchoolItem school = s.getSchoolId() == null ? null : schools.get(s.getSchoolId());
            sessionRows.add(new SessionSummary(s.getId(), s.getProjectId(), s.getHeldOn(), s.getSchoolId(),
                    school == null ? null : school.name(), s.getDistrictId(),
                    s.getDistrictId() == null ? null : districts.get(s.getDistrictId()), s.getParticipants(),
                    s.getType(), s.getOccasionMonth()));
            if (s.getType() == SessionType.PROJECT_INTERVIEW) {
                interviewThemes.addAll(sessionThemes(s));
            }
            for (Note n : s.getType() == SessionType.PROJECT_INTERVIEW ? List.<Note>of() : s.getNotes()) {
                Theme t = n.getTheme();
                titles.putIfAbsent(t.key(), t.title());
                noteCounts.merge(t.key(), 1, Integer::sum);
                sessionsPerTheme.computeIfAbsent(t.key(), k -> new HashSet<>()).add(s.getId());
            }
            for (Quote q : s.getQuotes()) {
                quotes.add(new QuoteSummary(s.getId(), q.getBody(), q.getSpeakerRole(), q.getTheme().key(),
                        q.getTheme().title(), q.isQuotable(),
                        q.getCodes().stream().map(Code::getName).sorted().toList()));
            }
        }
        List<ThemeSummary> themes = titles.entrySet().stream()
                .map(e -> new ThemeSummary(e.getKey(), e.getValue(), noteCounts.get(e.getKey()),
                        sessionsPerTheme.get(e.getKey()).size()))
                .sorted(Comparator.comparingInt(ThemeSummary::noteCount).reversed())
                .toList();
        return new FocusGroupReport(sessionRows, themes, quotes, interviewThemes);
    }

    /** One session's notes per theme, in the order first noted, with the codes of the theme's notes. */
    private static List<SessionTheme> sessionThemes(FocusGroupSession s) {
        Map<String, Theme> themes = new LinkedHashMap<>();
        Map<String, Integer> notes = new LinkedHashMap<>();
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        for (Note n : s.getNotes()) {
            Theme t = n.getTheme();
            themes.putIfAbsent(t.key(), t);
            notes.merge(t.key(), 1, Integer::sum);
            n.getCodes().forEach(c -> codes.computeIfAbsent(t.key(), k -> new java.util.TreeSet<>()).add(c.getName()));
        }
        return themes.values().stream().map(t -> new SessionTheme(s.getId(), t.key(), t.title(), notes.get(t.key()),
                List.copyOf(codes.getOrDefault(t.key(), Set.of())))).toList();
    }
}
