package org.lactationclinic.domain.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the audit chain in sequence order and names what was tampered with. Fed one event at a time ({@link #accept}),
 * so the caller pages through any number of events in constant memory.
 *
 * <ul>
 *   <li>An <b>edited</b> event: its stored hash is not the hash of its fields (any field changed, the previous-hash
 *       link included).
 *   <li><b>Missing</b> events: a gap in the sequence numbers, or fewer events than the chain head counts (the last
 *       events deleted). The event after a gap cannot link to the deleted one, so it is not reported again.
 *   <li>A <b>broken link</b>: an event whose own hash is right, directly after an event whose stored hash it does not
 *       name. The event before was changed and its hash recomputed to hide it (or this event's link was rewritten with
 *       its hash): either way the chain no longer vouches for the event before.
 *   <li>Since V40 every hash is an HMAC under a key the database does not hold ({@link AuditKey}): an event changed and
 *       its hash recomputed without the key is <b>edited</b>; so is an unkeyed event after a keyed one (a forger
 *       falling back to the unkeyed hash). An event signed with a key this server lacks is <b>unverifiable</b>, and the
 *       chain is then not reported intact.
 * </ul>
 *
 * Each list keeps at most {@value #MAX_REPORTED} entries (a wrecked chain would otherwise fill memory);
 * {@link Result#truncated()} says when more were found.
 */
public final class AuditChainVerifier {

    static final int MAX_REPORTED = 1000;

    /**
     * What the verifier needs of one stored event; {@code computedHash} is the hash of its stored fields (null when the
     * key that signed it is not configured), {@code keyed} whether it is an HMAC (V40) or a plain SHA-256.
     */
    public record Link(
            long id, long sequenceNumber, String prevHash, String storedHash, String computedHash, boolean keyed) {

        /** An unkeyed event, as every event was before the chain was keyed. */
        public Link(long id, long sequenceNumber, String prevHash, String storedHash, String computedHash) {
            this(id, sequenceNumber, prevHash, storedHash, computedHash, false);
        }
    }

    /** An event signed with a key this server does not hold: nothing can be said of it. */
    public record UnverifiableEvent(long sequenceNumber, long id) {}

    /** An event whose fields no longer match its hash. */
    public record EditedEvent(long sequenceNumber, long id) {}

    /** Sequence numbers {@code first} to {@code last}, both included, that are no longer there. */
    public record MissingEvents(long first, long last) {

        public long count() {
            return last - first + 1;
        }
    }

    /** An event that does not link to the stored hash of the event before it. */
    public record BrokenLink(long sequenceNumber, long id) {}

    /**
     * @param eventsChecked how many events were read
     * @param lastSequence the chain head's last sequence number, as far as the check went
     */
    public record Result(
            long eventsChecked,
            long lastSequence,
            List<EditedEvent> edited,
            List<MissingEvents> missing,
            List<BrokenLink> brokenLinks,
            List<UnverifiableEvent> unverifiable,
            boolean truncated) {

        public boolean intact() {
            return edited.isEmpty() && missing.isEmpty() && brokenLinks.isEmpty() && unverifiable.isEmpty();
        }

        public long missingCount() {
            return missing.stream().mapToLong(MissingEvents::count).sum();
        }
    }

    private final long headSequence;
    private final List<EditedEvent> edited = new ArrayList<>();
    private final List<MissingEvents> missing = new ArrayList<>();
    private final List<BrokenLink> brokenLinks = new ArrayList<>();
    private final List<UnverifiableEvent> unverifiable = new ArrayList<>();
    private boolean keyedSeen;
    private boolean truncated;
    private long previousSequence;
    private String previousHash = AuditHash.GENESIS;
    private long checked;

    /** @param headSequence the last sequence number the chain head recorded when the walk began */
    public AuditChainVerifier(long headSequence) {
        this.headSequence = headSequence;
    }

    /** The next event, in increasing sequence order. */
    public void accept(Link link) {
        if (link.sequenceNumber() <= previousSequence) {
            throw new IllegalArgumentException("Events must come in increasing sequence order: " + link.sequenceNumber()
                    + " after " + previousSequence);
        }
        boolean gap = link.sequenceNumber() > previousSequence + 1;
        if (gap) {
            report(missing, new MissingEvents(previousSequence + 1, link.sequenceNumber() - 1));
        }
        if (link.keyed() && link.computedHash() == null) {
            report(unverifiable, new UnverifiableEvent(link.sequenceNumber(), link.id()));
        } else if (!link.storedHash().equals(link.computedHash()) || keyedSeen && !link.keyed()) {
            // An unkeyed event after a keyed one is a forgery: the application keys every event since V40, and
            // someone without the key who rewrote an event would have to fall back to the unkeyed hash.
            report(edited, new EditedEvent(link.sequenceNumber(), link.id()));
        } else if (!gap && !link.prevHash().equals(previousHash)) {
            report(brokenLinks, new BrokenLink(link.sequenceNumber(), link.id()));
        }
        keyedSeen |= link.keyed();
        previousSequence = link.sequenceNumber();
        previousHash = link.storedHash();
        checked++;
    }

    /** The findings, once every event up to the head's sequence number was given. */
    public Result finish() {
        if (headSequence > previousSequence) {
            report(missing, new MissingEvents(previousSequence + 1, headSequence));
        }
        return new Result(
                checked,
                Math.max(headSequence, previousSequence),
                List.copyOf(edited),
                List.copyOf(missing),
                List.copyOf(brokenLinks),
                List.copyOf(unverifiable),
                truncated);
    }

    private <T> void report(List<T> findings, T finding) {
        if (findings.size() < MAX_REPORTED) {
            findings.add(finding);
        } else {
            truncated = true;
        }
    }
}
