package se.uppfoljning.surveys;

/** Why a response exists: a parent enquiry, a staff rating form or a pupil's own questionnaire (issue #16). */
public enum ResponsePurpose {
    ENQUIRY, RATING, PUPIL
}
