package se.uppfoljning.absence;

import java.util.List;

/** A stored month as the absence view shows it: the figures, the threshold flags, id and version for editing. */
public record AbsenceMonthItem(long id, MonthlyAbsenceFigures figures, List<ThresholdFlag> flags, int version) {

    public AbsenceMonthItem {
        flags = List.copyOf(flags);
    }

    public AbsenceData data() {
        return new AbsenceData(figures.month(), figures.hoursOffered(), figures.unauthorised(), figures.authorised());
    }
}
