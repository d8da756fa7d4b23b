package org.lactationclinic.infrastructure.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lactationclinic.domain.careplan.Intervention;

/** The clinic's intervention library. Entries are retired, never deleted. */
@ApplicationScoped
public class InterventionRepository {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    /** Every entry, retired ones too, by category, standard ones first, in the order they were added. */
    public List<Intervention> all() {
        return em.createQuery(
                        "select i from Intervention i where i.voided = false order by i.category, i.id",
                        Intervention.class)
                .getResultList();
    }

    /** The entries offered for new plans. */
    public List<Intervention> offered() {
        return em.createQuery("""
                        select i from Intervention i where i.voided = false and i.retired = false
                        order by i.category, i.id""", Intervention.class).getResultList();
    }

    public Optional<Intervention> findByUuid(UUID uuid) {
        return em.createQuery("select i from Intervention i where i.uuid = :uuid", Intervention.class)
                .setParameter("uuid", uuid)
                .getResultStream()
                .findFirst();
    }

    /** Whether any care plan holds the intervention: its printed words are then part of those plans. */
    public boolean isInAnyPlan(Intervention intervention) {
        return !em.createQuery(
                        "select 1 from Consultation c join c.plannedInterventions p where p.intervention = :intervention",
                        Integer.class)
                .setParameter("intervention", intervention)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public void add(Intervention intervention) {
        em.persist(intervention);
    }

    /** Writes pending changes; a save that lost a race with another admin's is a concurrent edit. */
    public void flush(Intervention changed) {
        Writes.flush(em, changed);
    }
}
