package org.lactationclinic.infrastructure.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where {@link SignInThrottle} keeps the failures it counts: an append-only log of events per account (the username
 * typed) and per address. The throttle replays a key's recent events through its rules; the log holds no state of its
 * own, so two servers that append at once cannot overwrite each other's counts, and no row is ever locked.
 *
 * <p>On the server the log is the database's ({@link DatabaseSignInAttempts}), so every server sees every failure and a
 * restart forgets none; the unit tests use {@link SignInThrottle}'s in-memory one.
 */
public interface SignInAttempts {

    /** Whose attempts: the username typed, or the client's address. */
    enum Kind {
        ACCOUNT,
        ADDRESS
    }

    /** A failed attempt, or the account's count cleared (a success, or an admin lifting the lock). */
    enum Outcome {
        FAILURE,
        CLEARED
    }

    /** One event; {@code id} orders events of the same instant in the order they were appended. */
    record Attempt(long id, Outcome outcome, Instant at) {}

    /** Appends an event and returns its id. Commits on its own, whatever becomes of the caller's transaction. */
    long append(Kind kind, String key, Outcome outcome, Instant at);

    /** The key's events at or after {@code from}, oldest first (by time, then id). */
    List<Attempt> since(Kind kind, String key, Instant from);

    /**
     * The events of each of these keys at or after {@code from}, oldest first, as {@link #since(Kind, String, Instant)}
     * gives them one key at a time, but in one read: for a page that shows many accounts. A key without events maps to
     * an empty list.
     */
    Map<String, List<Attempt>> since(Kind kind, Collection<String> keys, Instant from);

    /** Forgets the events older than {@code before}: the throttle no longer reads them. */
    void forgetBefore(Instant before);
}
