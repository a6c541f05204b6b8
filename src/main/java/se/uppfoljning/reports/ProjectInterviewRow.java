package se.uppfoljning.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.uppfoljning.focusgroups.ParticipantRole;

/**
 * One finalised project interview (issue #16.3): held with representatives of one project at an occasion counted
 * in months since the project's start (0 = start, 6 = six months, any later point), with participants by function
 * only, the themes of the interview guide it has notes for, and its quotes.
 *
 * @param occasionMonth months since the project's start, at least 0
 * @param participants people per function; never names
 * @param themes per theme: how many notes, and the codebook codes the notes were tagged with (sorted, distinct)
 * @param quotes the interview's quotes with their quotable flag; the report checks the flag and the N rule again
 */
public record ProjectInterviewRow(String sessionId, String project, int occasionMonth, LocalDate date,
                                  Map<ParticipantRole, Integer> participants, List<Theme> themes,
                                  List<QuoteRow> quotes) {

    /** The notes of one guide theme in one interview: their number and their codes, never their text. */
    public record Theme(String title, int notes, List<String> codes) {

        public Theme {
            Objects.requireNonNull(title, "title");
            codes = codes == null ? List.of() : codes.stream().distinct().sorted().toList();
        }
    }

    public ProjectInterviewRow {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(project, "project");
        if (occasionMonth < 0) {
            throw new IllegalArgumentException("occasionMonth must be >= 0: " + occasionMonth);
        }
        participants = FocusGroupSessionRow.counted(participants);
        themes = themes == null ? List.of() : List.copyOf(themes);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
    }

    /** Everyone who took part, over all functions. */
    public int participantCount() {
        return participants.values().stream().mapToInt(Integer::intValue).sum();
    }
}
