package se.uppfoljning.absence;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.absence.AbsenceCsvImport.CaseMonth;
import se.uppfoljning.absence.AbsenceCsvImport.CaseWindow;
import se.uppfoljning.absence.AbsenceCsvImport.CsvRow;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.LargeReads;
import se.uppfoljning.base.Roles;
import se.uppfoljning.cases.CaseDetails;
import se.uppfoljning.cases.CaseFilter;
import se.uppfoljning.cases.CaseSelection;
import se.uppfoljning.cases.CaseSelectionService;
import se.uppfoljning.cases.CaseService;
import se.uppfoljning.cases.ProjectListItem;
import se.uppfoljning.cases.ReferenceDataService;
import se.uppfoljning.cases.ScopedCases;
import se.uppfoljning.security.CurrentStaff;

/**
 * Monthly absence of the cases in the caller's scope: list, create, change and delete months one at a time,
 * and import many from CSV after a preview. Cases are checked through {@link CaseService}, so a case outside
 * the scope is "not found" here too; an import names it "unknown case", the same as a code that does not
 * exist. Coordinators and administrators; a school reporter (issue #16) does the same for its own school's
 * cases, and a row of another school's case is refused as {@link Rejection#CASE_OF_OTHER_SCHOOL}. Reports read
 * figures through {@link #figuresOfCases}.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "', '" + Roles.SCHOOL_REPORTER + "')")
public class AbsenceService {

    /** Used when a project's threshold cannot be read; the schema's default for projects. */
    static final int DEFAULT_THRESHOLD_PERCENT = 20;
    private static final int CHUNK = 1000;
    private final MonthlyAbsenceRepository months;
    private final CaseService cases;
    private final ReferenceDataService reference;
    private final CurrentStaff current;
    private final AuditTrail audit;
    private final Clock clock;
    private final AbsenceBatchWriter writer;
    private final CaseSelectionService caseSelection;
    private final JdbcClient jdbc;

    AbsenceService(MonthlyAbsenceRepository months, CaseService cases, ReferenceDataService reference,
                   CurrentStaff current, AuditTrail audit, Clock clock, AbsenceBatchWriter writer,
                   CaseSelectionService caseSelection, JdbcClient jdbc) {
        this.caseSelection = caseSelection;
        this.jdbc = jdbc;
        this.clock = clock;
        this.writer = writer;
        this.months = months;
        this.cases = cases;
        this.reference = reference;
        this.current = current;
        this.audit = audit;
    }

    /** The case's months, oldest first, with attendance and the threshold flags of its project. */
    @Transactional(readOnly = true)
    public CaseAbsence months(long caseId) {
        CaseDetails c = cases.get(caseId);
        int threshold = thresholdOf(c);
        List<AbsenceMonthItem> items = months.findByCaseIdOrderByMonthStart(c.id()).stream()
                .map(m -> m.toItem(threshold)).toList();
        CaseWindow window = windowOf(c);
        return new CaseAbsence(c.id(), c.caseCode(), c.projectId(), window.first(), window.last(), currentMonth(),
                threshold, AbsenceFigures.thresholds(threshold), items);
    }

    /**
     * Stores a month not stored before for this case. Refuses a month outside the case's period and a month
     * after the current one (Stockholm time): absence cannot be known before the month has begun.
     */
    @Transactional
    public AbsenceMonthItem create(long caseId, AbsenceData data) {
        CaseDetails c = cases.get(caseId);
        validate(data, windowOf(c), currentMonth());
        if (months.findByCaseIdAndMonthStart(c.id(), data.month().atDay(1)).isPresent()) {
            throw new BusinessException("month", "absence.error.month-exists", data.month().toString());
        }
        MonthlyAbsence m = new MonthlyAbsence(c.id());
        m.apply(data.month(), data.hoursOffered(), data.unauthorised(), data.authorised());
        try {
            months.saveAndFlush(m);
        } catch (DataIntegrityViolationException raceWithAnotherSave) {
            throw new BusinessException("month", "absence.error.month-exists", data.month().toString());
        }
        audit.record(current.actorName(), "ABSENCE_MONTH_CREATED", "case:" + c.caseCode(), "month=" + data.month());
        return m.toItem(thresholdOf(c));
    }

    /** Changes a stored month if nobody else saved it since {@code expectedVersion} was read. */
    @Transactional
    public AbsenceMonthItem update(long monthId, AbsenceData data, int expectedVersion) {
        MonthlyAbsence m = months.findById(monthId).orElseThrow(AbsenceService::notFound);
        CaseDetails c = visibleCase(m.getCaseId());
        if (m.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(MonthlyAbsence.class, monthId);
        }
        validate(data, windowOf(c), currentMonth());
        if (!data.month().equals(m.getMonth())
                && months.findByCaseIdAndMonthStart(c.id(), data.month().atDay(1)).isPresent()) {
            throw new BusinessException("month", "absence.error.month-exists", data.month().toString());
        }
        m.apply(data.month(), data.hoursOffered(), data.unauthorised(), data.authorised());
        months.saveAndFlush(m);
        audit.record(current.actorName(), "ABSENCE_MONTH_UPDATED", "case:" + c.caseCode(), "month=" + data.month());
        return m.toItem(thresholdOf(c));
    }

    @Transactional
    public void delete(long monthId, int expectedVersion) {
        MonthlyAbsence m = months.findById(monthId).orElseThrow(AbsenceService::notFound);
        CaseDetails c = visibleCase(m.getCaseId());
        if (m.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(MonthlyAbsence.class, monthId);
        }
        months.delete(m);
        months.flush();
        audit.record(current.actorName(), "ABSENCE_MONTH_DELETED", "case:" + c.caseCode(), "month=" + m.getMonth());
    }

    /**
     * Reads a CSV file and tells, row by row, what an import would do. Saves nothing. File-level problems
     * (too large, unreadable header, too many rows) throw {@link BusinessException} with field {@code file}.
     */
    @Transactional(readOnly = true)
    public ImportPreview previewImport(byte[] csv) {
        return new Prepared(csv).preview;
    }

    /**
     * Imports a CSV file in one transaction. The file is read and checked again (not the preview the caller
     * saw), so the outcome matches the data as it is now. {@link ImportMode#ALL_OR_NOTHING} saves nothing and
     * throws {@code absence.import.error.rejected-rows} if any row is rejected; {@link ImportMode#VALID_ROWS_ONLY}
     * skips rejected rows. Existing months of a case are replaced (shown as updates in the preview).
     */
    @Transactional
    public ImportResult importCsv(byte[] csv, ImportMode mode) {
        Prepared prepared = new Prepared(csv);
        ImportPreview preview = prepared.preview;
        if (mode == ImportMode.ALL_OR_NOTHING && preview.rejectedCount() > 0) {
            audit.record(current.actorName(), "ABSENCE_IMPORT_REFUSED", "absence:import",
                    "mode=" + mode + " rows=" + preview.rows().size() + " rejected=" + preview.rejectedCount());
            throw new BusinessException("file", "absence.import.error.rejected-rows", preview.rejectedCount());
        }
        if (preview.validCount() == 0) {
            throw new BusinessException("file", "absence.import.error.nothing-valid");
        }
        List<PreviewRow> valid = preview.rows().stream().filter(PreviewRow::valid).toList();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (PreviewRow row : valid) {
            long caseId = prepared.windows.get(row.caseCode()).caseId();
            MonthlyAbsenceRepository.Stored m = prepared.stored.get(new CaseMonth(caseId, row.month()));
            Object[] hours = {scaled(row.hoursOffered()), scaled(row.unauthorised()), scaled(row.authorised())};
            if (m == null) {
                inserts.add(new Object[] {caseId, row.month().atDay(1), hours[0], hours[1], hours[2]});
            } else {
                updates.add(new Object[] {hours[0], hours[1], hours[2], m.id(), m.version()});
            }
        }
        writer.write(inserts, updates);
        int created = inserts.size();
        int updated = updates.size();
        ImportResult result = new ImportResult(created, updated, preview.rejectedCount());
        audit.record(current.actorName(), "ABSENCE_IMPORTED", "absence:import", "mode=" + mode + " created="
                + created + " updated=" + updated + " skipped=" + result.skipped());
        return result;
    }

    /**
     * Every stored month of the given cases, for reports; cases outside the caller's data scope are left out.
     * Nothing here identifies a pupil beyond the case id.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.EVALUATOR + "')")
    public List<MonthlyAbsenceFigures> figuresOfCases(Collection<Long> requestedCaseIds) {
        Collection<Long> caseIds = requestedCaseIds.isEmpty() ? List.of() : cases.visibleIds(requestedCaseIds);
        List<MonthlyAbsenceFigures> out = new ArrayList<>();
        for (List<Long> chunk : chunks(caseIds)) {
            months.hoursOfCases(chunk).forEach(m -> out.add(m.toFigures()));
        }
        out.sort((a, b) -> a.caseId() != b.caseId() ? Long.compare(a.caseId(), b.caseId())
                : a.month().compareTo(b.month()));
        return out;
    }

    /**
     * The stored months from {@code first} to {@code last} (both included) of the selected cases in the caller's
     * data scope, by case id and month: the hours of {@link #figuresOfCases} without the derived shares, in
     * hundredths of an hour, in one query with the scope in it (a report reads 100,000s of months).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.EVALUATOR + "')")
    public List<AbsenceHours> hoursOfSelection(CaseSelection selection, YearMonth first, YearMonth last) {
        ScopedCases scoped = caseSelection.scoped(selection);
        // the hours come as whole hundredths (the column keeps two decimals) and the month as yyyymm: no decimal or
        // date object per row
        return jdbc.sql("""
                        SELECT m.case_id, YEAR(m.month_start) * 100 + MONTH(m.month_start),
                               CAST(m.hours_offered * 100 AS SIGNED), CAST(m.hours_unauthorised * 100 AS SIGNED),
                               CAST(m.hours_authorised * 100 AS SIGNED)
                        FROM absence_month m
                        WHERE m.case_id IN (%s) AND m.month_start BETWEEN :first AND :last
                        ORDER BY m.case_id, m.month_start""".formatted(scoped.idsSubquery()))
                .params(scoped.params()).param("first", first.atDay(1)).param("last", last.atDay(1))
                .withFetchSize(LargeReads.FETCH_SIZE)
                .query((rs, n) -> new AbsenceHours(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5)))
                .list();
    }

    /**
     * Completeness of the schools' monthly reporting (issue #16): one row per school and month from {@code from}
     * to {@code to} (both included, at most {@value #MAX_COMPLETENESS_MONTHS} months, not after the current month),
     * over the caller's cases. A case counts for a month when the month lies within its period (start month to
     * end month, or the current month while open), whatever its status. Schools without a case in a month have
     * no row for it. Coordinators and administrators only.
     *
     * @throws BusinessException field {@code from}: {@code absence.completeness.error.range} when from is after to
     *                           or the span is too long
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "')")
    public List<CompletenessRow> completeness(YearMonth from, YearMonth to) {
        YearMonth now = currentMonth();
        if (from == null || to == null || from.isAfter(to) || from.plusMonths(MAX_COMPLETENESS_MONTHS).isBefore(to)) {
            throw new BusinessException("from", "absence.completeness.error.range", MAX_COMPLETENESS_MONTHS);
        }
        YearMonth last = to.isAfter(now) ? now : to;
        int count = cases.count(CaseFilter.none());
        List<CaseDetails> all = cases.list(CaseFilter.none(), 0, count + 100);
        Map<Long, Set<YearMonth>> reported = new HashMap<>();
        for (List<Long> chunk : chunks(all.stream().map(CaseDetails::id).toList())) {
            months.reportedOfCases(chunk, LocalDate.of(2000, 1, 1), last.atDay(1)).forEach(r -> reported
                    .computeIfAbsent(r.caseId(), k -> new HashSet<>()).add(YearMonth.from(r.monthStart())));
        }
        return AbsenceCompleteness.rows(all, reported, from, last);
    }

    static final int MAX_COMPLETENESS_MONTHS = 24;

    /** A file read and checked against the caller's cases and the months stored for them. */
    private final class Prepared {
        final Map<String, CaseWindow> windows;
        final Map<CaseMonth, MonthlyAbsenceRepository.Stored> stored = new HashMap<>();
        final ImportPreview preview;

        Prepared(byte[] csv) {
            List<CsvRow> rows = AbsenceCsvImport.parse(csv);
            Set<String> codes = rows.stream().filter(r -> r.caseCode() != null).map(r -> r.caseCode().value())
                    .collect(Collectors.toSet());
            Map<String, CaseWindow> visible = visibleCases();
            windows = visible.entrySet().stream().filter(e -> codes.contains(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            for (List<Long> chunk : chunks(windows.values().stream().map(CaseWindow::caseId).toList())) {
                months.storedOfCases(chunk).forEach(m -> stored.put(new CaseMonth(m.caseId(), m.month()), m));
            }
            preview = AbsenceCsvImport.check(rows, windows, otherSchools(codes, visible.keySet()),
                    stored.keySet(), currentMonth());
        }
    }

    /** For a school reporter, the codes of the file that name another school's case; nothing for other staff. */
    private Set<String> otherSchools(Set<String> codes, Set<String> visible) {
        if (current.scope().schoolId() == null) {
            return Set.of();
        }
        Set<String> unknownHere = codes.stream().filter(c -> !visible.contains(c)).collect(Collectors.toSet());
        return unknownHere.isEmpty() ? Set.of() : cases.codesOfOtherSchools(unknownHere);
    }

    /** Every case the caller may see, by code: CaseService applies the data scope. */
    private Map<String, CaseWindow> visibleCases() {
        int count = cases.count(CaseFilter.none());
        return cases.list(CaseFilter.none(), 0, count + 100).stream()
                .collect(Collectors.toMap(CaseDetails::caseCode, AbsenceService::windowOf, (a, b) -> a));
    }

    private CaseDetails visibleCase(long caseId) {
        try {
            return cases.get(caseId);
        } catch (BusinessException outOfScope) {
            throw notFound();
        }
    }

    private int thresholdOf(CaseDetails c) {
        return reference.projects().stream().filter(p -> p.id() == c.projectId()).findFirst()
                .map(ProjectListItem::absenceThresholdPercent).orElse(DEFAULT_THRESHOLD_PERCENT);
    }

    /** The month it is now in Stockholm (the application clock); the latest month that may be stored. */
    private YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    static CaseWindow windowOf(CaseDetails c) {
        return new CaseWindow(c.id(), YearMonth.from(c.data().startDate()),
                c.data().endDate() == null ? null : YearMonth.from(c.data().endDate()));
    }

    /** Required fields, then each number on its own, then the limits, then the case period and the current month. */
    static void validate(AbsenceData d, CaseWindow window, YearMonth currentMonth) {
        if (d.month() == null) {
            throw new BusinessException("month", "base.error.required");
        }
        checkHours("hoursOffered", d.hoursOffered());
        checkHours("unauthorised", d.unauthorised());
        checkHours("authorised", d.authorised());
        if (AbsenceRules.offeredTooHigh(d.hoursOffered())) {
            throw new BusinessException("hoursOffered", "absence.error.offered-too-high", AbsenceData.MAX_OFFERED);
        }
        if (AbsenceRules.absenceExceedsOffered(d.hoursOffered(), d.unauthorised(), d.authorised())) {
            throw new BusinessException("unauthorised", "absence.error.absence-exceeds-offered");
        }
        if (AbsenceCsvImport.outside(d.month(), window)) {
            throw new BusinessException("month", "absence.error.month-outside-case", window.first().toString(),
                    window.last() == null ? "–" : window.last().toString());
        }
        if (d.month().isAfter(currentMonth)) {
            throw new BusinessException("month", "absence.error.month-in-future", currentMonth.toString());
        }
    }

    private static void checkHours(String field, BigDecimal hours) {
        if (hours == null) {
            throw new BusinessException(field, "base.error.required");
        }
        Rejection problem = AbsenceRules.hoursProblem(hours);
        if (problem == Rejection.NEGATIVE) {
            throw new BusinessException(field, "absence.error.negative");
        }
        if (problem == Rejection.TOO_MANY_DECIMALS) {
            throw new BusinessException(field, "absence.error.decimals");
        }
    }

    private static BigDecimal scaled(BigDecimal hours) {
        return hours.setScale(AbsenceData.SCALE);
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(new HashSet<>(ids));
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }

    static BusinessException notFound() {
        return new BusinessException("absence.error.not-found");
    }
}
