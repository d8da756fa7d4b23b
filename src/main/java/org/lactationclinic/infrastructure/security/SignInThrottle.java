package org.lactationclinic.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>The counts live in this server's memory: a restart forgets them, and with several app servers each counts its own
 * attempts (docs/security.md says so). At most {@value #MAX_ENTRIES} usernames and addresses are remembered; beyond
 * that the stale ones are dropped first and, under a flood, the new ones are limited at once.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_FAILURES = 3;
    public static final int LOCK_AFTER = 10;
    static final Duration MAX_DELAY = Duration.ofSeconds(60);
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    static final int ADDRESS_FAILURES = 20;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    static final int MAX_ENTRIES = 10_000;

    /** Why an attempt was refused without checking the password, and until when. */
    public enum Refusal {
        ACCOUNT_DELAYED,
        ACCOUNT_LOCKED,
        ADDRESS_BLOCKED,
        TOO_MANY_ENTRIES
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
    private final Map<String, AccountState> accounts = new ConcurrentHashMap<>();
    private final Map<String, AddressState> addresses = new ConcurrentHashMap<>();

    @Inject
    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** For the container's proxy only. */
    protected SignInThrottle() {
        this(Clock.systemUTC());
    }

    /** Empty when the attempt may go ahead; otherwise why not and until when. */
    public Optional<Verdict> check(String username, String address) {
        Instant now = clock.instant();
        AddressState byAddress = address == null ? null : addresses.get(address);
        if (byAddress != null
                && byAddress.failures() >= ADDRESS_FAILURES
                && now.isBefore(byAddress.windowStart().plus(ADDRESS_WINDOW))) {
            return Optional.of(
                    new Verdict(Refusal.ADDRESS_BLOCKED, byAddress.windowStart().plus(ADDRESS_WINDOW)));
        }
        AccountState account = accounts.get(username);
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

    /** A wrong password (or an unknown username) from this address. */
    public Failure failed(String username, String address) {
        Instant now = clock.instant();
        makeRoom(now);
        if (address != null) {
            addresses.merge(
                    address,
                    new AddressState(1, now),
                    (old, one) -> now.isBefore(old.windowStart().plus(ADDRESS_WINDOW))
                            ? new AddressState(old.failures() + 1, old.windowStart())
                            : one);
        }
        boolean[] lockedNow = {false};
        accounts.merge(username, new AccountState(1, now, null), (old, one) -> {
            boolean lockOver = old.lockedUntil() != null && !now.isBefore(old.lockedUntil());
            int failures = lockOver ? 1 : old.failures() + 1;
            Instant lockedUntil = lockOver ? null : old.lockedUntil();
            if (failures >= LOCK_AFTER && lockedUntil == null) {
                lockedUntil = now.plus(LOCK_DURATION);
                lockedNow[0] = true;
            }
            return new AccountState(failures, now, lockedUntil);
        });
        return new Failure(lockedNow[0]);
    }

    /** The right password: the account's count starts again (the address's does not). */
    public void succeeded(String username) {
        accounts.remove(username);
    }

    /** An admin lifts the account's lock and delays. True when there was anything to lift. */
    public boolean lift(String username) {
        return accounts.remove(username) != null;
    }

    /** Until when the account is locked, if it is. */
    public Optional<Instant> lockedUntil(String username) {
        AccountState state = accounts.get(username);
        return state == null || state.lockedUntil() == null || !clock.instant().isBefore(state.lockedUntil())
                ? Optional.empty()
                : Optional.of(state.lockedUntil());
    }

    private void makeRoom(Instant now) {
        if (accounts.size() + addresses.size() < MAX_ENTRIES) {
            return;
        }
        Instant stale = now.minus(ADDRESS_WINDOW.plus(LOCK_DURATION));
        for (Iterator<AccountState> it = accounts.values().iterator(); it.hasNext(); ) {
            AccountState state = it.next();
            if (state.lastFailure().isBefore(stale)) {
                it.remove();
            }
        }
        addresses.values().removeIf(state -> state.windowStart().isBefore(now.minus(ADDRESS_WINDOW)));
    }
}
