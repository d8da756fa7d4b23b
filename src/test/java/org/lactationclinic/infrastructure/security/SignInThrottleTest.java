package org.lactationclinic.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-12-06T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
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

    private final TestClock clock = new TestClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void check_shouldLetTheFirstFailuresThroughAtOnce() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            assertTrue(throttle.check("ana.lopez", "10.0.0.1").isEmpty(), "attempt " + (i + 1));
            throttle.failed("ana.lopez", "10.0.0.1");
        }
        assertTrue(throttle.check("ana.lopez", "10.0.0.1").isEmpty(), "three failures cost no wait");
        throttle.failed("ana.lopez", "10.0.0.1");
        var verdict = throttle.check("ana.lopez", "10.0.0.1");
        assertEquals(
                SignInThrottle.Refusal.ACCOUNT_DELAYED,
                verdict.orElseThrow().refusal(),
                "the fourth failure makes the next wait");
        assertEquals(1, verdict.get().secondsLeft(clock.instant().plusMillis(1)));
    }

    @Test
    void delayAfter_shouldDoubleUpToTheCap() {
        assertEquals(Duration.ZERO, SignInThrottle.delayAfter(3));
        assertEquals(Duration.ofSeconds(1), SignInThrottle.delayAfter(4));
        assertEquals(Duration.ofSeconds(2), SignInThrottle.delayAfter(5));
        assertEquals(Duration.ofSeconds(4), SignInThrottle.delayAfter(6));
        assertEquals(Duration.ofSeconds(32), SignInThrottle.delayAfter(9));
        assertEquals(SignInThrottle.MAX_DELAY, SignInThrottle.delayAfter(10));
        assertEquals(SignInThrottle.MAX_DELAY, SignInThrottle.delayAfter(1000));
    }

    @Test
    void check_shouldAcceptAnAttemptOnceTheDelayIsOver() {
        failTimes("ana.lopez", "10.0.0.1", 5); // next waits 2 s
        assertFalse(throttle.check("ana.lopez", "10.0.0.1").isEmpty());
        clock.advance(Duration.ofMillis(1999));
        assertFalse(throttle.check("ana.lopez", "10.0.0.1").isEmpty());
        clock.advance(Duration.ofMillis(1));
        assertTrue(throttle.check("ana.lopez", "10.0.0.1").isEmpty());
    }

    @Test
    void failed_shouldLockTheAccountAtTheTenthFailureUntilItExpires() {
        for (int i = 1; i < SignInThrottle.LOCK_AFTER; i++) {
            assertFalse(throttle.failed("ana.lopez", "10.0.0." + i).lockedNow(), "failure " + i);
            clock.advance(SignInThrottle.MAX_DELAY);
        }
        assertTrue(throttle.failed("ana.lopez", "10.0.0.99").lockedNow());
        assertEquals(
                SignInThrottle.Refusal.ACCOUNT_LOCKED,
                throttle.check("ana.lopez", "10.0.0.100").orElseThrow().refusal(),
                "locked for every address");
        assertTrue(throttle.lockedUntil("ana.lopez").isPresent());
        clock.advance(SignInThrottle.LOCK_DURATION.minusSeconds(1));
        assertFalse(throttle.check("ana.lopez", "10.0.0.100").isEmpty());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(throttle.check("ana.lopez", "10.0.0.100").isEmpty(), "the lock expires by itself");
        assertTrue(throttle.lockedUntil("ana.lopez").isEmpty());
        assertFalse(throttle.failed("ana.lopez", "10.0.0.100").lockedNow(), "after the lock the count starts again");
        assertTrue(throttle.check("ana.lopez", "10.0.0.100").isEmpty());
    }

    @Test
    void lift_shouldEndTheLockAtOnce() {
        for (int i = 0; i < SignInThrottle.LOCK_AFTER; i++) {
            throttle.failed("grace.okafor", "10.0.1." + i);
        }
        assertTrue(throttle.lockedUntil("grace.okafor").isPresent());
        assertTrue(throttle.lift("grace.okafor"));
        assertTrue(throttle.check("grace.okafor", "10.0.2.1").isEmpty());
        assertFalse(throttle.lift("grace.okafor"), "nothing left to lift");
    }

    @Test
    void succeeded_shouldClearTheAccountButNotTheAddress() {
        failTimes("ana.lopez", "10.0.0.1", 3);
        throttle.succeeded("ana.lopez");
        failTimes("ana.lopez", "10.0.0.1", 3);
        assertTrue(throttle.check("ana.lopez", "10.0.0.1").isEmpty(), "the count started again after the success");
        failTimes("someone", "10.0.0.1", SignInThrottle.ADDRESS_FAILURES - 6);
        throttle.succeeded("ana.lopez");
        assertEquals(
                SignInThrottle.Refusal.ADDRESS_BLOCKED,
                throttle.check("grace.okafor", "10.0.0.1").orElseThrow().refusal(),
                "a success on one account buys no more guesses at others");
    }

    @Test
    void check_shouldBlockAnAddressThatGuessesAcrossAccounts() {
        for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
            assertTrue(throttle.check("user" + i, "203.0.113.9").isEmpty(), "attempt " + i);
            throttle.failed("user" + i, "203.0.113.9");
        }
        assertEquals(
                SignInThrottle.Refusal.ADDRESS_BLOCKED,
                throttle.check("ana.lopez", "203.0.113.9").orElseThrow().refusal());
        assertTrue(throttle.check("ana.lopez", "198.51.100.1").isEmpty(), "other addresses are not affected");
        clock.advance(SignInThrottle.ADDRESS_WINDOW);
        assertTrue(throttle.check("ana.lopez", "203.0.113.9").isEmpty(), "the block ends with its window");
    }

    @Test
    void oneAddress_shouldLockAtMostTwoAccountsPerWindow() {
        int locked = 0;
        String[] accounts = {"a.one", "b.two", "c.three"};
        for (String account : accounts) {
            for (int i = 0; i < SignInThrottle.LOCK_AFTER; i++) {
                if (throttle.check(account, "203.0.113.9").isEmpty()
                        && throttle.failed(account, "203.0.113.9").lockedNow()) {
                    locked++;
                }
                clock.advance(SignInThrottle.MAX_DELAY.dividedBy(30)); // 2 s: the attacker waits out short delays
            }
        }
        assertTrue(locked <= 2, "locked " + locked);
        assertTrue(throttle.lockedUntil("c.three").isEmpty());
    }

    @Test
    void twoServers_shouldLockTogetherAfterFailuresSplitBetweenThem() {
        SignInThrottle.InMemory shared = new SignInThrottle.InMemory();
        SignInThrottle first = new SignInThrottle(clock, shared);
        SignInThrottle second = new SignInThrottle(clock, shared);
        int lockedNow = 0;
        for (int i = 1; i <= SignInThrottle.LOCK_AFTER; i++) {
            SignInThrottle server = i % 2 == 0 ? second : first; // the balancer sends each attempt elsewhere
            assertTrue(server.check("ana.lopez", "10.0.0." + i).isEmpty(), "attempt " + i + " was let through");
            if (server.failed("ana.lopez", "10.0.0." + i).lockedNow()) {
                lockedNow++;
            }
            clock.advance(SignInThrottle.MAX_DELAY);
        }
        assertEquals(1, lockedNow, "the tenth failure locked it, on whichever server saw it");
        assertEquals(
                SignInThrottle.Refusal.ACCOUNT_LOCKED,
                first.check("ana.lopez", "10.0.1.1").orElseThrow().refusal());
        assertEquals(
                SignInThrottle.Refusal.ACCOUNT_LOCKED,
                second.check("ana.lopez", "10.0.1.1").orElseThrow().refusal());
        assertTrue(first.lift("ana.lopez"), "an admin on one server lifts it");
        assertTrue(second.check("ana.lopez", "10.0.1.1").isEmpty(), "and the other server lets her in at once");
        assertTrue(second.lockedUntil("ana.lopez").isEmpty());
    }

    @Test
    void twoServers_shouldShareTheDelaysAndTheAddressCount() {
        SignInThrottle.InMemory shared = new SignInThrottle.InMemory();
        SignInThrottle first = new SignInThrottle(clock, shared);
        SignInThrottle second = new SignInThrottle(clock, shared);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES + 1; i++) {
            (i % 2 == 0 ? first : second).failed("grace.okafor", "10.0.0.1");
        }
        assertEquals(
                SignInThrottle.Refusal.ACCOUNT_DELAYED,
                first.check("grace.okafor", "10.0.0.1").orElseThrow().refusal());
        assertEquals(
                SignInThrottle.Refusal.ACCOUNT_DELAYED,
                second.check("grace.okafor", "10.0.0.1").orElseThrow().refusal());
        for (int i = 0; i < SignInThrottle.ADDRESS_FAILURES; i++) {
            (i % 2 == 0 ? first : second).failed("user" + i, "203.0.113.9");
        }
        assertEquals(
                SignInThrottle.Refusal.ADDRESS_BLOCKED,
                first.check("nobody", "203.0.113.9").orElseThrow().refusal());
        assertEquals(
                SignInThrottle.Refusal.ADDRESS_BLOCKED,
                second.check("nobody", "203.0.113.9").orElseThrow().refusal());
        second.succeeded("grace.okafor");
        assertTrue(
                first.check("grace.okafor", "10.0.0.2").isEmpty(), "a success on one server clears the account on all");
    }

    @Test
    void aRestart_shouldForgetNothing() {
        SignInThrottle.InMemory database = new SignInThrottle.InMemory();
        failTimes(new SignInThrottle(clock, database), "ana.lopez", SignInThrottle.LOCK_AFTER);
        SignInThrottle afterRestart = new SignInThrottle(clock, database);
        assertEquals(
                SignInThrottle.Refusal.ACCOUNT_LOCKED,
                afterRestart.check("ana.lopez", "10.0.0.1").orElseThrow().refusal());
    }

    @Test
    void failuresOlderThanTheMemory_shouldNoLongerCountAndBeDeleted() {
        SignInThrottle.InMemory log = new SignInThrottle.InMemory();
        SignInThrottle server = new SignInThrottle(clock, log);
        failTimes(server, "ana.lopez", SignInThrottle.FREE_FAILURES + 2);
        assertFalse(server.check("ana.lopez", "10.0.0.1").isEmpty());
        clock.advance(SignInThrottle.MEMORY.plusSeconds(1));
        assertTrue(server.check("ana.lopez", "10.0.0.1").isEmpty());
        server.failed("ana.lopez", "10.0.0.1");
        assertTrue(server.check("ana.lopez", "10.0.0.1").isEmpty(), "one failure, not six: the old ones are forgotten");
        assertEquals(2, log.size(), "the old events were deleted; the new failure's two remain");
    }

    @Test
    void succeeded_shouldWriteNothingWhenThereIsNothingToClear() {
        SignInThrottle.InMemory log = new SignInThrottle.InMemory();
        new SignInThrottle(clock, log).succeeded("ana.lopez");
        assertEquals(0, log.size());
    }

    @Test
    void lockedUntilOfMany_shouldAgreeWithOneAtATimeAtEveryBoundary() {
        SignInThrottle.InMemory log = new SignInThrottle.InMemory();
        SignInThrottle server = new SignInThrottle(clock, log);
        List<String> accounts = List.of("one.short", "at.the.lock", "lifted", "never.failed", "x".repeat(250));
        failTimes(server, "one.short", SignInThrottle.LOCK_AFTER - 1);
        failTimes(server, "at.the.lock", SignInThrottle.LOCK_AFTER);
        failTimes(server, "lifted", SignInThrottle.LOCK_AFTER);
        server.lift("lifted");
        failTimes(server, "x".repeat(250), SignInThrottle.LOCK_AFTER);
        assertAgree(server, accounts);
        assertEquals(
                Set.of("at.the.lock", "x".repeat(250)),
                server.lockedUntil(accounts).keySet());

        clock.advance(SignInThrottle.LOCK_DURATION.minusMillis(1));
        assertAgree(server, accounts);
        assertEquals(2, server.lockedUntil(accounts).size(), "still locked a millisecond before the end");
        clock.advance(Duration.ofMillis(1));
        assertAgree(server, accounts);
        assertTrue(server.lockedUntil(accounts).isEmpty(), "the locks expire by themselves at the same instant");

        failTimes(server, "at.the.lock", SignInThrottle.LOCK_AFTER - 1);
        assertAgree(server, accounts);
        assertTrue(server.lockedUntil(accounts).isEmpty(), "after the lock the count starts again");
        server.failed("at.the.lock", "10.0.0.1");
        assertAgree(server, accounts);
        assertEquals(Set.of("at.the.lock"), server.lockedUntil(accounts).keySet());
        clock.advance(SignInThrottle.MEMORY.plusSeconds(1));
        assertAgree(server, accounts);
        assertTrue(server.lockedUntil(List.of()).isEmpty());
    }

    private static void assertAgree(SignInThrottle server, List<String> accounts) {
        Map<String, Instant> many = server.lockedUntil(accounts);
        for (String account : accounts) {
            assertEquals(server.lockedUntil(account), Optional.ofNullable(many.get(account)), account);
        }
    }

    private void failTimes(SignInThrottle server, String username, int times) {
        for (int i = 0; i < times; i++) {
            server.failed(username, "10.0.0.1");
        }
    }

    private void failTimes(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }
}
