package se.uppfoljning.audit;

import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.retry.annotation.Retryable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.base.Roles;
import se.uppfoljning.base.TransientFailureRetry;

/**
 * Appends entries to the audit trail and reads it back. {@link #record} runs in its own transaction and
 * locks the chain head, so entries are chained in commit order and an audit entry survives a rollback of
 * the business transaction that failed (a failed login, a refused download).
 * <p>
 * In a Galera cluster the row lock ({@code SELECT ... FOR UPDATE} on the single {@code audit_chain_head} row)
 * only serialises writers on one node; two nodes appending at once both update that row, so certification
 * lets the first commit win and aborts the other with a deadlock error (1213). That append has then left
 * nothing behind and is retried ({@link TransientFailureRetry}) on top of the new head, so the trail stays one
 * chain cluster-wide. {@code GET_LOCK} and {@code LOCK TABLES} are not used: Galera does not replicate them.
 */
@Service
public class AuditTrail {

    private static final int MAX_DETAILS = 2000;
    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records that {@code actor} did {@code action} on {@code target}. Never pass tokens or passwords. */
    @Retryable(interceptor = TransientFailureRetry.INTERCEPTOR)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String actor, String action, String target, String details) {
        record(actor, action, target, details, Instant.now(clock));
    }

    private void record(String actor, String action, String target, String details, Instant at) {
        var head = jdbc.sql("SELECT seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        long seq = (Long) head[0] + 1;
        String prev = (String) head[1];
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        String safeActor = truncate(actor == null ? "anonymous" : actor, 64);
        String safeTarget = target == null ? null : truncate(target, 200);
        String safeDetails = details == null ? null : truncate(details, MAX_DETAILS);
        String hash = AuditHash.of(prev, seq, when, safeActor, action, safeTarget, safeDetails);
        jdbc.sql("""
                INSERT INTO audit_entry (seq, occurred_at, actor, action, target, details, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, Timestamp.from(when), safeActor, action, safeTarget, safeDetails, prev, hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1").params(seq, hash).update();
    }

    /**
     * A page of entries, newest first. The filter matches any part of actor, action, target or details
     * (case-insensitive); blank means all.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public List<AuditEntry> list(String filter, int offset, int limit) {
        String like = like(filter);
        return jdbc.sql("SELECT seq, occurred_at, actor, action, target, details, hash FROM audit_entry WHERE "
                        + MATCHES + " ORDER BY seq DESC LIMIT ? OFFSET ?")
                .params(like, like, like, like, limit, offset)
                .query((rs, n) -> toEntry(rs))
                .list();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public int count(String filter) {
        String like = like(filter);
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE " + MATCHES)
                .params(like, like, like, like).query(Integer.class).single();
    }

    /**
     * The entries matching {@code filter} (as in {@link #list}) as CSV, oldest first (chain order); see
     * {@link AuditCsv} for the format. The export itself is audited as {@code AUDIT_EXPORTED} under the name
     * of the authenticated administrator, with the filter and the row count.
     */
    @Retryable(interceptor = TransientFailureRetry.INTERCEPTOR)
    @Transactional
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public byte[] exportCsv(String filter) {
        String like = like(filter);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long rows;
        try (AuditCsv csv = new AuditCsv(bytes)) {
            jdbc.sql("SELECT seq, occurred_at, actor, action, target, details, hash FROM audit_entry WHERE "
                            + MATCHES + " ORDER BY seq")
                    .params(like, like, like, like)
                    .query(rs -> {
                        csv.write(toEntry(rs));
                    });
            rows = csv.rows();
        }
        // Who exports is read from the authentication that @PreAuthorize just checked, not taken from the
        // caller: the audit feature needs Spring Security here, not the security feature.
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        String shownFilter = filter == null || filter.isBlank() ? "" : truncate(filter.strip(), 100);
        // Same transaction as the read: the entry says exactly what was exported.
        record(actor, "AUDIT_EXPORTED", null, "filter=" + shownFilter + ", rows=" + rows, Instant.now(clock));
        return bytes.toByteArray();
    }

    /** Recomputes every hash in order; reports the first entry that was changed, removed or reordered. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public AuditVerification verify() {
        var checker = new Object() {
            String prev = AuditHash.GENESIS;
            long expectedSeq = 1;
            long checked;
            long broken = -1;
        };
        // Entries removed by retention leave a gap at the start: begin from the oldest remaining link.
        jdbc.sql("SELECT seq, occurred_at, actor, action, target, details, prev_hash, hash FROM audit_entry ORDER BY seq")
                .query(rs -> {
                    long seq = rs.getLong(1);
                    String prevHash = rs.getString(7);
                    if (checker.checked == 0) {
                        checker.prev = prevHash;
                        checker.expectedSeq = seq;
                    }
                    checker.checked++;
                    if (checker.broken >= 0) {
                        return;
                    }
                    String expected = AuditHash.of(checker.prev, seq, rs.getTimestamp(2).toInstant(),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
                    if (seq != checker.expectedSeq || !prevHash.equals(checker.prev) || !expected.equals(rs.getString(8))) {
                        checker.broken = seq;
                    }
                    checker.prev = rs.getString(8);
                    checker.expectedSeq = seq + 1;
                });
        return new AuditVerification(checker.checked, checker.broken);
    }

    /**
     * Deletes the oldest entries, up to (not including) the first entry written at or after {@code cutoff}.
     * Always a contiguous run from the start of the chain: timestamps are taken just before the chain lock,
     * so two concurrent writers may commit slightly out of time order, and deleting by time alone could punch
     * a hole in the middle of the chain. What is kept stays verifiable from its oldest entry.
     * System job (retention), not for views; returns how many entries went.
     */
    @Transactional
    public int deleteOlderThan(Instant cutoff) {
        Long firstKept = jdbc.sql("SELECT MIN(seq) FROM audit_entry WHERE occurred_at >= ?")
                .param(Timestamp.from(cutoff)).query(Long.class).optional().orElse(null);
        if (firstKept == null) {
            return jdbc.sql("DELETE FROM audit_entry WHERE occurred_at < ?").param(Timestamp.from(cutoff)).update();
        }
        return jdbc.sql("DELETE FROM audit_entry WHERE seq < ?").param(firstKept).update();
    }

    private static final String MATCHES = "(actor LIKE ? OR action LIKE ? OR target LIKE ? OR details LIKE ?)";

    /** A LIKE pattern matching the text anywhere; % and _ typed by the user are taken literally. */
    static String like(String filter) {
        if (filter == null || filter.isBlank()) {
            return "%";
        }
        String escaped = filter.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static AuditEntry toEntry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
