package se.uppfoljning.focusgroups;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a facilitator records about a session. Participants are counts per role; there is no field for names.
 * A school implies its district; without school or district the session belongs to the whole project.
 *
 * @param guideTemplateId the focus-group guide used, or null when themes are typed
 */
public record SessionData(Long projectId, Long schoolId, Long districtId, LocalDate heldOn, String guideTemplateId,
                          Integer guideTemplateVersion, Map<ParticipantRole, Integer> participants,
                          boolean consentRecorded) {

    public static final int MAX_PER_ROLE = 100;

    public SessionData {
        participants = participants == null ? Map.of() : Map.copyOf(participants);
    }

    public int participantTotal() {
        return participants.values().stream().mapToInt(Integer::intValue).sum();
    }
}
