package se.uppfoljning.audit;

/**
 * Result of checking the hash chain.
 *
 * @param entriesChecked how many entries were read
 * @param firstBrokenSeq the first entry whose hash or link does not match, or -1 when the chain is intact
 */
public record AuditVerification(long entriesChecked, long firstBrokenSeq) {
    public boolean intact() {
        return firstBrokenSeq < 0;
    }
}
