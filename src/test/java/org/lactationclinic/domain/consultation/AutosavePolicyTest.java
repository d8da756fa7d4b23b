package org.lactationclinic.domain.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AutosavePolicyTest {

    private static final Instant LAST = Instant.parse("2026-12-06T10:42:00Z");

    @Test
    void writesRevision_shouldKeepScratchCopyWithinTheMinuteOfHerLastRevision() {
        assertFalse(AutosavePolicy.writesRevision(LAST, LAST));
        assertFalse(AutosavePolicy.writesRevision(LAST, LAST.plusSeconds(59)));
        assertFalse(AutosavePolicy.writesRevision(LAST, LAST.plusSeconds(59).plusMillis(999)));
    }

    @Test
    void writesRevision_shouldWriteOnceTheMinuteHasPassed() {
        assertTrue(AutosavePolicy.writesRevision(LAST, LAST.plusSeconds(60)));
        assertTrue(AutosavePolicy.writesRevision(LAST, LAST.plusSeconds(3600)));
    }

    @Test
    void writesRevision_shouldWriteTheFirstAutosaveOfAnEditingSession() {
        assertTrue(AutosavePolicy.writesRevision(null, LAST));
    }

    @Test
    void nextRevisionAt_shouldBeOneMinuteAfterTheLastRevision() {
        assertEquals(LAST.plusSeconds(60), AutosavePolicy.nextRevisionAt(LAST));
    }
}
