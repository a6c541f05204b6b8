package se.uppfoljning.surveys;

/**
 * One thing wrong with a template file, or a warning about it.
 *
 * @param file the file as shown to the person who wrote it (folder and file name)
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param path JSON pointer of the place in the template ({@code /sections/0/questions/2}), empty for the file
 * @param reason what is wrong, in English (the audience is whoever edits the file)
 */
public record TemplateProblem(String file, int line, int column, String path, String reason) {

    public TemplateProblem {
        path = path == null ? "" : path;
    }

    /** {@code file:line:column: /path: reason}, without the parts that are not known. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line).append(':').append(column);
        }
        s.append(": ");
        if (!path.isEmpty()) {
            s.append(path).append(": ");
        }
        return s.append(reason).toString();
    }
}
