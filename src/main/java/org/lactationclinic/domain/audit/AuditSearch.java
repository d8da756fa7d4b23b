package org.lactationclinic.domain.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * What an admin asks of the audit trail: one user's events (the username exactly, as stored, lower case), one record's
 * events, and a period {@code [from, to)}; every part is optional.
 */
public record AuditSearch(String actor, UUID recordUuid, Instant from, Instant to) implements Serializable {

    public static final AuditSearch EVERYTHING = new AuditSearch(null, null, null, null);

    public AuditSearch {
        actor = actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(Locale.ROOT);
    }
}
