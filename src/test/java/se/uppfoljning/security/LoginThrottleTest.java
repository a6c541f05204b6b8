package se.uppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), Duration.ofMinutes(15), clock);

    @Test
    void locksANameAfterFiveFailuresAndUnlocksLater() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.recordFailure("Samordnare")).isFalse();
        }
        assertThat(throttle.recordFailure("samordnare ")).isTrue();
        assertThat(throttle.isLocked("SAMORDNARE")).isTrue();
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.isLocked("samordnare")).isFalse();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("x");
        }
        clock.advance(Duration.ofMinutes(20));
        assertThat(throttle.recordFailure("x")).isFalse();
    }

    @Test
    void successResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("y");
        }
        throttle.recordSuccess("y");
        assertThat(throttle.recordFailure("y")).isFalse();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
