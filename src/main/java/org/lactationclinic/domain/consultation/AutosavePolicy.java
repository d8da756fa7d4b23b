package org.lactationclinic.domain.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When an autosave of a draft writes the consultation itself (one Envers revision, one audit event) and when it only
 * keeps a scratch copy of the form.
 *
 * <p>The form autosaves a few seconds after every pause in typing. Writing each of those would leave dozens of
 * revisions per visit and make the history unreadable, so a consultant's autosaves are coalesced: the record is written
 * when she has not written it (by a save or an autosave) in the last {@link #COALESCING_INTERVAL}; in between, the form
 * goes to the scratch copy, which the next written revision replaces. While she types, history therefore gains at most
 * one revision a minute, and the first autosave of a new editing session writes at once. A revision by someone else
 * needs no rule here: it changes the version, and her next autosave is refused as a concurrent edit.
 */
public final class AutosavePolicy {

    /** One revision a minute at most: fine enough to see how a note grew, coarse enough to read. */
    public static final Duration COALESCING_INTERVAL = Duration.ofMinutes(1);

    private AutosavePolicy() {}

    /**
     * @param lastRevisionAt when she last wrote the consultation in this editing session, or null when she has not (the
     *     first autosave after she opens it)
     * @return true when this autosave writes the record, false when it only keeps the scratch copy
     */
    public static boolean writesRevision(Instant lastRevisionAt, Instant now) {
        Objects.requireNonNull(now);
        return lastRevisionAt == null || !now.isBefore(nextRevisionAt(lastRevisionAt));
    }

    /** The earliest time her autosave writes the record again. */
    public static Instant nextRevisionAt(Instant lastRevisionAt) {
        return lastRevisionAt.plus(COALESCING_INTERVAL);
    }
}
