package org.lactationclinic.infrastructure.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.pumping.PumpingEntry;

/** A mother's pumping log: its entries that are not voided, in time order. */
@ApplicationScoped
public class PumpingRepository {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    public List<PumpingEntry> entriesOf(Mother mother) {
        return em.createQuery("""
                        select e from PumpingEntry e where e.mother = :mother and e.voided = false
                        order by e.startedAt, e.id""", PumpingEntry.class)
                .setParameter("mother", mother)
                .getResultList();
    }

    public Optional<PumpingEntry> findByUuid(UUID uuid) {
        return em.createQuery(
                        "select e from PumpingEntry e join fetch e.mother where e.uuid = :uuid", PumpingEntry.class)
                .setParameter("uuid", uuid)
                .getResultStream()
                .findFirst();
    }

    public void add(PumpingEntry entry) {
        em.persist(entry);
    }

    /** Writes pending changes; a save that lost a race with another one is a concurrent edit. */
    public void flush(PumpingEntry changed) {
        Writes.flush(em, changed);
    }
}
