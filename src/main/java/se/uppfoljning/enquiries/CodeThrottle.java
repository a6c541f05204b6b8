package se.uppfoljning.enquiries;

import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import se.uppfoljning.audit.AuditTrail;
import se.uppfoljning.base.BusinessException;
import se.uppfoljning.security.Throttle;

/**
 * Guards paper-code entry against guessing with two {@link Throttle} rules on wrong codes only (a right code
 * costs nothing): one per client address, generous enough for a school meeting where some 30 families share
 * the school's address and mistype now and then, and one for everybody together, which bounds a guesser who
 * spreads over many addresses. A success does not clear a count: otherwise a guesser holding one real (even
 * used) code could reset it at will.
 * <p>
 * Why guessing stays infeasible with the defaults: a code carries ~59 bits ({@link Secrets}). With at most
 * 2^17 live codes, one guess hits with probability 2^17 / 2^59 = 2^-42. The ceiling for everybody, 600 wrong
 * codes a minute, allows 600 × 60 × 24 × 60 ≈ 2^25.6 guesses during a 60-day link validity: a chance of about
 * 2^-16 (1 in 70 000) for an attacker who keeps every parent locked out for two months to do it. One address
 * alone gets 100 per 20 minutes, about 2^18 in 60 days: a chance of 2^-24.
 */
class CodeThrottle {

    private static final String EVERYBODY = "*";
    private final Throttle perClient;
    private final Throttle everybody;

    CodeThrottle(EnquiriesProperties properties, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.perClient = new Throttle(new Throttle.Rule("code-client", properties.codeFailuresPerClient(),
                properties.codeFailureWindow(), properties.codeLockDuration()), jdbc, transactions, clock);
        this.everybody = new Throttle(new Throttle.Rule("code-all", properties.codeFailuresPerMinuteForAll(),
                Duration.ofMinutes(1), Duration.ofMinutes(1)), jdbc, transactions, clock);
    }

    /** How long {@code client} must wait before its next code is checked; {@link Duration#ZERO} when it may go on. */
    Duration waitBefore(String client) {
        return longer(perClient.lockedFor(client), everybody.lockedFor(EVERYBODY));
    }

    /** Counts a wrong code; returns how long {@code client} must now wait ({@link Duration#ZERO} if not at all). */
    Duration recordFailure(String client) {
        return longer(perClient.recordFailure(client), everybody.recordFailure(EVERYBODY));
    }

    /**
     * Refuses, before any code is checked, while {@code client} must wait: audited as {@code refusedAction} by
     * {@code actor}, the message {@code enquiries.code.error.wait} names whole minutes (rounded up).
     */
    void refuseWhileLocked(String client, AuditTrail audit, String actor, String refusedAction) {
        Duration wait = waitBefore(client);
        if (!wait.isZero()) {
            audit.record(actor, refusedAction, null, "locked, wait " + wait.toSeconds() + " s");
            throw waitMessage(wait);
        }
    }

    /**
     * Counts a wrong code, audits it as {@code failedAction} (never the code: it may be a real one with a typo) and
     * returns what to throw: {@code wrongKey} on the code field, or the wait message once the client is locked out.
     */
    BusinessException wrongCode(String client, AuditTrail audit, String actor, String failedAction, String wrongKey) {
        Duration locked = recordFailure(client);
        audit.record(actor, failedAction, null, locked.isZero() ? null : "client locked out for " + locked.toSeconds() + " s");
        return locked.isZero() ? new BusinessException("code", wrongKey) : waitMessage(locked);
    }

    private static BusinessException waitMessage(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return new BusinessException("code", "enquiries.code.error.wait", minutes);
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
