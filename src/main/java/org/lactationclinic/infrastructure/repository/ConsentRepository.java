package org.lactationclinic.infrastructure.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lactationclinic.domain.consent.ConsentDecision;
import org.lactationclinic.domain.dyad.Mother;

/** A mother's consent decisions, voided ones included (MotherConsent leaves them out; the history shows them). */
@ApplicationScoped
public class ConsentRepository {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    public List<ConsentDecision> decisionsOf(Mother mother) {
        return em.createQuery(
                        "select d from ConsentDecision d where d.mother = :mother order by d.decidedOn, d.id",
                        ConsentDecision.class)
                .setParameter("mother", mother)
                .getResultList();
    }

    public Optional<ConsentDecision> findByUuid(UUID uuid) {
        return em.createQuery(
                        "select d from ConsentDecision d join fetch d.mother where d.uuid = :uuid",
                        ConsentDecision.class)
                .setParameter("uuid", uuid)
                .getResultStream()
                .findFirst();
    }

    public void add(ConsentDecision decision) {
        em.persist(decision);
    }

    public void flush(ConsentDecision changed) {
        Writes.flush(em, changed);
    }
}
