package org.lactationclinic.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainVerifierTest {

    private static final Instant START = Instant.parse("2026-11-26T09:00:00Z");

    /** A correct chain of {@code n} events, ids 100 + sequence number, as links. */
    private static List<AuditChainVerifier.Link> chain(int n) {
        List<AuditChainVerifier.Link> links = new ArrayList<>();
        String prev = AuditHash.GENESIS;
        for (long seq = 1; seq <= n; seq++) {
            UUID record = new UUID(0, seq);
            Instant at = START.plusSeconds(seq);
            String hash = AuditHash.of(
                    prev, seq, at, "ana.lopez", AuditActionType.VIEW, AuditRecordType.MOTHER, record, "overview", null);
            links.add(new AuditChainVerifier.Link(100 + seq, seq, prev, hash, hash));
            prev = hash;
        }
        return links;
    }

    private static AuditChainVerifier.Result verify(List<AuditChainVerifier.Link> links, long head) {
        AuditChainVerifier verifier = new AuditChainVerifier(head);
        links.forEach(verifier::accept);
        return verifier.finish();
    }

    /** The link as the verifier sees a row whose fields a DBA changed without fixing its hash. */
    private static AuditChainVerifier.Link edited(AuditChainVerifier.Link link) {
        return new AuditChainVerifier.Link(
                link.id(),
                link.sequenceNumber(),
                link.prevHash(),
                link.storedHash(),
                AuditHash.of(
                        link.prevHash(),
                        link.sequenceNumber(),
                        START,
                        "someone.else",
                        AuditActionType.VIEW,
                        null,
                        null,
                        null,
                        null));
    }

    @Test
    void finish_onAnUntouchedChain_shouldBeIntact() {
        AuditChainVerifier.Result result = verify(chain(50), 50);

        assertTrue(result.intact());
        assertEquals(50, result.eventsChecked());
        assertEquals(50, result.lastSequence());
    }

    @Test
    void finish_onAnEmptyChain_shouldBeIntact() {
        assertTrue(verify(List.of(), 0).intact());
    }

    @Test
    void finish_withAnEditedEvent_shouldNameItsSequenceNumberAndId() {
        List<AuditChainVerifier.Link> links = chain(10);
        links.set(3, edited(links.get(3)));

        AuditChainVerifier.Result result = verify(links, 10);

        assertEquals(List.of(new AuditChainVerifier.EditedEvent(4, 104)), result.edited());
        assertEquals(List.of(), result.missing());
        assertEquals(List.of(), result.brokenLinks(), "the next event still links to the stored hash");
        assertFalse(result.intact());
    }

    @Test
    void finish_withDeletedEvents_shouldNameTheMissingSequenceNumbers() {
        List<AuditChainVerifier.Link> links = chain(10);
        links.remove(6); // 7
        links.remove(2); // 3
        links.remove(2); // 4

        AuditChainVerifier.Result result = verify(links, 10);

        assertEquals(
                List.of(new AuditChainVerifier.MissingEvents(3, 4), new AuditChainVerifier.MissingEvents(7, 7)),
                result.missing());
        assertEquals(3, result.missingCount());
        assertEquals(List.of(), result.edited());
        assertEquals(List.of(), result.brokenLinks(), "the event after a gap is not blamed for it");
    }

    @Test
    void finish_withTheLastEventsDeleted_shouldNameThemFromTheHead() {
        List<AuditChainVerifier.Link> links = chain(8);

        AuditChainVerifier.Result result = verify(links.subList(0, 6), 8);

        assertEquals(List.of(new AuditChainVerifier.MissingEvents(7, 8)), result.missing());
    }

    @Test
    void finish_withTheFirstEventDeleted_shouldNameIt() {
        AuditChainVerifier.Result result = verify(chain(5).subList(1, 5), 5);

        assertEquals(List.of(new AuditChainVerifier.MissingEvents(1, 1)), result.missing());
    }

    @Test
    void finish_withAnEventRewrittenAndItsHashRecomputed_shouldReportTheBrokenLinkAfterIt() {
        List<AuditChainVerifier.Link> links = chain(6);
        AuditChainVerifier.Link original = links.get(2);
        String forged = AuditHash.of(
                original.prevHash(), 3, START, "someone.else", AuditActionType.VIEW, null, null, null, null);
        links.set(2, new AuditChainVerifier.Link(original.id(), 3, original.prevHash(), forged, forged));

        AuditChainVerifier.Result result = verify(links, 6);

        assertEquals(List.of(new AuditChainVerifier.BrokenLink(4, 104)), result.brokenLinks());
        assertEquals(List.of(), result.edited());
    }

    @Test
    void finish_withEditsAndDeletionsTogether_shouldNameEach() {
        List<AuditChainVerifier.Link> links = chain(20);
        links.set(14, edited(links.get(14))); // 15
        links.remove(4); // 5

        AuditChainVerifier.Result result = verify(links, 20);

        assertEquals(List.of(new AuditChainVerifier.EditedEvent(15, 115)), result.edited());
        assertEquals(List.of(new AuditChainVerifier.MissingEvents(5, 5)), result.missing());
    }

    @Test
    void finish_withMoreFindingsThanItKeeps_shouldSayTheListIsCut() {
        List<AuditChainVerifier.Link> links = chain(AuditChainVerifier.MAX_REPORTED + 5);
        links.replaceAll(AuditChainVerifierTest::edited);

        AuditChainVerifier.Result result = verify(links, links.size());

        assertEquals(AuditChainVerifier.MAX_REPORTED, result.edited().size());
        assertTrue(result.truncated());
    }

    @Test
    void accept_outOfOrder_shouldBeRefused() {
        AuditChainVerifier verifier = new AuditChainVerifier(3);
        List<AuditChainVerifier.Link> links = chain(3);
        verifier.accept(links.get(1));

        assertThrows(IllegalArgumentException.class, () -> verifier.accept(links.get(0)));
    }
}
