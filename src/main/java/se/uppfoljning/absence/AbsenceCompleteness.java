package se.uppfoljning.absence;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.uppfoljning.absence.AbsenceCsvImport.CaseWindow;
import se.uppfoljning.cases.CaseDetails;

/** Counts, per school and month, the cases with and without figures. A pure rule: no Spring, no database. */
final class AbsenceCompleteness {

    private AbsenceCompleteness() {
    }

    /**
     * @param cases the cases to count, any schools
     * @param reported case id to the months stored for it (earlier months too, for "missing since")
     * @param from first month shown
     * @param last last month shown, not after the current month; open cases run to it
     * @return rows sorted by school name, then month
     */
    static List<CompletenessRow> rows(Collection<CaseDetails> cases, Map<Long, Set<YearMonth>> reported,
                                      YearMonth from, YearMonth last) {
        record Key(long schoolId, String schoolName, YearMonth month) {
        }
        Map<Key, List<CaseDetails>> active = new java.util.HashMap<>();
        for (CaseDetails c : cases) {
            CaseWindow w = AbsenceService.windowOf(c);
            YearMonth end = w.last() == null || w.last().isAfter(last) ? last : w.last();
            for (YearMonth m = w.first().isBefore(from) ? from : w.first(); !m.isAfter(end); m = m.plusMonths(1)) {
                active.computeIfAbsent(new Key(c.schoolId(), c.schoolName(), m), k -> new ArrayList<>()).add(c);
            }
        }
        List<CompletenessRow> out = new ArrayList<>();
        active.forEach((key, list) -> {
            List<String> missing = new ArrayList<>();
            YearMonth since = null;
            for (CaseDetails c : list) {
                Set<YearMonth> months = reported.getOrDefault(c.id(), Set.of());
                if (months.contains(key.month())) {
                    continue;
                }
                missing.add(c.caseCode());
                YearMonth first = AbsenceService.windowOf(c).first();
                YearMonth gapStart = key.month();
                while (gapStart.isAfter(first) && !months.contains(gapStart.minusMonths(1))) {
                    gapStart = gapStart.minusMonths(1);
                }
                since = since == null || gapStart.isBefore(since) ? gapStart : since;
            }
            missing.sort(Comparator.naturalOrder());
            out.add(new CompletenessRow(key.schoolId(), key.schoolName(), key.month(), list.size(),
                    list.size() - missing.size(), missing, since));
        });
        out.sort(Comparator.comparing(CompletenessRow::schoolName).thenComparing(CompletenessRow::month));
        return out;
    }
}
