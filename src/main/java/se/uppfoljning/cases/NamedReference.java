package se.uppfoljning.cases;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * The three columns every named row of reference data has (V0003: {@code id}, {@code name}, {@code version}):
 * programmes, districts and schools. Mapped here once; each table stays its own (no inheritance in the schema).
 */
@MappedSuperclass
abstract class NamedReference {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Version
    private int version;

    protected NamedReference() {
    }

    NamedReference(String name) {
        this.name = name;
    }

    /** Null until the row is flushed. */
    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }
}
