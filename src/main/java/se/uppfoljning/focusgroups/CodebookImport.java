package se.uppfoljning.focusgroups;

import java.util.List;

/**
 * What importing a REFI-QDA codebook did: codes added, codes already there unchanged, and conflicts (codes of the
 * file whose name exists with another description or under another parent, or that occur twice in the file). A
 * conflicting code is left as it is in the project's codebook.
 */
public record CodebookImport(List<String> added, List<String> unchanged, List<Conflict> conflicts) {

    public CodebookImport {
        added = List.copyOf(added);
        unchanged = List.copyOf(unchanged);
        conflicts = List.copyOf(conflicts);
    }

    public enum ConflictKind {
        /** The project has the code with another description. */
        DESCRIPTION_DIFFERS,
        /** The project has the code under another parent (or at the top where the file nests it, or the reverse). */
        PARENT_DIFFERS,
        /** The file names the code twice (case and spacing do not count); the first one was used. */
        DUPLICATE_IN_FILE
    }

    /**
     * @param name the code's name in the file
     * @param line the line of the code in the file
     * @param ours what the project has (description or parent name; null for none)
     * @param theirs what the file has (description or parent name; null for none)
     */
    public record Conflict(String name, int line, ConflictKind kind, String ours, String theirs) {
    }
}
