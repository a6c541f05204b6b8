package se.uppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import se.uppfoljning.IntegrationTest;
import se.uppfoljning.base.MutableClock;

/**
 * The one lock-out mechanism, on the real database. Two {@link Throttle} objects on the same table stand for
 * two app nodes; each test uses its own scope, so tests do not see each other's counts.
 */
@IntegrationTest
class ThrottleIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final MutableClock clock = new MutableClock();
    private final String scope = "t-" + UUID.randomUUID().toString().substring(0, 8);

    private Throttle node(int maxFailures) {
        return new Throttle(new Throttle.Rule(scope, maxFailures, Duration.ofMinutes(15), Duration.ofMinutes(15)),
                jdbc, transactions, clock);
    }

    @Test
    void locksANameAfterFiveFailuresAndUnlocksWhenTheClockHasMoved() {
        Throttle throttle = node(5);
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.recordFailure("Samordnare")).isZero();
        }
        assertThat(throttle.recordFailure("samordnare ")).isEqualTo(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(10));
        assertThat(throttle.lockedFor("SAMORDNARE")).isEqualTo(Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(6));
        assertThat(throttle.lockedFor("samordnare")).isZero();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        Throttle throttle = node(5);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("x");
        }
        clock.advance(Duration.ofMinutes(20));
        assertThat(throttle.recordFailure("x")).isZero();
        assertThat(throttle.lockedFor("x")).isZero();
    }

    @Test
    void successResetsTheCountButNotALock() {
        Throttle throttle = node(5);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("y");
        }
        throttle.recordSuccess("y");
        assertThat(throttle.recordFailure("y")).isZero();
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("y");
        }
        throttle.recordSuccess("y");
        assertThat(throttle.lockedFor("y")).isPositive();
    }

    @Test
    void failuresWhileLockedNeitherCountNorExtendTheLock() {
        Throttle throttle = node(2);
        throttle.recordFailure("z");
        assertThat(throttle.recordFailure("z")).isEqualTo(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.recordFailure("z")).isEqualTo(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.lockedFor("z")).isZero();
        assertThat(throttle.recordFailure("z")).isZero();
    }

    @Test
    void twoNodesShareOneCount() {
        Throttle nodeA = node(4);
        Throttle nodeB = node(4);
        nodeA.recordFailure("shared");
        nodeB.recordFailure("shared");
        nodeA.recordFailure("shared");
        assertThat(nodeB.recordFailure("shared")).isPositive();
        assertThat(nodeA.lockedFor("shared")).isPositive();
    }

    @Test
    void concurrentFailuresFromManyThreadsAreEachCounted() throws Exception {
        int threads = 8;
        Throttle throttle = node(threads * 3);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Throttle own = node(threads * 3);
            done.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < 3; i++) {
                    own.recordFailure("race");
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(throttle.lockedFor("race")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void storesNoKeyInClearAndDeletesRowsOnceExpired() {
        Throttle throttle = node(5);
        throttle.recordFailure("192.0.2.55");
        assertThat(jdbc.sql("SELECT subject FROM security_throttle WHERE scope = ?").param(scope)
                .query(String.class).list()).singleElement().asString().hasSize(64).doesNotContain("192.0.2");
        ThrottleCleanup cleanup = new ThrottleCleanup(jdbc, clock);
        cleanup.deleteExpired();
        assertThat(rows()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(16));
        cleanup.deleteExpired();
        assertThat(rows()).isZero();
    }

    private int rows() {
        return jdbc.sql("SELECT COUNT(*) FROM security_throttle WHERE scope = ?").param(scope).query(Integer.class).single();
    }
}
