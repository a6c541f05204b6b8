package se.uppfoljning.focusgroups;

/** A code of a project's codebook. */
public record CodeData(String name, String description) {

    public static final int NAME_MAX_LENGTH = 80;
    public static final int DESCRIPTION_MAX_LENGTH = 500;
}
