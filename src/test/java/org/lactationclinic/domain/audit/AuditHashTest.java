package org.lactationclinic.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-11-26T10:15:30.123456Z");
    private static final UUID RECORD = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    private static String hash(
            String prev,
            long seq,
            Instant at,
            String actor,
            AuditActionType action,
            AuditRecordType type,
            UUID uuid,
            String detail,
            String address) {
        return AuditHash.of(prev, seq, at, actor, action, type, uuid, detail, address);
    }

    private static String reference() {
        return hash(
                AuditHash.GENESIS,
                1,
                AT,
                "ana.lopez",
                AuditActionType.VIEW,
                AuditRecordType.MOTHER,
                RECORD,
                "overview",
                "127.0.0.1");
    }

    @Test
    void of_shouldBeLowerCaseHexOfSha256AndStable() {
        String hash = reference();

        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, reference());
    }

    @Test
    void of_shouldMatchSha256OfTheDocumentedEncoding() throws Exception {
        // the encoding written out by hand: tag, then each field as 4-byte length + UTF-8, -1 for absent
        var out = new java.io.ByteArrayOutputStream();
        for (String field : new String[] {
            AuditHash.FORMAT,
            AuditHash.GENESIS,
            "1",
            "1795688130123456",
            "ana.lopez",
            "VIEW",
            "MOTHER",
            RECORD.toString(),
            null,
            null
        }) {
            byte[] bytes = field == null ? null : field.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeBytes(java.nio.ByteBuffer.allocate(4)
                    .putInt(bytes == null ? -1 : bytes.length)
                    .array());
            if (bytes != null) {
                out.writeBytes(bytes);
            }
        }
        String expected = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));

        assertEquals(
                expected,
                hash(
                        AuditHash.GENESIS,
                        1,
                        AT,
                        "ana.lopez",
                        AuditActionType.VIEW,
                        AuditRecordType.MOTHER,
                        RECORD,
                        null,
                        null));
    }

    @Test
    void of_shouldChangeWithEveryField() {
        String base = reference();

        assertNotEquals(
                base,
                hash(
                        "1" + AuditHash.GENESIS.substring(1),
                        1,
                        AT,
                        "ana.lopez",
                        AuditActionType.VIEW,
                        AuditRecordType.MOTHER,
                        RECORD,
                        "overview",
                        "127.0.0.1"));
        assertNotEquals(
                base,
                hash(
                        AuditHash.GENESIS,
                        2,
                        AT,
                        "ana.lopez",
                        AuditActionType.VIEW,
                        AuditRecordType.MOTHER,
                        RECORD,
                        "overview",
                        "127.0.0.1"));
        assertNotEquals(
                base,
                hash(
                        AuditHash.GENESIS,
                        1,
                        AT.plusNanos(1000),
                        "ana.lopez",
                        AuditActionType.VIEW,
                        AuditRecordType.MOTHER,
                        RECORD,
                        "overview",
                        "127.0.0.1"));
        assertNotEquals(
                base,
                hash(
                        AuditHash.GENESIS,
                        1,
                        AT,
                        "ana.lopes",
                        AuditActionType.VIEW,
                        AuditRecordType.MOTHER,
                        RECORD,
                        "overview",
                        "127.0.0.1"));
        assertNotEquals(
                base,
                hash(
                        AuditHash.GENESIS,
                        1,
                        AT,
                        "ana.lopez",
                        AuditActionType.UPDATE,
                        AuditRecordType.MOTHER,
                        RECORD,
                        "overview",
                        "127.0.0.1"));
        assertNotEquals(
                base,
                hash(
                        AuditHash.GENESIS,
                        1,
                        AT,
                        "ana.lopez",
                        AuditActionType.VIEW,
                        AuditRecordType.INFANT,
                        RECORD,
                        "overview",
                        "127.0.0.1"));
        assertNotEquals(
                base,
                hash(
                        AuditHash.GENESIS,
                        1,
                        AT,
                        "ana.lopez",
                        AuditActionType.VIEW,
                        AuditRecordType.MOTHER,
                        UUID.randomUUID(),
                        "overview",
                        "127.0.0.1"));
        assertNotEquals(
                base,
                hash(
                        AuditHash.GENESIS,
                        1,
                        AT,
                        "ana.lopez",
                        AuditActionType.VIEW,
                        AuditRecordType.MOTHER,
                        RECORD,
                        "edit",
                        "127.0.0.1"));
        assertNotEquals(
                base,
                hash(
                        AuditHash.GENESIS,
                        1,
                        AT,
                        "ana.lopez",
                        AuditActionType.VIEW,
                        AuditRecordType.MOTHER,
                        RECORD,
                        "overview",
                        "127.0.0.2"));
    }

    @Test
    void of_withMother_shouldUseTheV2EncodingWithHerUuidLast() throws Exception {
        UUID mother = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        var out = new java.io.ByteArrayOutputStream();
        for (String field : new String[] {
            AuditHash.FORMAT_WITH_MOTHER,
            AuditHash.GENESIS,
            "1",
            "1795688130123456",
            "ana.lopez",
            "VIEW",
            "CONSULTATION",
            RECORD.toString(),
            null,
            null,
            mother.toString()
        }) {
            byte[] bytes = field == null ? null : field.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeBytes(java.nio.ByteBuffer.allocate(4)
                    .putInt(bytes == null ? -1 : bytes.length)
                    .array());
            if (bytes != null) {
                out.writeBytes(bytes);
            }
        }
        String expected = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));

        assertEquals(
                expected,
                AuditHash.of(
                        AuditHash.GENESIS,
                        1,
                        AT,
                        "ana.lopez",
                        AuditActionType.VIEW,
                        AuditRecordType.CONSULTATION,
                        RECORD,
                        null,
                        null,
                        mother));
    }

    @Test
    void of_shouldChangeWhenTheMotherIsAddedRemovedOrChanged() {
        UUID mother = UUID.randomUUID();
        String without = AuditHash.of(
                AuditHash.GENESIS,
                1,
                AT,
                "ana.lopez",
                AuditActionType.VIEW,
                AuditRecordType.CONSULTATION,
                RECORD,
                "x",
                null);
        String with = AuditHash.of(
                AuditHash.GENESIS,
                1,
                AT,
                "ana.lopez",
                AuditActionType.VIEW,
                AuditRecordType.CONSULTATION,
                RECORD,
                "x",
                null,
                mother);
        String other = AuditHash.of(
                AuditHash.GENESIS,
                1,
                AT,
                "ana.lopez",
                AuditActionType.VIEW,
                AuditRecordType.CONSULTATION,
                RECORD,
                "x",
                null,
                UUID.randomUUID());

        assertEquals(
                without,
                AuditHash.of(
                        AuditHash.GENESIS,
                        1,
                        AT,
                        "ana.lopez",
                        AuditActionType.VIEW,
                        AuditRecordType.CONSULTATION,
                        RECORD,
                        "x",
                        null,
                        null),
                "no mother: the v1 hash, so events written before V16 still verify");
        assertNotEquals(without, with);
        assertNotEquals(with, other);
    }

    @Test
    void of_shouldNotConfuseFieldBoundariesOrEmptyWithAbsent() {
        String split1 = hash(AuditHash.GENESIS, 1, AT, "ana", AuditActionType.VIEW, null, null, "ab", "c");
        String split2 = hash(AuditHash.GENESIS, 1, AT, "ana", AuditActionType.VIEW, null, null, "a", "bc");
        String empty = hash(AuditHash.GENESIS, 1, AT, "ana", AuditActionType.VIEW, null, null, "", null);
        String absent = hash(AuditHash.GENESIS, 1, AT, "ana", AuditActionType.VIEW, null, null, null, null);

        assertNotEquals(split1, split2);
        assertNotEquals(empty, absent);
    }

    @Test
    void storable_shouldKeepWholeMicroseconds() {
        assertEquals(
                Instant.parse("2026-11-26T10:15:30.123456Z"),
                AuditHash.storable(Instant.parse("2026-11-26T10:15:30.123456789Z")));
    }

    @Test
    void newEvent_shouldHashWhatItStores() {
        AuditEvent event = new AuditEvent(
                7,
                AuditHash.GENESIS,
                Instant.parse("2026-11-26T10:15:30.123456789Z"),
                "  ana.lopez ",
                AuditActionType.EXPORT,
                AuditRecordType.REPORT,
                null,
                "x".repeat(400),
                "127.0.0.1",
                null);

        assertEquals("ana.lopez", event.getActor());
        assertEquals(AuditEvent.DETAIL_MAX, event.getDetail().length());
        assertEquals(AT, event.getOccurredAt());
        assertEquals(event.getHash(), event.computedHash());
        assertEquals(
                event.getHash(),
                AuditHash.of(
                        AuditHash.GENESIS,
                        7,
                        AT,
                        "ana.lopez",
                        AuditActionType.EXPORT,
                        AuditRecordType.REPORT,
                        null,
                        "x".repeat(AuditEvent.DETAIL_MAX),
                        "127.0.0.1"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new AuditEvent(
                        0, AuditHash.GENESIS, AT, "a", AuditActionType.VIEW, null, null, null, null, null));
    }
}
