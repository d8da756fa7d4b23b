package org.lactationclinic.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void new_shouldStoreARefusedUsernameWithItsControlCharactersEscaped() {
        AuditEvent event = signInFailed("bob\r\n2026-01-01 SIGN_IN admin\u0000");

        assertEquals("bob\\r\\n2026-01-01 SIGN_IN admin\\u0000", event.getActor());
        assertFalse(event.getActor().chars().anyMatch(c -> c < 0x20), "nothing that breaks a line or PostgreSQL");
        assertEquals(event.getHash(), event.computedHash(), "the hash covers what is stored");
    }

    @Test
    void new_shouldCutTheEscapedUsernameToItsColumn() {
        AuditEvent event = signInFailed("\u0000".repeat(AuditEvent.ACTOR_MAX));

        assertEquals(AuditEvent.ACTOR_MAX, event.getActor().length());
    }

    private static AuditEvent signInFailed(String username) {
        return new AuditEvent(
                1,
                AuditHash.GENESIS,
                Instant.parse("2026-03-01T10:15:30Z"),
                username,
                AuditActionType.SIGN_IN_FAILED,
                AuditRecordType.STAFF_USER,
                null,
                null,
                "127.0.0.1",
                null);
    }
}
