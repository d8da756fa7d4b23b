package org.lactationclinic.domain.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;
import java.time.Instant;

/**
 * Fills the audit fields of every {@link AuditedEntity} at persist and update time.
 *
 * <p>The listener is instantiated by Hibernate, not by CDI, so it looks the current actor and clock up through
 * {@link CDI#current()} rather than by injection: that works the same whatever the provider's CDI integration does with
 * entity listeners.
 */
public class AuditListener {

    @PrePersist
    void onCreate(AuditedEntity entity) {
        entity.markCreated(actor(), now());
    }

    @PreUpdate
    void onChange(AuditedEntity entity) {
        entity.markChanged(actor(), now());
    }

    private static String actor() {
        return CDI.current().select(CurrentActor.class).get().username();
    }

    private static Instant now() {
        return CDI.current().select(Clock.class).get().instant();
    }
}
