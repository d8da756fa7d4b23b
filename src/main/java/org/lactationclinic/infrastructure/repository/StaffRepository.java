package org.lactationclinic.infrastructure.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffName;
import org.lactationclinic.domain.staff.StaffUser;

/** Staff accounts. */
@ApplicationScoped
public class StaffRepository {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    public Optional<StaffUser> findByUsername(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :username", StaffUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /**
     * The roles of the account, when it is enabled and not voided; none otherwise. Read on every request of a signed-in
     * session, so it is one query that reads the roles alone, not the account with its password hash and second factor.
     */
    public List<RoleType> activeRolesOf(String username) {
        return em.createQuery(
                        "select r from StaffUser u join u.roles r"
                                + " where u.username = :username and u.enabled = true and u.voided = false",
                        RoleType.class)
                .setParameter("username", username)
                .getResultList();
    }

    /** The account, when it is enabled and holds the consultant role: the only one that records consultations. */
    public Optional<StaffUser> findEnabledConsultant(String username) {
        return findByUsername(username).filter(user -> user.hasRole(RoleType.CONSULTANT) && user.isEnabled());
    }

    public List<StaffUser> listAll() {
        return em.createQuery("select u from StaffUser u where u.voided = false order by u.fullName", StaffUser.class)
                .getResultList();
    }

    /** The accounts not voided, by name, as a choice list shows them. */
    public List<StaffName> names() {
        return em.createQuery(
                        "select new org.lactationclinic.domain.staff.StaffName(u.id, u.fullName) from StaffUser u"
                                + " where u.voided = false order by u.fullName",
                        StaffName.class)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(u) from StaffUser u", Long.class).getSingleResult();
    }

    /**
     * The number of accounts, counted after taking a lock that lasts until the caller's transaction ends: the audit
     * chain head's row lock, which every audited write takes anyway ({@link AuditEventRepository#append}). The start-up
     * loaders (demo clinic, first admin) count the accounts and create some only when there are none. Several app
     * servers starting together on one database (issue 16) would all count none and all load; with the lock, the first
     * loads and commits, and the others, waiting on the row, then count its accounts and load nothing. A lock in the
     * database, not in a JVM: the servers share nothing else.
     */
    public long countHoldingStartLock() {
        if (em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("audit_chain_head has no row: the V12 migration inserts it");
        }
        return count();
    }

    public Optional<StaffUser> findByUuid(UUID uuid) {
        return em.createQuery("select s from StaffUser s where s.uuid = :uuid", StaffUser.class)
                .setParameter("uuid", uuid)
                .getResultStream()
                .findFirst();
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
                        .setParameter("step", step)
                        .setParameter("username", username)
                        .executeUpdate()
                == 1;
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
