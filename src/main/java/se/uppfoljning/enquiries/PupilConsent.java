package se.uppfoljning.enquiries;

import java.time.Instant;

/**
 * The consent recorded for a pupil's questionnaire of one case and wave (issue #16): the guardian's consent and
 * the pupil's own assent, each yes or no. Only both yes lets staff issue a pupil code and lets the code open.
 *
 * @param id the row; a pupil code keeps the id of the consent it was issued under
 */
public record PupilConsent(long id, long caseId, Wave wave, boolean guardianConsent, boolean pupilAssent,
                           Instant recordedAt) {

    public boolean allowsAnswers() {
        return guardianConsent && pupilAssent;
    }
}
