package se.uppfoljning.focusgroups;

import se.uppfoljning.surveys.LocalizedText;

/** A focus-group guide of the template catalog. */
public record GuideOption(String templateId, int version, LocalizedText title) {
}
