/**
 * Monthly absence per pseudonymous case: hours of teaching offered, unauthorised and authorised absence,
 * entered by hand or imported from a CSV file with a row-by-row preview. Attendance and the shares behind
 * the problematic-absence flags (10 %, 15 % and the project's own threshold) are computed by
 * {@link se.uppfoljning.absence.AbsenceFigures}; the entry point is {@link se.uppfoljning.absence.AbsenceService}.
 * Months are deleted with their case ({@link se.uppfoljning.cases.CaseDeleted}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Absence")
package se.uppfoljning.absence;
