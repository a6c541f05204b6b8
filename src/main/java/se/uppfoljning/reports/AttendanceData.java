package se.uppfoljning.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Monthly absence per case as shares of offered time. Attendance = 1 - unauthorised / offered; months with no
 * offered time are left out. A case's START is its first month with data and its END its last.
 */
final class AttendanceData {

    /** Unauthorised share (0..1) per month, per case. */
    final Map<Long, TreeMap<YearMonth, Double>> byCase = new HashMap<>();
    /** All unauthorised shares per month. */
    final TreeMap<YearMonth, List<Double>> byMonth = new TreeMap<>();

    AttendanceData(ReportContext ctx) {
        for (AbsenceRow a : ctx.input.absence()) {
            if (!ctx.casesById.containsKey(a.caseId()) || !(a.hoursOffered() > 0)) {
                continue;
            }
            double share = a.unauthorisedShare();
            byCase.computeIfAbsent(a.caseId(), k -> new TreeMap<>()).merge(a.month(), share,
                    (x, y) -> y); // a repeated month: the last row wins
        }
        byCase.values().forEach(months -> months.forEach(
                (m, share) -> byMonth.computeIfAbsent(m, k -> new ArrayList<>()).add(share)));
    }

    /** A case with at least two months of data: attendance (0..1) at its first and last month. */
    record Pair(long caseId, double start, double end) {

        double changePoints() {
            return (end - start) * 100;
        }
    }

    List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        byCase.forEach((id, months) -> {
            if (months.size() >= 2) {
                pairs.add(new Pair(id, 1 - months.firstEntry().getValue(), 1 - months.lastEntry().getValue()));
            }
        });
        pairs.sort(java.util.Comparator.comparingLong(Pair::caseId));
        return pairs;
    }
}
