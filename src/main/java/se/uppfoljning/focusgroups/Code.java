package se.uppfoljning.focusgroups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A code of a project's codebook. */
@Entity
@Table(name = "focusgroup_code")
class Code {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", updatable = false)
    private long projectId;
    private String name;
    private String description;
    @Version
    private int version;

    protected Code() {
    }

    Code(long projectId) {
        this.projectId = projectId;
    }

    void apply(CodeData d) {
        this.name = d.name().strip();
        this.description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
    }

    Long getId() {
        return id;
    }

    long getProjectId() {
        return projectId;
    }

    String getName() {
        return name;
    }

    int getVersion() {
        return version;
    }

    CodeItem toItem(int usage) {
        return new CodeItem(id, projectId, name, description, usage, version);
    }
}
