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

    /**
     * Records the step of an accepted second-factor code, only if it is later than the last one: one statement, so two
     * sign-ins racing with the same code cannot both win (RFC 6238 section 5.2). A bulk update: neither the version nor
     * the history changes at every sign-in.
     *
     * @return true when this call recorded it (the code was not used before)
     */
    public boolean useSecondFactorStep(String username, long step) {
        return em.createQuery("update StaffUser u set u.totpLastStep = :step "
                        + "where u.username = :username and u.totpLastStep < :step")
                .setParameter("step", step).setParameter("username", username).executeUpdate() == 1;
    }

    /** Whether a clinic-wide security switch is on (clinic_security_setting; absent means off). */
    public boolean securitySwitch(String name) {
        ClinicSecuritySetting setting = em.find(ClinicSecuritySetting.class, name);
        return setting != null && setting.isEnabled();
    }

    /** Turns a clinic-wide security switch on or off, noting who and when. */
    public void setSecuritySwitch(String name, boolean enabled, java.time.Instant at, String by) {
        ClinicSecuritySetting setting = em.find(ClinicSecuritySetting.class, name);
        if (setting == null) {
            setting = new ClinicSecuritySetting(name);
            setting.set(enabled, at, by);
            em.persist(setting);
        } else {
            setting.set(enabled, at, by);
        }
    }
}
