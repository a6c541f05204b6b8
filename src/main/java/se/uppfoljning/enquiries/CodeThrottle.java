package se.uppfoljning.enquiries;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Guards code entry against guessing: a token bucket per client and one for everybody, and a lock-out of a
 * client after too many wrong codes. Client keys (IP addresses) live only here, in memory, never with answers.
 */
class CodeThrottle {

    enum Verdict { ALLOWED, SLOW_DOWN, LOCKED }

    private final int perClientPerMinute;
    private final Bucket global;
    private final int lockoutFailures;
    private final Duration lockoutDuration;
    private final Clock clock;
    private final Map<String, Bucket> perClient = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

    CodeThrottle(int perClientPerMinute, int globalPerMinute, int lockoutFailures, Duration lockoutDuration, Clock clock) {
        this.perClientPerMinute = perClientPerMinute;
        this.global = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(globalPerMinute).refillGreedy(globalPerMinute, Duration.ofMinutes(1)).build())
                .build();
        this.lockoutFailures = lockoutFailures;
        this.lockoutDuration = lockoutDuration;
        this.clock = clock;
    }

    /** Call before checking a code; consumes one attempt. */
    Verdict tryAttempt(String client) {
        Instant until = lockedUntil.get(client);
        if (until != null) {
            if (clock.instant().isBefore(until)) {
                return Verdict.LOCKED;
            }
            lockedUntil.remove(client);
            failures.remove(client);
        }
        if (perClient.size() > 100_000) {
            perClient.clear();
        }
        Bucket bucket = perClient.computeIfAbsent(client, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perClientPerMinute)
                        .refillGreedy(perClientPerMinute, Duration.ofMinutes(1)).build())
                .build());
        if (!bucket.tryConsume(1) || !global.tryConsume(1)) {
            return Verdict.SLOW_DOWN;
        }
        return Verdict.ALLOWED;
    }

    /** Returns true if this failure locked the client out. */
    boolean recordFailure(String client) {
        int n = failures.computeIfAbsent(client, k -> new AtomicInteger()).incrementAndGet();
        if (n >= lockoutFailures) {
            lockedUntil.put(client, clock.instant().plus(lockoutDuration));
            return true;
        }
        return false;
    }

    void recordSuccess(String client) {
        failures.remove(client);
    }
}
