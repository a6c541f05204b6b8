package se.uppfoljning.focusgroups;

import java.util.Locale;

/**
 * The theme a note or quote belongs to: a section of the session's guide ({@code guide:<section id>}), a
 * theme the facilitator typed ({@code typed:<name in lower case>}), or {@link #OTHER}. Two typed themes with
 * the same name, whatever the case or spacing, are the same theme.
 *
 * @param title the title as shown when the note was written (Swedish for guide themes); empty for "other"
 */
public record Theme(String key, String title) {

    public static final String OTHER_KEY = "other";
    public static final Theme OTHER = new Theme(OTHER_KEY, "");
    public static final int TITLE_MAX_LENGTH = 200;
    static final String GUIDE_PREFIX = "guide:";
    static final String TYPED_PREFIX = "typed:";
    private static final int KEY_MAX_LENGTH = 120;

    public static Theme guide(String sectionId, String title) {
        return new Theme(GUIDE_PREFIX + sectionId, title);
    }

    /** A typed theme; the key is derived from the name, so the same name always gives the same theme. */
    public static Theme typed(String title) {
        String clean = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        String key = TYPED_PREFIX + clean.toLowerCase(Locale.ROOT);
        return new Theme(key.length() <= KEY_MAX_LENGTH ? key : key.substring(0, KEY_MAX_LENGTH), clean);
    }

    public boolean isGuide() {
        return key.startsWith(GUIDE_PREFIX);
    }

    public boolean isTyped() {
        return key.startsWith(TYPED_PREFIX);
    }

    public boolean isOther() {
        return OTHER_KEY.equals(key);
    }

    /** The guide section id of a guide theme, otherwise null. */
    public String sectionId() {
        return isGuide() ? key.substring(GUIDE_PREFIX.length()) : null;
    }
}
