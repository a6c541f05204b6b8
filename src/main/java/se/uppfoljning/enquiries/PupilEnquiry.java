package se.uppfoljning.enquiries;

import java.util.List;
import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.SurveyTemplate;

/**
 * What the pupil's page needs: the questionnaire, the language chosen (null before the choice), the answers
 * saved so far and the languages the pupil may choose, Swedish first.
 */
public record PupilEnquiry(long codeId, Wave wave, SurveyTemplate template, String language, Answers answers,
                           List<String> languages) {
}
