package org.lactationclinic.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 1: the chain is keyed, so whoever writes the database without the key cannot change an event and
 * recompute the chain unseen.
 */
class KeyedAuditChainTest {

    private static final Instant START = Instant.parse("2026-12-06T09:00:00Z");
    private static final AuditKey KEY =
            new AuditKey("k1", "the clinic's own secret, 32 bytes".getBytes(StandardCharsets.UTF_8));
    private static final AuditKey NEW_KEY =
            new AuditKey("k2", "a rotated secret of at least 32 b".getBytes(StandardCharsets.UTF_8));

    private static AuditKey.Ring ring(AuditKey... keys) {
        return new AuditKey.Ring() {
            @Override
            public AuditKey current() {
                return keys[0];
            }

            @Override
            public Optional<AuditKey> find(String id) {
                return java.util.Arrays.stream(keys)
                        .filter(k -> k.id().equals(id))
                        .findFirst();
            }
        };
    }

    /** Events as the repository appends them: each links to the stored hash of the one before. */
    private static List<AuditEvent> chain(int n, Function<Long, AuditKey> keyOf) {
        List<AuditEvent> events = new ArrayList<>();
        String prev = AuditHash.GENESIS;
        for (long seq = 1; seq <= n; seq++) {
            AuditEvent event = new AuditEvent(
                    seq,
                    prev,
                    START.plusSeconds(seq),
                    "ana.lopez",
                    AuditActionType.VIEW,
                    AuditRecordType.MOTHER,
                    new UUID(0, seq),
                    "overview",
                    "10.0.0.1",
                    new UUID(1, seq),
                    keyOf.apply(seq));
            events.add(event);
            prev = event.getHash();
        }
        return events;
    }

    private static AuditChainVerifier.Result verify(List<AuditEvent> events, AuditKey.Ring keys) {
        AuditChainVerifier verifier = new AuditChainVerifier(events.size());
        long id = 100;
        for (AuditEvent event : events) {
            AuditChainVerifier.Link link = event.toLink(keys);
            verifier.accept(new AuditChainVerifier.Link(
                    ++id,
                    link.sequenceNumber(),
                    link.prevHash(),
                    link.storedHash(),
                    link.computedHash(),
                    link.keyed()));
        }
        return verifier.finish();
    }

    /** What a forger with write access does: changes event 5's actor and writes every later event again, chained. */
    private static List<AuditEvent> recomputedFrom(List<AuditEvent> events, int changed, AuditKey forgersKey) {
        List<AuditEvent> forged = new ArrayList<>(events.subList(0, changed - 1));
        String prev = forged.isEmpty() ? AuditHash.GENESIS : forged.getLast().getHash();
        for (AuditEvent original : events.subList(changed - 1, events.size())) {
            String actor = original.getSequenceNumber() == changed ? "someone.else" : original.getActor();
            AuditEvent event = new AuditEvent(
                    original.getSequenceNumber(),
                    prev,
                    original.getOccurredAt(),
                    actor,
                    original.getAction(),
                    original.getRecordType(),
                    original.getRecordUuid(),
                    original.getDetail(),
                    original.getClientAddress(),
                    original.getMotherUuid(),
                    forgersKey);
            forged.add(event);
            prev = event.getHash();
        }
        return forged;
    }

    @Test
    void verify_anUntouchedKeyedChain_shouldBeIntact() {
        AuditChainVerifier.Result result = verify(chain(20, seq -> KEY), ring(KEY));
        assertTrue(result.intact(), result.toString());
        assertEquals(20, result.eventsChecked());
    }

    @Test
    void verify_aChainRecomputedWithoutTheKey_shouldNameTheEventsRewritten() {
        List<AuditEvent> events = chain(10, seq -> KEY);
        List<AuditEvent> forged = recomputedFrom(events, 5, null); // the unkeyed SHA-256 a forger can compute

        AuditChainVerifier.Result result = verify(forged, ring(KEY));
        assertFalse(result.intact());
        assertEquals(
                List.of(5L, 6L, 7L, 8L, 9L, 10L),
                result.edited().stream()
                        .map(AuditChainVerifier.EditedEvent::sequenceNumber)
                        .toList(),
                "every unkeyed event after a keyed one is a forgery");
    }

    @Test
    void verify_aChainRecomputedWithAGuessedKeyOfTheSameName_shouldNameTheEventsRewritten() {
        List<AuditEvent> events = chain(10, seq -> KEY);
        AuditKey guessed = new AuditKey("k1", "not the clinic's secret, 32 bytes".getBytes(StandardCharsets.UTF_8));
        AuditChainVerifier.Result result = verify(recomputedFrom(events, 5, guessed), ring(KEY));
        assertEquals(
                List.of(5L, 6L, 7L, 8L, 9L, 10L),
                result.edited().stream()
                        .map(AuditChainVerifier.EditedEvent::sequenceNumber)
                        .toList());
        assertTrue(result.brokenLinks().isEmpty());
        assertTrue(result.missing().isEmpty());
    }

    @Test
    void verify_theSameForgeryOnAnUnkeyedChain_shouldGoUnseen_whichIsWhyTheChainIsKeyed() {
        List<AuditEvent> events = chain(10, seq -> null);
        assertTrue(verify(recomputedFrom(events, 5, null), ring(KEY)).intact());
    }

    @Test
    void verify_unkeyedEventsBeforeTheFirstKeyedOne_shouldBeAccepted_andTheirForgeryCaughtAtTheLink() {
        List<AuditEvent> events = chain(10, seq -> seq <= 4 ? null : KEY); // written before V40, then keyed
        assertTrue(verify(events, ring(KEY)).intact());

        // Rewriting the old unkeyed events changes the hash that the first keyed event covers.
        List<AuditEvent> forged = new ArrayList<>(recomputedFrom(events.subList(0, 4), 2, null));
        forged.addAll(events.subList(4, 10));
        AuditChainVerifier.Result result = verify(forged, ring(KEY));
        assertEquals(List.of(new AuditChainVerifier.BrokenLink(5, 105)), result.brokenLinks());
    }

    @Test
    void verify_afterARotation_shouldCheckEachEventWithItsOwnKey() {
        List<AuditEvent> events = chain(10, seq -> seq <= 6 ? KEY : NEW_KEY);
        assertTrue(verify(events, ring(NEW_KEY, KEY)).intact());

        AuditChainVerifier.Result withoutOldKey = verify(events, ring(NEW_KEY));
        assertFalse(withoutOldKey.intact(), "events signed with a key the server lacks cannot be vouched for");
        assertEquals(6, withoutOldKey.unverifiable().size());
        assertTrue(withoutOldKey.edited().isEmpty());
    }

    @Test
    void keyed_shouldBeAnHmacOfTheEncodedEvent() throws Exception {
        AuditEvent event = chain(1, seq -> KEY).getFirst();
        assertEquals("k1", event.getKeyId());
        assertNotEquals(event.computedHash(), event.getHash(), "not the unkeyed SHA-256");
        assertEquals(event.getHash(), event.computedHash(ring(KEY)));
        assertEquals(64, event.getHash().length());
        // The JDK's HMAC-SHA256 is the one RFC 4231 describes (test case 2).
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("Jefe".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        assertEquals(
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                HexFormat.of()
                        .formatHex(mac.doFinal("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void auditKey_shouldRefuseShortSecretsAndOddNames_andNeverPrintTheSecret() {
        assertThrows(IllegalArgumentException.class, () -> new AuditKey("k1", new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> new AuditKey("k 1", new byte[32]));
        assertEquals("AuditKey[k1]", KEY.toString());
    }
}
