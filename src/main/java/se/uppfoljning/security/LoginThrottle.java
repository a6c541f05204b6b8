package se.uppfoljning.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per user name. After {@code maxFailures} failures within {@code window} the name is
 * locked for {@code lockDuration}; the lock holds even for the right password, so guessing gains nothing.
 * Plain class, kept in memory: a restart clears it, which is acceptable for a single-node service.
 */
public class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Duration lockDuration;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration window, Duration lockDuration, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockDuration = lockDuration;
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Instant until = lockedUntil.get(key(username));
        if (until == null) {
            return false;
        }
        if (clock.instant().isAfter(until)) {
            lockedUntil.remove(key(username));
            return false;
        }
        return true;
    }

    /** Returns true if this failure locked the name. */
    public boolean recordFailure(String username) {
        Instant now = clock.instant();
        Deque<Instant> list = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (list) {
            list.addLast(now);
            while (!list.isEmpty() && list.peekFirst().isBefore(now.minus(window))) {
                list.removeFirst();
            }
            if (list.size() >= maxFailures) {
                list.clear();
                lockedUntil.put(key(username), now.plus(lockDuration));
                return true;
            }
        }
        return false;
    }

    public void recordSuccess(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
