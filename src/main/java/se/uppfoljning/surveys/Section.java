package se.uppfoljning.surveys;

import java.util.List;

/** A page of the form (and a theme of a focus-group guide). */
public record Section(String id, LocalizedText title, LocalizedText intro, List<Question> questions) {

    public Section {
        questions = List.copyOf(questions);
        intro = intro == null ? LocalizedText.EMPTY : intro;
    }
}
