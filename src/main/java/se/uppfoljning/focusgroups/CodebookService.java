package se.uppfoljning.focusgroups;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.base.Roles;
import se.uppfoljning.security.CurrentStaff;
import se.uppfoljning.security.DataScope;

/**
 * A project's codebook: the codes facilitators tag notes and quotes with. Codes are created on the fly,
 * renamed, and merged (every note and quote tagged with the merged code is tagged with the kept one, and the
 * merged code is removed). Renames and merges are codebook work, not changes to a session's record, so they
 * need no amendment reason even for finalised sessions; they are audited. Project scope applies.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "', '" + Roles.FACILITATOR + "')")
public class CodebookService {

    /** The largest codebook file {@link #importQdc} reads. */
    public static final int QDC_MAX_BYTES = 1024 * 1024;

    private final CodeRepository codes;
    private final CurrentStaff current;
    private final AuditTrail audit;

    CodebookService(CodeRepository codes, CurrentStaff current, AuditTrail audit) {
        this.codes = codes;
        this.current = current;
        this.audit = audit;
    }

    /** The project's codes by name, each with how many notes and quotes carry it. */
    @Transactional(readOnly = true)
    public List<CodeItem> codes(long projectId) {
        checkProject(projectId);
        Map<Long, Integer> usage = new HashMap<>();
        for (List<Object[]> rows : List.of(codes.noteUsage(projectId), codes.quoteUsage(projectId))) {
            rows.forEach(r -> usage.merge((Long) r[0], ((Number) r[1]).intValue(), Integer::sum));
        }
        return codes.findByProjectIdOrderByName(projectId).stream()
                .map(c -> c.toItem(usage.getOrDefault(c.getId(), 0))).toList();
    }

    /** A new code; the name must be unique in the project (case does not count). */
    @Transactional
    public CodeItem create(long projectId, CodeData data) {
        checkProject(projectId);
        CodeData clean = validate(data);
        if (codes.findByProjectIdAndNameIgnoreCase(projectId, clean.name()).isPresent()) {
            throw new BusinessException("name", "focusgroups.code.error.name-taken", clean.name());
        }
        Code c = new Code(projectId);
        c.apply(clean);
        codes.saveAndFlush(c);
        audit.record(current.actorName(), "FOCUSGROUP_CODE_CREATED", "focusgroup-code:" + c.getId(),
                "project=" + projectId);
        return c.toItem(0);
    }

    /** Renames a code (and changes its description) if nobody else changed it since {@code expectedVersion}. */
    @Transactional
    public CodeItem rename(long codeId, CodeData data, int expectedVersion) {
        Code c = visible(codeId);
        if (c.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Code.class, codeId);
        }
        CodeData clean = validate(data);
        codes.findByProjectIdAndNameIgnoreCase(c.getProjectId(), clean.name())
                .filter(other -> !other.getId().equals(c.getId())).ifPresent(other -> {
                    throw new BusinessException("name", "focusgroups.code.error.name-taken", clean.name());
                });
        c.apply(clean);
        codes.saveAndFlush(c);
        audit.record(current.actorName(), "FOCUSGROUP_CODE_RENAMED", "focusgroup-code:" + c.getId(), null);
        return c.toItem(0);
    }

    /**
     * Merges code {@code fromId} into {@code intoId}: every note and quote tagged with the first is tagged with
     * the second instead, then the first is deleted. Both must belong to the same project.
     */
    @Transactional
    public MergeResult merge(long fromId, long intoId) {
        if (fromId == intoId) {
            throw new BusinessException("into", "focusgroups.code.error.merge-same");
        }
        Code from = visible(fromId);
        Code into = visible(intoId);
        if (from.getProjectId() != into.getProjectId()) {
            throw new BusinessException("into", "focusgroups.code.error.merge-other-project");
        }
        List<Note> notes = codes.notesTaggedWith(fromId);
        List<Quote> quotes = codes.quotesTaggedWith(fromId);
        Stream.concat(notes.stream(), quotes.stream()).forEach(t -> {
            t.getCodes().remove(from);
            t.getCodes().add(into);
        });
        // the merged code's children keep their place in the hierarchy: under the merged code's parent
        codes.findByParentId(fromId).forEach(child -> child.setParentId(from.getParentId()));
        codes.flush();
        codes.delete(from);
        codes.flush();
        audit.record(current.actorName(), "FOCUSGROUP_CODE_MERGED", "focusgroup-code:" + intoId,
                "from=" + fromId + " notes=" + notes.size() + " quotes=" + quotes.size());
        return new MergeResult(intoId, notes.size(), quotes.size());
    }

    /**
     * Imports a REFI-QDA codebook ({@code .qdc}) into the project's codebook, merging by name (case and spacing do
     * not count): a code the project lacks is added under its parent from the file; a code it has with the same
     * description and parent is left alone; a code it has with another description or parent is a conflict, is left
     * as the project has it and is reported. A code's GUID from the file is kept unless the project already uses it.
     *
     * @throws BusinessException {@code focusgroups.qda.error.invalid} (file, line, column, reason) or
     *         {@code focusgroups.qda.error.too-large} for a file that is not a valid REFI-QDA codebook; then
     *         nothing is changed
     */
    @Transactional
    public CodebookImport importQdc(long projectId, String fileName, byte[] content) {
        checkProject(projectId);
        List<QdcReader.FileCode> fileCodes = QdcReader.read(fileName, content);
        List<Code> existing = codes.findByProjectIdOrderByName(projectId);
        Map<String, Code> byName = new HashMap<>();
        Map<Long, Code> byId = new HashMap<>();
        Set<String> guids = new HashSet<>();
        existing.forEach(c -> {
            byName.put(key(c.getName()), c);
            byId.put(c.getId(), c);
            guids.add(c.getGuid().toLowerCase(Locale.ROOT));
        });
        List<String> added = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<CodebookImport.Conflict> conflicts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Code[] resolved = new Code[fileCodes.size()];
        for (int i = 0; i < fileCodes.size(); i++) {
            QdcReader.FileCode f = fileCodes.get(i);
            Code parent = f.parent() < 0 ? null : resolved[f.parent()];
            String theirParent = f.parent() < 0 ? null : fileCodes.get(f.parent()).name();
            Code ours = byName.get(key(f.name()));
            if (!seen.add(key(f.name()))) {
                conflicts.add(new CodebookImport.Conflict(f.name(), f.line(),
                        CodebookImport.ConflictKind.DUPLICATE_IN_FILE, null, null));
            } else if (ours == null) {
                // the schema allows "{guid}" too; we store the bare form
                String fileGuid = f.guid() == null ? null
                        : f.guid().replace("{", "").replace("}", "").toLowerCase(Locale.ROOT);
                String guid = fileGuid != null && guids.add(fileGuid) ? fileGuid : UUID.randomUUID().toString();
                ours = new Code(projectId, guid, parent == null ? null : parent.getId());
                ours.apply(new CodeData(f.name(), f.description()));
                codes.saveAndFlush(ours);
                byName.put(key(f.name()), ours);
                byId.put(ours.getId(), ours);
                added.add(f.name());
            } else {
                String ourParent = ours.getParentId() == null || !byId.containsKey(ours.getParentId()) ? null
                        : byId.get(ours.getParentId()).getName();
                if (!Objects.equals(ours.getDescription(), f.description())) {
                    conflicts.add(new CodebookImport.Conflict(f.name(), f.line(),
                            CodebookImport.ConflictKind.DESCRIPTION_DIFFERS, ours.getDescription(), f.description()));
                } else if (!Objects.equals(ourParent == null ? null : key(ourParent),
                        theirParent == null ? null : key(theirParent))) {
                    conflicts.add(new CodebookImport.Conflict(f.name(), f.line(),
                            CodebookImport.ConflictKind.PARENT_DIFFERS, ourParent, theirParent));
                } else {
                    unchanged.add(f.name());
                }
            }
            resolved[i] = byName.get(key(f.name()));
        }
        audit.record(current.actorName(), "FOCUSGROUP_CODEBOOK_IMPORTED", "focusgroup-codebook:project=" + projectId,
                "added=" + added.size() + " unchanged=" + unchanged.size() + " conflicts=" + conflicts.size());
        return new CodebookImport(added, unchanged, conflicts);
    }

    /** How the codebook compares names: case and spacing do not count. */
    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private Code visible(long codeId) {
        DataScope scope = current.scope();
        return codes.findById(codeId).filter(c -> scope.allowsProject(c.getProjectId()))
                .orElseThrow(() -> new BusinessException("focusgroups.code.error.not-found"));
    }

    private void checkProject(long projectId) {
        if (!current.scope().allowsProject(projectId)) {
            throw new BusinessException("focusgroups.error.project-unknown");
        }
    }

    private static CodeData validate(CodeData d) {
        String name = SessionRules.text("name", d == null ? null : d.name(), CodeData.NAME_MAX_LENGTH)
                .replaceAll("\\s+", " ");
        String description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
        if (description != null && description.length() > CodeData.DESCRIPTION_MAX_LENGTH) {
            throw new BusinessException("description", "base.error.too-long", CodeData.DESCRIPTION_MAX_LENGTH);
        }
        return new CodeData(name, description);
    }
}
