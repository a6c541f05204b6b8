package se.uppfoljning.surveys;

/** Why a response exists: a parent enquiry or a staff rating form. */
public enum ResponsePurpose {
    ENQUIRY, RATING
}
