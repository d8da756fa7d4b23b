package org.lactationclinic.infrastructure.persistence;

import java.util.UUID;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;

import java.util.List;
import java.util.Optional;

/** Staff accounts. */
@ApplicationScoped
public class StaffRepository {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    public Optional<StaffUser> findByUsername(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :username", StaffUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    /** The account, when it is enabled and holds the consultant role: the only one that records consultations. */
    public Optional<StaffUser> findEnabledConsultant(String username) {
        return findByUsername(username).filter(user -> user.hasRole(RoleType.CONSULTANT) && user.isEnabled());
    }

    public List<StaffUser> listAll() {
        return em.createQuery("select u from StaffUser u where u.voided = false order by u.fullName", StaffUser.class)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(u) from StaffUser u", Long.class).getSingleResult();
    }

    public Optional<StaffUser> findByUuid(UUID uuid) {
        return em.createQuery("select s from StaffUser s where s.uuid = :uuid", StaffUser.class)
                .setParameter("uuid", uuid).getResultStream().findFirst();
    }

    /** Writes pending changes; a save that lost a race with another admin's is a concurrent edit. */
    public void flush(StaffUser changed) {
        Writes.flush(em, changed);
    }

    public void add(StaffUser user) {
        em.persist(user);
    }
}
