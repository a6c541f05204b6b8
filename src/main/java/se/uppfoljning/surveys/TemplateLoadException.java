package se.uppfoljning.surveys;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The survey templates cannot be used: lists every problem found, one per line, as
 * {@code file:line:column: reason}. Thrown at startup, so the application does not start with a half-loaded
 * catalog.
 */
public class TemplateLoadException extends RuntimeException {

    private final transient List<TemplateProblem> problems;

    public TemplateLoadException(List<TemplateProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<TemplateProblem> problems() {
        return problems;
    }

    private static String message(List<TemplateProblem> problems) {
        return (problems.size() == 1 ? "1 problem" : problems.size() + " problems") + " in survey templates:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }
}
