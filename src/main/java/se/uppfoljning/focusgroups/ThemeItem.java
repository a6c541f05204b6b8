package se.uppfoljning.focusgroups;

import java.util.List;
import se.uppfoljning.surveys.LocalizedText;

/**
 * A theme as the session view offers it: from the guide (with its intro and questions as prompts), typed by a
 * facilitator, or "other" (empty title: the view shows its own text).
 */
public record ThemeItem(Theme theme, LocalizedText title, LocalizedText intro, List<LocalizedText> prompts) {

    public ThemeItem {
        prompts = List.copyOf(prompts);
        intro = intro == null ? LocalizedText.EMPTY : intro;
    }
}
