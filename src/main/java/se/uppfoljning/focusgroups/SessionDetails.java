package se.uppfoljning.focusgroups;

import java.time.Instant;
import java.util.List;

/**
 * A session with everything recorded in it.
 *
 * @param guide the guide used, or null (also when the catalog no longer has it)
 * @param themes the guide's themes in guide order, then typed themes in use, then "other"
 * @param version pass with the next edit; every saved note or quote increases it
 */
public record SessionDetails(long id, SessionData data, String projectName, String schoolName, String districtName,
                             GuideOption guide, SessionStatus status, Instant updatedAt, String finalisedBy,
                             Instant finalisedAt, List<ThemeItem> themes, List<NoteItem> notes,
                             List<QuoteItem> quotes, List<AmendmentItem> amendments, int version) {

    public SessionDetails {
        themes = List.copyOf(themes);
        notes = List.copyOf(notes);
        quotes = List.copyOf(quotes);
        amendments = List.copyOf(amendments);
    }

    public boolean isFinal() {
        return status == SessionStatus.FINAL;
    }
}
