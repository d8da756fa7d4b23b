package org.lactationclinic.infrastructure.repository;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.lactationclinic.domain.shared.AuditedEntity;
import org.lactationclinic.domain.shared.ConcurrentEditException;

/**
 * Writing pending changes, for every repository: a write that lost a race with another save of the same version is a
 * {@link ConcurrentEditException}, the clear "someone else saved this" the pages show.
 */
final class Writes {

    private Writes() {}

    static void flush(EntityManager em, AuditedEntity changed) {
        try {
            em.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            // JPA translates most stale writes; a lock's version update can reach Hibernate's own exception
            throw new ConcurrentEditException(changed.getClass().getSimpleName(), changed.getUuid());
        }
    }
}
