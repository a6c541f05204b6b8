package se.uppfoljning.focusgroups;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * The two columns every row a session owns starts with (V0300: {@code id}, {@code session_id}): notes, quotes
 * and amendments. Mapped here once; each table stays its own (no inheritance in the schema).
 */
@MappedSuperclass
abstract class SessionPart {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", updatable = false)
    private FocusGroupSession session;

    protected SessionPart() {
    }

    SessionPart(FocusGroupSession session) {
        this.session = session;
    }

    /** Null until the row is flushed. */
    Long getId() {
        return id;
    }
}
