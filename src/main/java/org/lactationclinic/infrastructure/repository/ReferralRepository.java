package org.lactationclinic.infrastructure.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.referral.ImportedWeight;
import org.lactationclinic.domain.referral.Referral;
import org.lactationclinic.domain.shared.SearchText;

/** Received referrals and the weights imported from them. */
@ApplicationScoped
public class ReferralRepository {

    /** The inbox shows every open referral and this many of the latest decided ones. */
    public static final int DECIDED_SHOWN = 100;

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    public void add(Referral referral) {
        em.persist(referral);
    }

    public void add(ImportedWeight weight) {
        em.persist(weight);
    }

    public void flush() {
        em.flush();
    }

    public Optional<Referral> findByUuid(UUID uuid) {
        return em.createQuery("select r from Referral r left join fetch r.mother where r.uuid = :uuid", Referral.class)
                .setParameter("uuid", uuid)
                .getResultStream()
                .findFirst();
    }

    /**
     * The referral already received with exactly this text, open or accepted (a rejected one may be sent again on
     * purpose, so it does not count), the first if there are several.
     */
    public Optional<Referral> findReceivedBefore(String payloadSha256) {
        return em.createQuery("""
                        select r from Referral r where r.payloadSha256 = :digest and r.voided = false
                        and r.status <> org.lactationclinic.domain.referral.ReceivedReferralStatusType.REJECTED
                        order by r.createdAt, r.id""", Referral.class)
                .setParameter("digest", payloadSha256)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Open referrals, most conditions met first, then oldest first (waiting longest); then the latest decided ones. */
    public List<Referral> inbox() {
        List<Referral> open = em.createQuery("""
                        select r from Referral r where r.status = org.lactationclinic.domain.referral.ReceivedReferralStatusType.RECEIVED
                        and r.voided = false order by r.conditionCount desc, r.createdAt""", Referral.class).getResultList();
        List<Referral> decided =
                em.createQuery("""
                        select r from Referral r left join fetch r.mother
                        where r.status <> org.lactationclinic.domain.referral.ReceivedReferralStatusType.RECEIVED
                        and r.voided = false order by r.decidedAt desc""", Referral.class).setMaxResults(DECIDED_SHOWN).getResultList();
        return Stream.concat(open.stream(), decided.stream()).toList();
    }

    /** Mothers not voided with this family and given name (accents and case aside) and date of birth. */
    public List<Mother> findByNameAndBirth(String givenName, String familyName, LocalDate dateOfBirth) {
        return em.createQuery(
                        "select distinct m from Mother m left join fetch m.infants where m.voided = false"
                                + " and m.searchName = :name and m.dateOfBirth = :born",
                        Mother.class)
                .setParameter("name", SearchText.fold(familyName + " " + givenName))
                .setParameter("born", dateOfBirth)
                .getResultList();
    }

    /** The weights imported for the infant, not voided, oldest first, with their referral. */
    public List<ImportedWeight> importedWeightsOf(Infant infant) {
        return em.createQuery(
                        "select w from ImportedWeight w join fetch w.referral where w.infant = :infant and w.voided = false"
                                + " order by w.weighedOn, w.id",
                        ImportedWeight.class)
                .setParameter("infant", infant)
                .getResultList();
    }
}
