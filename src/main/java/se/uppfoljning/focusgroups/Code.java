package se.uppfoljning.focusgroups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * A code of a project's codebook. Codes may sit under another code of the same project (the hierarchy REFI-QDA
 * codebooks carry); the GUID names the code in REFI-QDA files and never changes.
 */
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
    @Column(name = "guid", updatable = false)
    private String guid;
    @Column(name = "parent_id")
    private Long parentId;
    @Version
    private int version;

    protected Code() {
    }

    Code(long projectId) {
        this(projectId, UUID.randomUUID().toString(), null);
    }

    Code(long projectId, String guid, Long parentId) {
        this.projectId = projectId;
        this.guid = guid;
        this.parentId = parentId;
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

    String getDescription() {
        return description;
    }

    String getGuid() {
        return guid;
    }

    Long getParentId() {
        return parentId;
    }

    void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    int getVersion() {
        return version;
    }

    CodeItem toItem(int usage) {
        return new CodeItem(id, projectId, name, description, usage, version);
    }
}
