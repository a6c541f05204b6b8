package se.uppfoljning.focusgroups;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Aggregates of finalised focus-group sessions for the evaluation report. No names exist to leak; quotes
 * carry their quotable flag and the report decides what to print (and suppresses small counts).
 *
 * @param sessions focus groups and project interviews (told apart by {@link SessionSummary#type()})
 * @param themes notes per theme across the focus groups only
 * @param quotes quotes of all sessions, with their session id
 * @param interviewThemes notes per theme of each project interview (issue #16): the comparison of the projects
 *     sets these side by side per occasion
 */
public record FocusGroupReport(List<SessionSummary> sessions, List<ThemeSummary> themes, List<QuoteSummary> quotes,
                               List<SessionTheme> interviewThemes) {

    public FocusGroupReport {
        sessions = List.copyOf(sessions);
        themes = List.copyOf(themes);
        quotes = List.copyOf(quotes);
        interviewThemes = List.copyOf(interviewThemes);
    }

    /**
     * The notes of one theme in one session: how many, and the codebook codes they were tagged with (names, sorted,
     * distinct). Never the notes' text: notes are working material, only quotes marked quotable may be printed.
     *
     * @param title Swedish title; empty for {@link Theme#OTHER_KEY}
     */
    public record SessionTheme(long sessionId, String themeKey, String title, int noteCount, List<String> codes) {
        public SessionTheme {
            codes = List.copyOf(codes);
        }
    }

    /** Which sessions to include; null fields do not filter. Only finalised sessions are ever included. */
    public record Filter(Long projectId, LocalDate from, LocalDate to) {
    }

    /** @param occasionMonth months since the project's start for a project interview (0 = start), else null */
    public record SessionSummary(long sessionId, long projectId, LocalDate heldOn, Long schoolId, String schoolName,
                                 Long districtId, String districtName, Map<ParticipantRole, Integer> participants,
                                 SessionType type, Integer occasionMonth) {
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
