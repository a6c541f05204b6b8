package se.uppfoljning.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.uppfoljning.base.i18n.Translations;
import se.uppfoljning.enquiries.Wave;
import se.uppfoljning.focusgroups.ParticipantRole;
import se.uppfoljning.reports.EvaluationReport.Cell;

/** What every section builder needs: the input, indexes over it, texts and formats. One per build. */
final class ReportContext {

    final ReportInput input;
    final Locale locale;
    final ReportFormat fmt;
    final int n;
    final int nOutcomes;
    final Map<Long, CaseRow> casesById = new HashMap<>();
    /** School names, sorted; schools with cases first come from cases, then from target groups. */
    final List<String> schools;
    final List<String> projects;
    /** Project of each school when every school belongs to one project; null otherwise. */
    final Map<String, String> projectOfSchool;
    /** Answers read as numbers, by text (NaN: not a number); see {@code EnquirySection}. */
    final Map<String, Double> parsedNumbers = new HashMap<>();
    /** Each respondent group's answers gathered once, for both enquiry sections. */
    final Map<EnquirySection.Respondent, EnquirySection.Answers> enquiryAnswers =
            new java.util.EnumMap<>(EnquirySection.Respondent.class);

    ReportContext(ReportInput input) {
        this.input = input;
        this.locale = input.scope().language();
        this.fmt = new ReportFormat(locale);
        this.n = input.minCellSize();
        this.nOutcomes = input.minCellSizeOutcomesBySchool();
        Map<String, String> schoolProject = new HashMap<>();
        boolean nested = true;
        java.util.Set<String> projectSet = new java.util.HashSet<>();
        for (CaseRow c : input.cases()) {
            casesById.put(c.caseId(), c);
            projectSet.add(c.project());
            String previous = schoolProject.putIfAbsent(c.school(), c.project());
            if (previous != null && !previous.equals(c.project())) {
                nested = false;
            }
        }
        for (TargetGroupRow t : input.targetGroups()) {
            schoolProject.putIfAbsent(t.school(), null);
        }
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        this.schools = new ArrayList<>(schoolProject.keySet());
        this.schools.sort(collator);
        this.projects = new ArrayList<>(projectSet);
        this.projects.sort(collator);
        this.projectOfSchool = nested ? schoolProject : null;
    }

    String t(String key, Object... args) {
        return Translations.translate(key, locale, args);
    }

    Cell count(long value) {
        return Cell.number(value, fmt.count(value));
    }

    Cell percent(double share) {
        return Cell.number(share * 100, fmt.percent(share));
    }

    Cell decimal(double value, int digits) {
        return Cell.number(value, fmt.decimal(value, digits));
    }

    Cell signed(double value, int digits) {
        return Cell.number(value, fmt.signed(value, digits));
    }

    /**
     * A share k / n of cases, printed only when it cannot give a small count away (issue #12.1): n must reach N,
     * and k and n - k must each be 0 or reach N (a share next to its base is the count itself, and so is its
     * complement). Empty for n = 0; hidden otherwise. Callers whose k or n is also a count in {@link CaseCounts}
     * use {@link CaseCounts#share} or check {@link CaseCounts#anyHidden} as well.
     */
    Cell safeShare(long k, long n) {
        if (n == 0) {
            return Cell.empty();
        }
        return publishable(k, n) ? percent((double) k / n) : Cell.hidden();
    }

    /** Whether a share k / n may be printed: see {@link #safeShare}. */
    boolean publishable(long k, long n) {
        return n >= this.n && !small(k) && !small(n - k);
    }

    /** A count of cases that must not be printed, nor be derivable: 0 &lt; count &lt; N. */
    boolean small(long count) {
        return count > 0 && count < n;
    }

    /** The suppression footnote for a table, naming the N that applies. */
    String suppressionNote(int minimum) {
        return t("reports.suppression.footnote", EvaluationReport.SUPPRESSED, fmt.count(minimum));
    }

    /** The footnote list for a table: the suppression note if any cell is suppressed, then extra notes (nulls skipped). */
    List<String> notes(List<EvaluationReport.Row> rows, int minimum, String... extra) {
        List<String> notes = new ArrayList<>();
        if (rows.stream().anyMatch(r -> r.cells().stream().anyMatch(Cell::suppressed))) {
            notes.add(suppressionNote(minimum));
        }
        for (String e : extra) {
            if (e != null) {
                notes.add(e);
            }
        }
        return notes;
    }

    String genderLabel(CaseRow.Gender g) {
        return t("reports.gender." + g.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    String statusLabel(CaseRow.Status s) {
        return t("reports.status." + s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    String reasonLabel(CaseRow.DropoutReason r) {
        return t("reports.dropout." + r.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    String goalsLabel(CaseRow.KnowledgeGoals g) {
        return t("reports.goals." + g.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    String roleLabel(ParticipantRole r) {
        return t("reports.role." + r.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    String waveLabel(Wave w) {
        return t("reports.wave." + w.name().toLowerCase(Locale.ROOT));
    }
}
