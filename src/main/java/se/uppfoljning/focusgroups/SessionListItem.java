package se.uppfoljning.focusgroups;

import java.time.LocalDate;

/** A session in the list: where and when, how many took part, how far it has come. */
public record SessionListItem(long id, long projectId, String projectName, String schoolName, String districtName,
                              LocalDate heldOn, int participantTotal, SessionStatus status, int noteCount,
                              int quoteCount) {
}
