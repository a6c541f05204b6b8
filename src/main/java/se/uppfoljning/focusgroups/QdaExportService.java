package se.uppfoljning.focusgroups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.base.Roles;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.cases.SchoolItem;
import se.uppfoljning.focusgroups.RefiQdaWriter.QdaCode;
import se.uppfoljning.focusgroups.RefiQdaWriter.QdaCodebook;
import se.uppfoljning.focusgroups.RefiQdaWriter.QdaSegment;
import se.uppfoljning.focusgroups.RefiQdaWriter.QdaSession;
import se.uppfoljning.security.CurrentStaff;

/**
 * Focus-group and project-interview material for QDA tools (NVivo, ATLAS.ti, MAXQDA, QualCoder) in the REFI-QDA
 * exchange format (issue #17, item 2; see {@link RefiQdaWriter} for the file layout):
 * <ul>
 *   <li>{@link #project}: the finalised sessions an evaluator may read (the same rule as
 *       {@link FocusGroupReportService}: finalised, in the caller's data scope) as a {@code .qdpx}, with notes,
 *       the quotes marked quotable (others are left out), the codes applied to both, and the codebooks of the
 *       projects concerned. Administrators and evaluators.</li>
 *   <li>{@link #codebook}: one project's codebook as a {@code .qdc}. Everyone who works with codebooks, and
 *       evaluators; project scope applies.</li>
 * </ul>
 * Nobody's name is written: no staff user, participants as counts per role, speakers by role. Each file is
 * recorded in the audit trail when built ({@code EXPORT_CREATED}) and when downloaded ({@link #downloaded}).
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "', '" + Roles.FACILITATOR + "', '" + Roles.EVALUATOR + "')")
public class QdaExportService {

    static final String QDPX_TYPE = "application/zip";
    static final String QDC_TYPE = "application/xml";

    private final FocusGroupSessionRepository sessions;
    private final CodeRepository codes;
    private final ReferenceDataService reference;
    private final CurrentStaff current;
    private final AuditTrail audit;
    private final Clock clock;

    QdaExportService(FocusGroupSessionRepository sessions, CodeRepository codes, ReferenceDataService reference,
                     CurrentStaff current, AuditTrail audit, Clock clock) {
        this.sessions = sessions;
        this.codes = codes;
        this.reference = reference;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The REFI-QDA project of the finalised sessions in the caller's scope that match {@code filter}; texts (source
     * headings, variable names) in {@code language} (Swedish or English).
     *
     * @throws BusinessException {@code focusgroups.qda.error.no-data} when no session matches: no empty file is made
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.EVALUATOR + "')")
    public QdaFile project(FocusGroupReport.Filter filter, Locale language) {
        List<FocusGroupSession> included = FocusGroupReportService.finalSessions(sessions, current.scope(), filter);
        if (included.isEmpty()) {
            throw new BusinessException("focusgroups.qda.error.no-data");
        }
        Map<Long, String> projects = reference.projects().stream()
                .collect(Collectors.toMap(ProjectListItem::id, ProjectListItem::name));
        Map<Long, SchoolItem> schools = reference.schools().stream()
                .collect(Collectors.toMap(SchoolItem::id, Function.identity()));
        Map<Long, String> districts = reference.districts().stream()
                .collect(Collectors.toMap(SchoolItem::id, SchoolItem::name));
        Set<Long> projectIds = included.stream().map(FocusGroupSession::getProjectId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, List<Code>> codesByProject = codes.findByProjectIdIn(projectIds).stream()
                .collect(Collectors.groupingBy(Code::getProjectId));
        List<QdaCodebook> codebooks = projectIds.stream()
                .map(id -> new QdaCodebook(projects.getOrDefault(id, "#" + id),
                        tree(codesByProject.getOrDefault(id, List.of()))))
                .toList();
        int notes = 0;
        int quotes = 0;
        List<QdaSession> rows = new ArrayList<>();
        for (FocusGroupSession s : included) {
            List<QdaSegment> segments = new ArrayList<>();
            for (Note n : s.getNotes()) {
                segments.add(new QdaSegment(n.getTheme(), n.getBody(), null, guids(n.getCodes())));
                notes++;
            }
            for (Quote q : s.getQuotes()) {
                if (q.isQuotable()) {
                    segments.add(new QdaSegment(q.getTheme(), q.getBody(), q.getSpeakerRole(), guids(q.getCodes())));
                    quotes++;
                }
            }
            String place = s.getSchoolId() != null && schools.containsKey(s.getSchoolId())
                    ? schools.get(s.getSchoolId()).name()
                    : s.getDistrictId() != null ? districts.getOrDefault(s.getDistrictId(), "")
                    : Translations.translate("focusgroups.list.whole-project", language);
            rows.add(new QdaSession(s.getType(), projects.getOrDefault(s.getProjectId(), ""), s.getHeldOn(),
                    s.getOccasionMonth(), place, s.getParticipants(), s.getCreatedAt(), s.getUpdatedAt(), segments));
        }
        LocalDate today = LocalDate.now(clock);
        String name = Translations.translate("focusgroups.qda.project.name", language, today);
        byte[] bytes = new RefiQdaWriter(language).project(name, clock.instant(), codebooks, rows);
        String fileName = "fokusgrupper-" + today + ".qdpx";
        audit.record(current.actorName(), "EXPORT_CREATED", "export:" + fileName, "format=qdpx project="
                + (filter.projectId() == null ? "all-in-data-scope" : filter.projectId()) + " period="
                + filter.from() + ".." + filter.to() + " sessions=" + rows.size() + " notes=" + notes
                + " quotes=" + quotes);
        return new QdaFile(fileName, QDPX_TYPE, bytes);
    }

    /**
     * The project's codebook as a REFI-QDA codebook file.
     *
     * @throws BusinessException {@code focusgroups.error.project-unknown} outside the caller's scope;
     *         {@code focusgroups.qda.error.codebook-empty} when the project has no codes
     */
    @Transactional(readOnly = true)
    public QdaFile codebook(long projectId) {
        if (!current.scope().allowsProject(projectId)) {
            throw new BusinessException("focusgroups.error.project-unknown");
        }
        List<QdaCode> tree = tree(codes.findByProjectIdOrderByName(projectId));
        if (tree.isEmpty()) {
            throw new BusinessException("focusgroups.qda.error.codebook-empty");
        }
        byte[] bytes = new RefiQdaWriter(Translations.SWEDISH).codebook(tree);
        String fileName = "kodbok-projekt-" + projectId + "-" + LocalDate.now(clock) + ".qdc";
        audit.record(current.actorName(), "EXPORT_CREATED", "export:" + fileName, "format=qdc project=" + projectId);
        return new QdaFile(fileName, QDC_TYPE, bytes);
    }

    /** Records that {@code file} has been sent in full ({@code EXPORT_DOWNLOADED}, target its file name). */
    @Transactional
    public void downloaded(QdaFile file) {
        audit.record(current.actorName(), "EXPORT_DOWNLOADED", "export:" + file.fileName(),
                "bytes=" + file.bytes().length);
    }

    /** The codes as a tree by name; a code whose parent is missing is put at the top. */
    static List<QdaCode> tree(List<Code> all) {
        Map<Long, List<Code>> children = new HashMap<>();
        Set<Long> ids = all.stream().map(Code::getId).collect(Collectors.toSet());
        List<Code> roots = new ArrayList<>();
        for (Code c : all) {
            if (c.getParentId() == null || !ids.contains(c.getParentId())) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.getParentId(), k -> new ArrayList<>()).add(c);
            }
        }
        return roots.stream().sorted(Comparator.comparing(Code::getName)).map(c -> node(c, children)).toList();
    }

    private static QdaCode node(Code c, Map<Long, List<Code>> children) {
        return new QdaCode(c.getGuid(), c.getName(), c.getDescription(), children.getOrDefault(c.getId(), List.of())
                .stream().sorted(Comparator.comparing(Code::getName)).map(k -> node(k, children)).toList());
    }

    private static List<String> guids(Set<Code> tags) {
        return tags.stream().sorted(Comparator.comparing(Code::getName)).map(Code::getGuid).toList();
    }
}
