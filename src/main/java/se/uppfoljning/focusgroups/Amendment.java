package se.uppfoljning.focusgroups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One change to a finalised session. Written once, never changed. */
@Entity
@Table(name = "focusgroup_amendment")
class Amendment extends SessionPart {
    @Column(name = "amended_by", updatable = false)
    private String amendedBy;
    @Column(name = "amended_at", updatable = false)
    private Instant amendedAt;
    @Column(updatable = false)
    private String reason;
    @Enumerated(EnumType.STRING)
    @Column(name = "change_summary", updatable = false)
    private AmendmentChange change;

    protected Amendment() {
    }

    Amendment(FocusGroupSession session, String by, Instant at, String reason, AmendmentChange change) {
        super(session);
        this.amendedBy = by;
        this.amendedAt = at.truncatedTo(ChronoUnit.MICROS);
        this.reason = reason;
        this.change = change;
    }

    AmendmentItem toItem() {
        return new AmendmentItem(amendedAt, amendedBy, reason, change);
    }
}
