package org.lactationclinic.infrastructure.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lactationclinic.domain.settings.ClinicProfile;

/** The clinic's one profile row, or a new unsaved one before an admin has saved it. */
@ApplicationScoped
public class ClinicProfileRepository {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    public ClinicProfile current() {
        return em.createQuery("select p from ClinicProfile p where p.voided = false order by p.id", ClinicProfile.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseGet(ClinicProfile::new);
    }

    /** Stores a profile saved for the first time; a loaded one is written on flush. */
    public void save(ClinicProfile profile) {
        if (profile.isNew()) {
            em.persist(profile);
        }
        Writes.flush(em, profile);
    }
}
