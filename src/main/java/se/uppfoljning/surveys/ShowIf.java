package se.uppfoljning.surveys;

import java.util.List;

/** Show a question only if the earlier question {@code questionId} was answered with one of {@code anyOf}. */
public record ShowIf(String questionId, List<String> anyOf) {

    public ShowIf {
        anyOf = List.copyOf(anyOf);
    }

    public boolean matches(Answers answers) {
        return answers.values(questionId).stream().anyMatch(anyOf::contains);
    }
}
