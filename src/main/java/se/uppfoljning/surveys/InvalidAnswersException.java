package se.uppfoljning.surveys;

import java.util.List;
import se.uppfoljning.base.BusinessException;

/** Answers that break the template's rules; carries one error per offending question. */
public class InvalidAnswersException extends BusinessException {

    private final transient List<AnswerError> errors;

    public InvalidAnswersException(List<AnswerError> errors) {
        super(errors.getFirst().key(), errors.getFirst().messageKey(), errors.getFirst().args());
        this.errors = List.copyOf(errors);
    }

    public List<AnswerError> errors() {
        return errors;
    }
}
