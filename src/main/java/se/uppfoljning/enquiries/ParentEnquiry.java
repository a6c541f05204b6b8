package se.uppfoljning.enquiries;

import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.SurveyTemplate;

/** What the parent's page needs: the questionnaire, the chosen language and answers saved so far. */
public record ParentEnquiry(long invitationId, Wave wave, SurveyTemplate template, String language,
                            Answers answers, boolean started) {
}
