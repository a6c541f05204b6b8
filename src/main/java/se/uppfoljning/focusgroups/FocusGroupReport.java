package se.uppfoljning.focusgroups;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Aggregates of finalised focus-group sessions for the evaluation report. No names exist to leak; quotes
 * carry their quotable flag and the report decides what to print (and suppresses small counts).
 */
public record FocusGroupReport(List<SessionSummary> sessions, List<ThemeSummary> themes, List<QuoteSummary> quotes) {

    public FocusGroupReport {
        sessions = List.copyOf(sessions);
        themes = List.copyOf(themes);
        quotes = List.copyOf(quotes);
    }

    /** Which sessions to include; null fields do not filter. Only finalised sessions are ever included. */
    public record Filter(Long projectId, LocalDate from, LocalDate to) {
    }

    public record SessionSummary(long sessionId, long projectId, LocalDate heldOn, Long schoolId, String schoolName,
                                 Long districtId, String districtName, Map<ParticipantRole, Integer> participants) {
        public SessionSummary {
            participants = Map.copyOf(participants);
        }
    }

    /**
     * Notes per theme across the sessions.
     *
     * @param title Swedish title; empty for {@link Theme#OTHER_KEY} (text {@code focusgroups.theme.other})
     */
    public record ThemeSummary(String themeKey, String title, int noteCount, int sessionCount) {
    }

    public record QuoteSummary(long sessionId, String text, ParticipantRole speakerRole, String themeKey,
                               String themeTitle, boolean quotable, List<String> codes) {
        public QuoteSummary {
            codes = List.copyOf(codes);
        }
    }
}
