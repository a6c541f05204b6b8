package se.uppfoljning.enquiries;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import se.uppfoljning.surveys.ResponsePurpose;

/** A guardian's invitation to one case's enquiry of one wave: a link token and a paper code open it. */
@Entity
@Table(name = "enquiry_invitation")
class Invitation extends AnswerSlot {

    @Column(name = "guardian_no")
    private int guardianNo;
    @Column(name = "token_hash")
    private String tokenHash;
    private String language;

    protected Invitation() {
    }

    Invitation(long caseId, long projectId, long schoolId, Wave wave, int guardianNo, String tokenHash,
               String codeHash, String language, String templateId, int templateVersion, Instant now,
               Instant expiresAt, String createdBy) {
        super(caseId, projectId, schoolId, wave, codeHash, templateId, templateVersion, now, expiresAt, createdBy);
        this.guardianNo = guardianNo;
        this.tokenHash = tokenHash;
        this.language = language;
    }

    @Override
    ResponsePurpose purpose() {
        return ResponsePurpose.ENQUIRY;
    }

    /** The family's language of the letter ({@link #familyLanguage()}). */
    @Override
    String startLanguage() {
        return familyLanguage();
    }

    int getGuardianNo() {
        return guardianNo;
    }

    String getLanguage() {
        return language;
    }

    /** The family's language of the letter: {@code so} for a Somali or a Swedish+Somali ({@code sv+so}) letter. */
    String familyLanguage() {
        return language.substring(language.lastIndexOf('+') + 1);
    }
}
