package se.uppfoljning.focusgroups;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a facilitator records about a session. Participants are counts per role; there is no field for names.
 * A school implies its district; without school or district the session belongs to the whole project.
 *
 * @param guideTemplateId the focus-group guide used, or null when themes are typed
 * @param type a focus group, or an interview with a project (issue #16), which belongs to the whole project
 * @param occasionMonth for a project interview, months since the project's start: 0 = "start", 6 = "six months",
 *                      any later point up to {@value #MAX_OCCASION_MONTH}; null for a focus group
 */
public record SessionData(Long projectId, Long schoolId, Long districtId, LocalDate heldOn, String guideTemplateId,
                          Integer guideTemplateVersion, Map<ParticipantRole, Integer> participants,
                          boolean consentRecorded, SessionType type, Integer occasionMonth) {

    public static final int MAX_PER_ROLE = 100;
    public static final int MAX_OCCASION_MONTH = 120;

    public SessionData {
        participants = participants == null ? Map.of() : Map.copyOf(participants);
        type = type == null ? SessionType.FOCUS_GROUP : type;
    }

    /** A focus-group session. */
    public SessionData(Long projectId, Long schoolId, Long districtId, LocalDate heldOn, String guideTemplateId,
                       Integer guideTemplateVersion, Map<ParticipantRole, Integer> participants,
                       boolean consentRecorded) {
        this(projectId, schoolId, districtId, heldOn, guideTemplateId, guideTemplateVersion, participants,
                consentRecorded, SessionType.FOCUS_GROUP, null);
    }

    public int participantTotal() {
        return participants.values().stream().mapToInt(Integer::intValue).sum();
    }
}
