package org.lactationclinic.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.shared.ConcurrentEditException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Consultations, always loaded with what their pages show (mother, infants, consultant). */
@ApplicationScoped
public class ConsultationRepository {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    public Optional<Consultation> findByUuid(UUID uuid) {
        return em.createQuery("""
                        select distinct c from Consultation c
                        join fetch c.mother m left join fetch m.infants
                        join fetch c.consultant left join fetch c.infants
                        where c.uuid = :uuid""", Consultation.class)
                .setParameter("uuid", uuid)
                .getResultStream().findFirst();
    }

    /** The mother's consultations that are not voided, newest first. */
    public List<Consultation> listForMother(Mother mother) {
        return em.createQuery("""
                        select distinct c from Consultation c
                        join fetch c.consultant left join fetch c.infants
                        where c.mother = :mother and c.voided = false
                        order by c.startedAt desc, c.id desc""", Consultation.class)
                .setParameter("mother", mother)
                .getResultList();
    }

    /** Whether the mother has been seen before (voided consultations do not count). */
    public boolean hasAnyForMother(Mother mother) {
        return !em.createQuery("select c.id from Consultation c where c.mother = :mother and c.voided = false", Long.class)
                .setParameter("mother", mother)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    public void add(Consultation consultation) {
        em.persist(consultation);
    }

    public void flush() {
        em.flush();
    }

    /** Writes pending changes; a save that lost a race with another one is a concurrent edit. */
    public void flush(Consultation changed) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException("Consultation", changed.getUuid());
        }
    }
}
