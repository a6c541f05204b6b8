package se.uppfoljning.enquiries;

import se.uppfoljning.surveys.Answers;
import se.uppfoljning.surveys.SurveyTemplate;

/**
 * What the parent's page needs: the questionnaire, the chosen language, answers saved so far and the version of
 * that saved state (0 before the first save), which the page passes back with each save.
 *
 * @param languages the languages the parent may choose (reviewed ones, and unreviewed ones only when
 *                  configured), Swedish first
 */
public record ParentEnquiry(long invitationId, Wave wave, SurveyTemplate template, String language,
                            Answers answers, boolean started, int version, java.util.List<String> languages) {
}
