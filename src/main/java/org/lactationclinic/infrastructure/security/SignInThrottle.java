package org.lactationclinic.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Vetoed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Slows down password guessing (issue 15, point 2; OWASP ASVS 2.2.1), before the password is hashed, so a refused
 * attempt costs no PBKDF2 work either.
 *
 * <p><b>Per account</b> (the username typed, whether or not it names an account, so the answers reveal nothing): the
 * first {@value #FREE_FAILURES} consecutive failures are free; each further one makes the next attempt wait twice as
 * long as the last (1 s, 2 s, 4 s ... at most {@link #MAX_DELAY}); after {@value #LOCK_AFTER} the account is locked for
 * {@link #LOCK_DURATION}, or until an admin lifts it (staff list). A success clears it.
 *
 * <p><b>Per address</b>, checked first: {@value #ADDRESS_FAILURES} failures within {@link #ADDRESS_WINDOW} from one
 * address, over any accounts, block that address for the rest of the window. A success does not clear it (one valid
 * account must not buy more guesses at others).
 *
 * <p><b>Why an attacker cannot lock everyone out for good.</b> From one address she reaches the address limit after
 * {@value #ADDRESS_FAILURES} failures, enough to lock two accounts per {@link #ADDRESS_WINDOW}; every lock expires by
 * itself after {@link #LOCK_DURATION}, and an admin lifts it at once. Many addresses can keep one account locked, not
 * the clinic (the admin's own account included: she lifts it from another admin's session, or waits
 * {@link #LOCK_DURATION}).
 *
 * <p><b>Shared by every server.</b> The counts are not kept here but replayed from {@link SignInAttempts}, on the
 * server the database's log ({@link DatabaseSignInAttempts}): with several app servers behind a balancer each sees the
 * failures of all, so an attacker gets no more attempts from N servers than from one, and a restart forgets nothing.
 * The rules above are applied to the events of the last {@link #MEMORY} only ({@link #LOCK_DURATION} plus
 * {@link #ADDRESS_WINDOW}, what the single-server version called stale): an account's failures older than that no
 * longer count (a guesser waiting out {@link #MEMORY} after each burst of {@code LOCK_AFTER - 1} failures is never
 * locked, but gets fewer guesses an hour than one who runs into the lock), and an address's window is rebuilt from the
 * failures of that span. Older events are deleted now and then ({@link #PURGE_EVERY}): they are security counters, not
 * clinical records, and the audit trail keeps every failed sign-in. Each server stamps its events with its own clock,
 * so the servers' clocks must agree (NTP): a skew of a few seconds shifts a delay by as much.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_FAILURES = 3;
    public static final int LOCK_AFTER = 10;
    static final Duration MAX_DELAY = Duration.ofSeconds(60);
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    static final int ADDRESS_FAILURES = 20;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    /** How far back the events are replayed: older ones no longer count and are deleted. */
    static final Duration MEMORY = LOCK_DURATION.plus(ADDRESS_WINDOW);

    static final Duration PURGE_EVERY = Duration.ofMinutes(5);

    /** Why an attempt was refused without checking the password, and until when. */
    public enum Refusal {
        ACCOUNT_DELAYED,
        ACCOUNT_LOCKED,
        ADDRESS_BLOCKED
    }

    public record Verdict(Refusal refusal, Instant until) {
        public long secondsLeft(Instant now) {
            return Math.max(1, Duration.between(now, until).toSeconds() + 1);
        }
    }

    /** What {@link #failed} changed: true when this failure locked the account. */
    public record Failure(boolean lockedNow) {}

    private record AccountState(int failures, Instant lastFailure, Instant lockedUntil) {}

    private record AddressState(int failures, Instant windowStart) {}

    private final Clock clock;
    private final SignInAttempts attempts;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);

    @Inject
    public SignInThrottle(Clock clock, SignInAttempts attempts) {
        this.clock = clock;
        this.attempts = attempts;
    }

    /** One server's memory only: for unit tests of the rules. */
    public SignInThrottle(Clock clock) {
        this(clock, new InMemory());
    }

    /** For the container's proxy only. */
    protected SignInThrottle() {
        this.clock = null;
        this.attempts = null;
    }

    /** Empty when the attempt may go ahead; otherwise why not and until when. */
    public Optional<Verdict> check(String username, String address) {
        Instant now = clock.instant();
        AddressState byAddress = address == null ? null : address(key(address), now);
        if (byAddress != null
                && byAddress.failures() >= ADDRESS_FAILURES
                && now.isBefore(byAddress.windowStart().plus(ADDRESS_WINDOW))) {
            return Optional.of(
                    new Verdict(Refusal.ADDRESS_BLOCKED, byAddress.windowStart().plus(ADDRESS_WINDOW)));
        }
        AccountState account = account(key(username), now).state();
        if (account == null) {
            return Optional.empty();
        }
        if (account.lockedUntil() != null && now.isBefore(account.lockedUntil())) {
            return Optional.of(new Verdict(Refusal.ACCOUNT_LOCKED, account.lockedUntil()));
        }
        Instant next = account.lastFailure().plus(delayAfter(account.failures()));
        return now.isBefore(next) ? Optional.of(new Verdict(Refusal.ACCOUNT_DELAYED, next)) : Optional.empty();
    }

    /** How long the next attempt waits after this many consecutive failures. */
    static Duration delayAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 30);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /**
     * A wrong password (or an unknown username) from this address. Whether this failure locked the account is read back
     * from the log: when two servers record failures at once, only the one whose event crossed {@value #LOCK_AFTER}
     * says so.
     */
    public Failure failed(String username, String address) {
        Instant now = clock.instant();
        purgeNowAndThen(now);
        if (address != null) {
            attempts.append(SignInAttempts.Kind.ADDRESS, key(address), SignInAttempts.Outcome.FAILURE, now);
        }
        long mine = attempts.append(SignInAttempts.Kind.ACCOUNT, key(username), SignInAttempts.Outcome.FAILURE, now);
        return new Failure(account(key(username), now).lockedBy() == mine);
    }

    /** The right password: the account's count starts again (the address's does not). */
    public void succeeded(String username) {
        // Nothing to clear is the common case: one read spares the log a row per sign-in.
        if (account(key(username), clock.instant()).state() != null) {
            attempts.append(
                    SignInAttempts.Kind.ACCOUNT, key(username), SignInAttempts.Outcome.CLEARED, clock.instant());
        }
    }

    /** An admin lifts the account's lock and delays. True when there was anything to lift. */
    public boolean lift(String username) {
        if (account(key(username), clock.instant()).state() == null) {
            return false;
        }
        attempts.append(SignInAttempts.Kind.ACCOUNT, key(username), SignInAttempts.Outcome.CLEARED, clock.instant());
        return true;
    }

    /** Until when the account is locked, if it is. */
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return lockedUntil(account(key(username), now).state(), now);
    }

    /**
     * Until when each of these accounts is locked, for those that are: {@link #lockedUntil(String)} for many accounts
     * (the staff list), with their events read at once rather than one read per account.
     */
    public Map<String, Instant> lockedUntil(Collection<String> usernames) {
        Instant now = clock.instant();
        Map<String, List<SignInAttempts.Attempt>> events = attempts.since(
                SignInAttempts.Kind.ACCOUNT,
                usernames.stream().map(SignInThrottle::key).collect(Collectors.toSet()),
                now.minus(MEMORY));
        Map<String, Instant> locked = new HashMap<>();
        for (String username : usernames) {
            lockedUntil(replay(events.getOrDefault(key(username), List.of())).state(), now)
                    .ifPresent(until -> locked.put(username, until));
        }
        return locked;
    }

    private static Optional<Instant> lockedUntil(AccountState state, Instant now) {
        return state == null || state.lockedUntil() == null || !now.isBefore(state.lockedUntil())
                ? Optional.empty()
                : Optional.of(state.lockedUntil());
    }

    /** The account's state replayed from its events, and the id of the failure that set its lock (0 if none). */
    private record Replayed(AccountState state, long lockedBy) {}

    private Replayed account(String username, Instant now) {
        return replay(attempts.since(SignInAttempts.Kind.ACCOUNT, username, now.minus(MEMORY)));
    }

    /** An account's events, oldest first, through the rules above. */
    private static Replayed replay(List<SignInAttempts.Attempt> events) {
        AccountState state = null;
        long lockedBy = 0;
        for (SignInAttempts.Attempt event : events) {
            if (event.outcome() == SignInAttempts.Outcome.CLEARED) {
                state = null;
                lockedBy = 0;
                continue;
            }
            Instant at = event.at();
            if (state == null) {
                state = new AccountState(1, at, null);
            } else {
                boolean lockOver = state.lockedUntil() != null && !at.isBefore(state.lockedUntil());
                int failures = lockOver ? 1 : state.failures() + 1;
                Instant lockedUntil = lockOver ? null : state.lockedUntil();
                if (lockOver) {
                    lockedBy = 0;
                }
                if (failures >= LOCK_AFTER && lockedUntil == null) {
                    lockedUntil = at.plus(LOCK_DURATION);
                    lockedBy = event.id();
                }
                state = new AccountState(failures, at, lockedUntil);
            }
        }
        return new Replayed(state, lockedBy);
    }

    private AddressState address(String address, Instant now) {
        AddressState state = null;
        for (SignInAttempts.Attempt event : attempts.since(SignInAttempts.Kind.ADDRESS, address, now.minus(MEMORY))) {
            Instant at = event.at();
            state = state != null && at.isBefore(state.windowStart().plus(ADDRESS_WINDOW))
                    ? new AddressState(state.failures() + 1, state.windowStart())
                    : new AddressState(1, at);
        }
        return state;
    }

    /** The log's keys are at most this long; a longer username typed shares its count with others of the same start. */
    static final int KEY_LENGTH = 200;

    private static String key(String usernameOrAddress) {
        return usernameOrAddress.length() > KEY_LENGTH ? usernameOrAddress.substring(0, KEY_LENGTH) : usernameOrAddress;
    }

    /** At most once per {@link #PURGE_EVERY} on each server, on a failure: no timer, and nothing when all is quiet. */
    private void purgeNowAndThen(Instant now) {
        Instant last = lastPurge.get();
        if (now.isAfter(last.plus(PURGE_EVERY)) && lastPurge.compareAndSet(last, now)) {
            attempts.forgetBefore(now.minus(MEMORY));
        }
    }

    /** The log in this server's memory: what the unit tests share between two throttles to play two servers. */
    @Vetoed
    public static final class InMemory implements SignInAttempts {

        private record Row(long id, Kind kind, String key, Outcome outcome, Instant at) {}

        private final List<Row> rows = new CopyOnWriteArrayList<>();
        private final AtomicLong ids = new AtomicLong();

        @Override
        public long append(Kind kind, String key, Outcome outcome, Instant at) {
            long id = ids.incrementAndGet();
            rows.add(new Row(id, kind, key, outcome, at));
            return id;
        }

        @Override
        public List<Attempt> since(Kind kind, String key, Instant from) {
            return rows.stream()
                    .filter(row -> row.kind() == kind
                            && row.key().equals(key)
                            && !row.at().isBefore(from))
                    .sorted(Comparator.comparing(Row::at).thenComparingLong(Row::id))
                    .map(row -> new Attempt(row.id(), row.outcome(), row.at()))
                    .toList();
        }

        @Override
        public Map<String, List<Attempt>> since(Kind kind, Collection<String> keys, Instant from) {
            Map<String, List<Attempt>> byKey = new HashMap<>();
            keys.forEach(key -> byKey.put(key, since(kind, key, from)));
            return byKey;
        }

        @Override
        public void forgetBefore(Instant before) {
            rows.removeIf(row -> row.at().isBefore(before));
        }

        /** How many events are kept: what the purge test counts. */
        public int size() {
            return rows.size();
        }
    }
}
