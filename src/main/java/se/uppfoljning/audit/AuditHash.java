package se.uppfoljning.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The hash that links one audit entry to the one before it. Pure function, no Spring. */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(String prevHash, long seq, Instant at, String actor, String action, String target,
                     String details) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // Length-prefix every field so that moving text between fields changes the hash.
            for (String part : new String[] {prevHash, Long.toString(seq), at.toString(), actor, action,
                    nullToEmpty(target), nullToEmpty(details)}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                sha.update((byte) ':');
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
