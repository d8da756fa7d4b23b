package org.lactationclinic.infrastructure.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.hibernate.StaleStateException;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.shared.ConcurrentEditException;
import org.lactationclinic.domain.weight.WeightTrajectory;

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
                .getResultStream()
                .findFirst();
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

    /** The consultant's consultations (not voided) started in [from, to), earliest first, with their mothers. */
    public List<Consultation> startedBy(String username, LocalDateTime from, LocalDateTime to) {
        return em.createQuery("""
                        select distinct c from Consultation c
                        join fetch c.mother join fetch c.consultant s left join fetch c.infants
                        where s.username = :username and c.voided = false
                        and c.startedAt >= :from and c.startedAt < :to
                        order by c.startedAt, c.id""", Consultation.class)
                .setParameter("username", username)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    /** The consultant's unsigned drafts (not voided) of any date, oldest first: the oldest is the most overdue. */
    public List<Consultation> draftsBy(String username) {
        return em.createQuery("""
                        select distinct c from Consultation c
                        join fetch c.mother join fetch c.consultant s left join fetch c.infants
                        where s.username = :username and c.voided = false
                        and c.status = org.lactationclinic.domain.consultation.ConsultationStatus.DRAFT
                        order by c.startedAt, c.id""", Consultation.class)
                .setParameter("username", username)
                .getResultList();
    }

    /** Whether the mother has been seen before (voided consultations do not count). */
    public boolean hasAnyForMother(Mother mother) {
        return !em.createQuery(
                        "select c.id from Consultation c where c.mother = :mother and c.voided = false", Long.class)
                .setParameter("mother", mother)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * Loads the consultation's findings and flags, which its page shows after the transaction has ended: a few small
     * queries per infant, rather than one join whose rows would multiply feeds by weighings.
     */
    public Consultation withCharting(Consultation consultation) {
        consultation.collectionsForLoading().forEach(Hibernate::initialize);
        for (InfantFindings findings : consultation.getFindings()) {
            Hibernate.initialize(findings.getFeeds());
            Hibernate.initialize(findings.getTestWeighings());
            Hibernate.initialize(findings.getSupplements());
        }
        return consultation;
    }

    /**
     * The weights of the given infants recorded at consultations other than {@code except}, voided ones left out, by
     * infant uuid, each list in time order: one query for all of a mother's babies.
     */
    public Map<UUID, List<WeightTrajectory.Weighing>> weighingsOf(Collection<Infant> infants, Consultation except) {
        Map<UUID, List<WeightTrajectory.Weighing>> byInfant = new HashMap<>();
        infants.forEach(infant -> byInfant.put(infant.getUuid(), new ArrayList<>()));
        if (infants.isEmpty()) {
            return byInfant;
        }
        em.createQuery("""
                        select f.infant.uuid, f.weighedAt, f.weightGrams from InfantFindings f
                        where f.infant in :infants and f.weightGrams is not null and f.weighedAt is not null
                        and f.consultation.voided = false and f.consultation <> :except
                        order by f.weighedAt""", Object[].class)
                .setParameter("infants", infants)
                .setParameter("except", except)
                .getResultStream()
                .forEach(row -> byInfant.get((UUID) row[0])
                        .add(new WeightTrajectory.Weighing((LocalDateTime) row[1], (Integer) row[2])));
        return byInfant;
    }

    /** Every weight recorded for the infant at consultations that are not voided, with its consultation. */
    public List<InfantFindings> weightsOf(Infant infant) {
        return em.createQuery("""
                        select f from InfantFindings f join fetch f.consultation c join fetch c.consultant
                        where f.infant = :infant and f.weightGrams is not null and c.voided = false
                        order by f.weighedAt""", InfantFindings.class)
                .setParameter("infant", infant)
                .getResultList();
    }

    public void add(Consultation consultation) {
        em.persist(consultation);
    }

    /**
     * Moves the consultation's version on now, before any change is written, so the form's version protects the
     * findings too and two saves of the same version cannot both proceed: the second waits for the first, then finds
     * the version gone and is a concurrent edit (rather than, say, a duplicate findings row).
     */
    public void claim(Consultation consultation) {
        try {
            em.lock(consultation, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            em.flush(); // Hibernate queues the version update; write it now, while the outcome is ours to report
        } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException | StaleStateException e) {
            throw new ConcurrentEditException("Consultation", consultation.getUuid());
        }
    }

    /**
     * Holds the consultation's row, unchanged, until the transaction ends: autosaves that only keep a scratch copy take
     * turns with each other and with saves, so two tabs cannot both create the consultant's autosave row.
     */
    public void hold(Consultation consultation) {
        try {
            em.lock(
                    consultation,
                    LockModeType.PESSIMISTIC_WRITE); // checks the version too: a save that got in first wins
        } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException | StaleStateException e) {
            throw new ConcurrentEditException("Consultation", consultation.getUuid());
        }
    }

    public void flush() {
        em.flush();
    }

    /** Writes pending changes; a save that lost a race with another one is a concurrent edit. */
    public void flush(Consultation changed) {
        Writes.flush(em, changed);
    }
}
