package org.lactationclinic.domain.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.dyad.Mother;

/** The audited base, exercised through {@link Mother} as a concrete entity. */
class AuditedEntityTest {

    private static final Instant AT = Instant.parse("2025-03-05T10:15:00Z");

    private static Mother mother() {
        return new Mother("Ada", "Okafor", LocalDate.of(1991, 4, 12));
    }

    /** Stands in for a Hibernate lazy proxy: a generated subclass whose own fields are empty. */
    private static final class ProxyLikeMother extends Mother {

        private final UUID targetUuid;

        ProxyLikeMother(Mother target) {
            this.targetUuid = target.getUuid();
        }

        @Override
        public UUID getUuid() {
            return targetUuid;
        }
    }

    // --- a new record ------------------------------------------------------------------------------------

    @Test
    void newEntity_shouldHaveAUuidAndNoIdAndVersionZero() {
        Mother mother = mother();

        assertNotNull(mother.getUuid());
        assertTrue(mother.isNew());
        assertNull(mother.getId());
        assertEquals(0, mother.getVersion());
        assertFalse(mother.isVoided());
    }

    @Test
    void newEntities_shouldEachGetTheirOwnUuid() {
        assertNotEquals(mother().getUuid(), mother().getUuid());
    }

    // --- voiding -----------------------------------------------------------------------------------------

    @Test
    void voidRecord_shouldRecordWhoWhenAndWhy() {
        Mother mother = mother();

        mother.voidRecord("Registered twice", "ana", AT);

        assertTrue(mother.isVoided());
        assertEquals("Registered twice", mother.getVoidReason());
        assertEquals("ana", mother.getVoidedBy());
        assertEquals(AT, mother.getVoidedAt());
    }

    @Test
    void voidRecord_shouldStripTheReason() {
        Mother mother = mother();

        mother.voidRecord("  Registered twice \n", "ana", AT);

        assertEquals("Registered twice", mother.getVoidReason());
    }

    @Test
    void voidRecord_shouldRefuseANullReason() {
        Mother mother = mother();

        assertThrows(IllegalArgumentException.class, () -> mother.voidRecord(null, "ana", AT));

        assertFalse(mother.isVoided());
    }

    @Test
    void voidRecord_shouldRefuseAnEmptyReason() {
        Mother mother = mother();

        assertThrows(IllegalArgumentException.class, () -> mother.voidRecord("", "ana", AT));

        assertFalse(mother.isVoided());
    }

    @Test
    void voidRecord_shouldRefuseABlankReason() {
        Mother mother = mother();

        assertThrows(IllegalArgumentException.class, () -> mother.voidRecord(" \t\n", "ana", AT));

        assertFalse(mother.isVoided());
        assertNull(mother.getVoidReason());
        assertNull(mother.getVoidedBy());
        assertNull(mother.getVoidedAt());
    }

    @Test
    void voidRecord_shouldRefuseASecondVoidAndKeepTheFirst() {
        Mother mother = mother();
        mother.voidRecord("Registered twice", "ana", AT);

        assertThrows(IllegalStateException.class, () -> mother.voidRecord("Wrong mother", "ben", AT.plusSeconds(60)));

        assertEquals("Registered twice", mother.getVoidReason());
        assertEquals("ana", mother.getVoidedBy());
        assertEquals(AT, mother.getVoidedAt());
    }

    // --- optimistic locking ------------------------------------------------------------------------------

    @Test
    void checkVersion_shouldAcceptTheCurrentVersion() {
        Mother mother = mother();

        assertDoesNotThrow(() -> mother.checkVersion(0));
    }

    @Test
    void checkVersion_shouldRefuseAnotherVersionNamingTheRecord() {
        Mother mother = mother();

        ConcurrentEditException refused = assertThrows(ConcurrentEditException.class, () -> mother.checkVersion(1));

        assertEquals(mother.getUuid(), refused.getRecordUuid());
        assertTrue(refused.getMessage().contains("Mother"), refused.getMessage());
    }

    // --- identity ----------------------------------------------------------------------------------------

    @Test
    void equals_shouldHoldForTheSameInstance() {
        Mother mother = mother();

        assertEquals(mother, mother);
    }

    @Test
    void equals_shouldNotHoldForDifferentRecordsWithTheSameDetails() {
        Mother one = mother();
        Mother other = mother();

        assertNotEquals(one, other);
        assertEquals(2, Set.of(one, other).size());
    }

    @Test
    void equals_shouldHoldForAProxyOfTheSameRecordBothWays() {
        Mother mother = mother();
        Mother proxy = new ProxyLikeMother(mother);

        assertEquals(mother, proxy);
        assertEquals(proxy, mother);
        assertEquals(mother.hashCode(), proxy.hashCode());
    }

    @Test
    void equals_shouldNotHoldForNullOrOtherTypes() {
        Mother mother = mother();

        assertNotEquals(null, mother);
        assertFalse(mother.equals(mother.getUuid()));
    }

    @Test
    void hashCode_shouldNotChangeWhenTheRecordChanges() {
        Mother mother = mother();
        int before = mother.hashCode();

        mother.setGivenName("Adaeze");
        mother.voidRecord("Registered twice", "ana", AT);

        assertEquals(before, mother.hashCode());
    }

    /** Issue 16: a session moved to another app server rehashes its sets while an entity has no fields yet. */
    @Test
    void hashSet_shouldTakeAnEntityWithoutItsUuidYetAsADistinctOne() throws Exception {
        Mother complete = mother();
        Mother halfRead = mother();
        java.lang.reflect.Field uuid = AuditedEntity.class.getDeclaredField("uuid");
        uuid.setAccessible(true);
        uuid.set(halfRead, null);

        Set<Mother> set = new java.util.HashSet<>(assertDoesNotThrow(() -> java.util.List.of(complete, halfRead)));
        assertDoesNotThrow(() -> set.add(halfRead));

        assertEquals(2, set.size());
        assertNotEquals(halfRead, complete);
        assertNotEquals(complete, halfRead);
        assertEquals(halfRead, halfRead);
    }

    @Test
    void serialization_shouldKeepSetMembershipAcrossARoundTrip() throws Exception {
        Mother one = mother();
        Mother other = mother();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new java.util.HashSet<>(Set.of(one, other)));
        }
        Object copy;
        try (java.io.ObjectInputStream in =
                new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = in.readObject();
        }

        Set<?> set = (Set<?>) copy;
        assertEquals(2, set.size());
        assertTrue(set.contains(one), "found by its uuid after the round trip");
        assertTrue(set.contains(other));
    }
}
