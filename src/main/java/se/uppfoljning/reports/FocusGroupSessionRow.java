package se.uppfoljning.reports;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import se.uppfoljning.focusgroups.ParticipantRole;

/**
 * One focus-group session and how many took part in each role.
 *
 * @param school null if the session was not tied to one school
 * @param district null if the session was not tied to one district
 */
public record FocusGroupSessionRow(String sessionId, LocalDate date, String school, String district,
                                   Map<ParticipantRole, Integer> participants) {

    public FocusGroupSessionRow {
        Objects.requireNonNull(sessionId, "sessionId");
        participants = counted(participants);
    }

    /** The roles with at least one participant, unmodifiable, in role order (null counts as none). */
    static Map<ParticipantRole, Integer> counted(Map<ParticipantRole, Integer> participants) {
        EnumMap<ParticipantRole, Integer> copy = new EnumMap<>(ParticipantRole.class);
        if (participants != null) {
            participants.forEach((role, count) -> {
                if (count != null && count > 0) {
                    copy.put(role, count);
                }
            });
        }
        return java.util.Collections.unmodifiableMap(copy);
    }

    public int participants(ParticipantRole role) {
        return participants.getOrDefault(role, 0);
    }
}
