package org.lactationclinic.domain.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When an autosave of a draft writes the consultation itself (one Envers revision, one audit event) and when
 * it only keeps a scratch copy of the form.
 * <p>
 * The form autosaves a few seconds after every pause in typing. Writing each of those would leave dozens of
 * revisions per visit and make the history unreadable, so a consultant's autosaves are coalesced: the record
 * is written when the last revision of the consultation is not hers, or is at least {@link #COALESCING_INTERVAL}
 * old; in between, the form goes to the scratch copy, which the next written revision replaces. While she
 * types, history therefore gains at most one revision a minute; the first autosave of a new editing session
 * (another consultant's revision last, or hers more than a minute ago) writes at once.
 */
public final class AutosavePolicy {

    /** One revision a minute at most: fine enough to see how a note grew, coarse enough to read. */
    public static final Duration COALESCING_INTERVAL = Duration.ofMinutes(1);

    private AutosavePolicy() {
    }

    /**
     * @param lastChangedBy who wrote the consultation's last revision (its creator when never changed)
     * @param lastChangedAt when, or null when unknown
     * @param user          who autosaves now
     * @return true when this autosave writes the record, false when it only keeps the scratch copy
     */
    public static boolean writesRevision(String lastChangedBy, Instant lastChangedAt, String user, Instant now) {
        Objects.requireNonNull(user);
        Objects.requireNonNull(now);
        return lastChangedAt == null || !user.equals(lastChangedBy)
                || !now.isBefore(lastChangedAt.plus(COALESCING_INTERVAL));
    }

    /** The earliest time an autosave by the last writer writes the record again. */
    public static Instant nextRevisionAt(Instant lastChangedAt) {
        return lastChangedAt.plus(COALESCING_INTERVAL);
    }
}
