package se.uppfoljning.focusgroups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.surveys.LocalizedText;
import se.uppfoljning.surveys.Question;
import se.uppfoljning.surveys.Section;
import se.uppfoljning.surveys.SurveyTemplate;

/**
 * The rules of a session that need no database: required fields and limits, when a session may be finalised,
 * when a change needs an amendment reason, and which themes a note may use. Plain class with unit tests.
 */
final class SessionRules {

    static final int REASON_MAX_LENGTH = 1000;

    private SessionRules() {
    }

    static void check(SessionData d) {
        if (d.projectId() == null) {
            throw new BusinessException("projectId", "base.error.required");
        }
        if (d.heldOn() == null) {
            throw new BusinessException("heldOn", "base.error.required");
        }
        if ((d.guideTemplateId() == null) != (d.guideTemplateVersion() == null)) {
            throw new BusinessException("guide", "focusgroups.error.guide-unknown");
        }
        if (d.type() == SessionType.PROJECT_INTERVIEW) {
            // Recorded per project, not per school or case (issue #16).
            if (d.schoolId() != null || d.districtId() != null) {
                throw new BusinessException("schoolId", "focusgroups.error.interview-whole-project");
            }
            if (d.occasionMonth() == null || d.occasionMonth() < 0
                    || d.occasionMonth() > SessionData.MAX_OCCASION_MONTH) {
                throw new BusinessException("occasionMonth", "focusgroups.error.occasion",
                        SessionData.MAX_OCCASION_MONTH);
            }
        } else if (d.occasionMonth() != null) {
            throw new BusinessException("occasionMonth", "focusgroups.error.occasion-only-interview");
        }
        for (Map.Entry<ParticipantRole, Integer> e : d.participants().entrySet()) {
            if (e.getKey() == null || e.getValue() == null || e.getValue() < 0
                    || e.getValue() > SessionData.MAX_PER_ROLE) {
                throw new BusinessException("participants." + e.getKey(), "focusgroups.error.participant-count",
                        SessionData.MAX_PER_ROLE);
            }
        }
    }

    /** A session may be finalised only with consent recorded and at least one participant. */
    static void checkFinalisable(SessionData d) {
        if (!d.consentRecorded()) {
            throw new BusinessException("consentRecorded", "focusgroups.error.consent-required");
        }
        if (d.participantTotal() < 1) {
            throw new BusinessException("participants", "focusgroups.error.no-participants");
        }
    }

    /** Drafts change freely; a final session only with a reason, which is then logged as an amendment. */
    static void checkChangeAllowed(SessionStatus status, String amendmentReason) {
        if (status != SessionStatus.FINAL) {
            return;
        }
        if (amendmentReason == null || amendmentReason.isBlank()) {
            throw new BusinessException("amendmentReason", "focusgroups.error.amendment-reason-required");
        }
        if (amendmentReason.strip().length() > REASON_MAX_LENGTH) {
            throw new BusinessException("amendmentReason", "base.error.too-long", REASON_MAX_LENGTH);
        }
    }

    /** Required, at most {@code max} characters after trimming; returns the trimmed text. */
    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(field, "base.error.required");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new BusinessException(field, "base.error.too-long", max);
        }
        return stripped;
    }

    /**
     * The theme as stored: a guide theme must be a section of the session's guide (its title is taken from the
     * guide, not from the caller); a typed theme gets its key from its name; anything else is refused.
     *
     * @param guide the session's guide, or null when it has none or the catalog is not available
     * @param storedThemes themes already used in the session (a guide theme stays usable if the guide is gone)
     */
    static Theme resolve(Theme given, SurveyTemplate guide, List<Theme> storedThemes) {
        if (given == null || given.key() == null) {
            throw new BusinessException("theme", "base.error.required");
        }
        if (given.isOther()) {
            return Theme.OTHER;
        }
        if (given.isGuide()) {
            if (guide != null) {
                return guide.sections().stream().filter(s -> s.id().equals(given.sectionId())).findFirst()
                        .map(s -> Theme.guide(s.id(), s.title().in(LocalizedText.DEFAULT_LANGUAGE)))
                        .orElseThrow(SessionRules::unknownTheme);
            }
            return storedThemes.stream().filter(t -> t.key().equals(given.key())).findFirst()
                    .orElseThrow(SessionRules::unknownTheme);
        }
        if (given.isTyped()) {
            Theme typed = Theme.typed(text("theme", given.title(), Theme.TITLE_MAX_LENGTH));
            // the same name in other case or spacing is the same theme: keep the title it was first given
            return storedThemes.stream().filter(t -> t.key().equals(typed.key())).findFirst().orElse(typed);
        }
        throw unknownTheme();
    }

    /** The guide's sections in order, then other themes in use (first use first), then "other". */
    static List<ThemeItem> themes(SurveyTemplate guide, List<Theme> inUse) {
        Map<String, ThemeItem> out = new LinkedHashMap<>();
        if (guide != null) {
            for (Section s : guide.sections()) {
                List<LocalizedText> prompts = s.questions().stream().map(Question::text).toList();
                Theme t = Theme.guide(s.id(), s.title().in(LocalizedText.DEFAULT_LANGUAGE));
                out.put(t.key(), new ThemeItem(t, s.title(), s.intro(), prompts));
            }
        }
        for (Theme t : inUse) {
            if (!t.isOther()) {
                out.putIfAbsent(t.key(), new ThemeItem(t, LocalizedText.of(t.title()), null, List.of()));
            }
        }
        out.put(Theme.OTHER_KEY, new ThemeItem(Theme.OTHER, LocalizedText.EMPTY, null, List.of()));
        return new ArrayList<>(out.values());
    }

    static List<Theme> themesInUse(FocusGroupSession s) {
        return Stream.concat(s.getNotes().stream().map(Note::getTheme), s.getQuotes().stream().map(Quote::getTheme))
                .distinct().toList();
    }

    private static BusinessException unknownTheme() {
        return new BusinessException("theme", "focusgroups.error.theme-unknown");
    }
}
