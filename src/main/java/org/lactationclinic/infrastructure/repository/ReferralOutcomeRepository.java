package org.lactationclinic.infrastructure.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lactationclinic.domain.consultation.ReferralOutcome;
import org.lactationclinic.domain.dyad.Mother;

/** Whether the referrals of a mother's consultations took place. */
@ApplicationScoped
public class ReferralOutcomeRepository {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    /** The outcomes recorded for her consultations' referrals, not voided. */
    public List<ReferralOutcome> activeOutcomesOf(Mother mother) {
        return em.createQuery(
                        "select o from ReferralOutcome o join fetch o.consultation c where c.mother = :mother"
                                + " and o.voided = false order by o.id",
                        ReferralOutcome.class)
                .setParameter("mother", mother)
                .getResultList();
    }

    public Optional<ReferralOutcome> findByUuid(UUID uuid) {
        return em.createQuery(
                        "select o from ReferralOutcome o join fetch o.consultation c join fetch c.mother where o.uuid = :uuid",
                        ReferralOutcome.class)
                .setParameter("uuid", uuid)
                .getResultStream()
                .findFirst();
    }

    public void add(ReferralOutcome outcome) {
        em.persist(outcome);
    }

    public void flush(ReferralOutcome changed) {
        Writes.flush(em, changed);
    }
}
