package org.lactationclinic.domain.consultation;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AutosavePolicyTest {

    private static final Instant LAST = Instant.parse("2026-12-06T10:42:00Z");

    @Test
    void writesRevision_shouldKeepScratchCopyWithinTheMinuteOfHerOwnRevision() {
        assertFalse(AutosavePolicy.writesRevision("ana", LAST, "ana", LAST));
        assertFalse(AutosavePolicy.writesRevision("ana", LAST, "ana", LAST.plusSeconds(59)));
        assertFalse(AutosavePolicy.writesRevision("ana", LAST, "ana", LAST.plusSeconds(59).plusMillis(999)));
    }

    @Test
    void writesRevision_shouldWriteOnceTheMinuteHasPassed() {
        assertTrue(AutosavePolicy.writesRevision("ana", LAST, "ana", LAST.plusSeconds(60)));
        assertTrue(AutosavePolicy.writesRevision("ana", LAST, "ana", LAST.plusSeconds(3600)));
    }

    @Test
    void writesRevision_shouldWriteAtOnceWhenTheLastRevisionIsSomeoneElses() {
        assertTrue(AutosavePolicy.writesRevision("bea", LAST, "ana", LAST.plusSeconds(1)));
    }

    @Test
    void writesRevision_shouldWriteWhenNoRevisionTimeIsKnown() {
        assertTrue(AutosavePolicy.writesRevision(null, null, "ana", LAST));
    }

    @Test
    void nextRevisionAt_shouldBeOneMinuteAfterTheLastRevision() {
        assertEquals(LAST.plusSeconds(60), AutosavePolicy.nextRevisionAt(LAST));
    }
}
