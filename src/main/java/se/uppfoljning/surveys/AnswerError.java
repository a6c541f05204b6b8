package se.uppfoljning.surveys;

/** A problem with one answer: {@code key} is the question id (or {@code questionId.itemId}), text by i18n key. */
public record AnswerError(String key, String messageKey, Object... args) {
}
