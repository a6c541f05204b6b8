package se.uppfoljning.enquiries;

import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.SurveyTemplate;

/**
 * What the parent's page needs: the questionnaire, the chosen language and answers saved so far.
 *
 * @param languages the languages the parent may choose (reviewed ones, and unreviewed ones only when
 *                  configured), Swedish first
 */
public record ParentEnquiry(long invitationId, Wave wave, SurveyTemplate template, String language,
                            Answers answers, boolean started, java.util.List<String> languages) {
}
