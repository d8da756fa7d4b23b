package org.lactationclinic.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.CurrentActor;
import org.lactationclinic.domain.shared.RecordNotFoundException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.infrastructure.repository.StaffRepository;
import org.lactationclinic.infrastructure.security.PasswordHasher;
import org.lactationclinic.infrastructure.security.PasswordPolicy;
import org.lactationclinic.infrastructure.security.SignInThrottle;

/** Staff accounts, managed by admins. */
@Stateless
@RolesAllowed(RoleType.ADMIN_ROLE)
public class StaffService {

    /** The shortest password an admin may set, for the staff page's validation (the hasher's rule). */
    public static final int MIN_PASSWORD_LENGTH = PasswordHasher.MIN_PASSWORD_LENGTH;

    @Inject
    private StaffRepository staff;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private CurrentActor actor;

    @Inject
    private AuditTrail audit;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private PasswordPolicy passwordPolicy;

    /**
     * The roles a signed-in session of this account holds now: none (empty) once the account is disabled or voided.
     * Read on every request of a signed-in session, before the caller is known, so it is open to all.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Set<RoleType>> activeRolesOf(String username) {
        List<RoleType> roles = staff.activeRolesOf(username);
        return roles.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(roles));
    }

    public List<StaffUser> listStaff() {
        return staff.listAll();
    }

    /** Creates an account with an initial password that the staff member is given in person. */
    public StaffUser createAccount(
            @NotNull String username,
            @NotNull String fullName,
            @NotNull char[] initialPassword,
            @NotEmpty Set<RoleType> roles) {
        String normalized = username.strip().toLowerCase(Locale.ROOT);
        if (staff.findByUsername(normalized).isPresent()) {
            throw new ClinicalRuleException(
                    "admin_staff_edit.message.error.usernameTaken", "Username " + normalized + " is taken");
        }
        requireAcceptable(initialPassword, normalized);
        StaffUser user = new StaffUser(normalized, fullName.strip(), hasher.hash(initialPassword), roles);
        staff.add(user);
        staff.flush(user);
        audit.record(
                AuditActionType.CREATE,
                AuditRecordType.STAFF_USER,
                user.getUuid(),
                "account " + normalized + ", roles " + roleNames(roles));
        return user;
    }

    /** Lets an account sign in again, or stops it from signing in; its records keep its name. */
    public StaffUser setEnabled(@NotNull UUID uuid, long versionOnForm, boolean enabled) {
        StaffUser user = account(uuid, versionOnForm);
        user.setEnabledBy(signedInAdmin(), enabled);
        staff.flush(user);
        audit.record(AuditActionType.UPDATE, AuditRecordType.STAFF_USER, uuid, enabled ? "enabled" : "disabled");
        return user;
    }

    /** Sets a new password that the admin gives the staff member in person. */
    public StaffUser resetPassword(@NotNull UUID uuid, long versionOnForm, @NotNull char[] newPassword) {
        StaffUser user = account(uuid, versionOnForm);
        requireAcceptable(newPassword, user.getUsername());
        user.replacePasswordHash(hasher.hash(newPassword)); // changed by and at are filled in as for any change
        staff.flush(user);
        audit.record(AuditActionType.UPDATE, AuditRecordType.STAFF_USER, uuid, "password reset");
        return user;
    }

    /** Gives the account its roles (consultant, admin or both). */
    public StaffUser changeRoles(@NotNull UUID uuid, long versionOnForm, @NotNull Set<RoleType> roles) {
        StaffUser user = account(uuid, versionOnForm);
        user.changeRolesBy(signedInAdmin(), roles);
        staff.flush(user);
        audit.record(AuditActionType.UPDATE, AuditRecordType.STAFF_USER, uuid, "roles " + roleNames(roles));
        return user;
    }

    /**
     * Until when each of these accounts' sign-in is locked after too many wrong passwords (issue 15), for those that
     * are: one read for the whole staff list.
     */
    public Map<String, Instant> signInLocksOf(@NotNull Collection<String> usernames) {
        return throttle.lockedUntil(usernames);
    }

    /** Lifts the account's sign-in lock and delays, at once: she may sign in again. Audited. */
    public void liftSignInLock(@NotNull UUID uuid) {
        StaffUser user = staff.findByUuid(uuid).orElseThrow(() -> new RecordNotFoundException("StaffUser", uuid));
        if (throttle.lift(user.getUsername())) {
            audit.record(AuditActionType.UPDATE, AuditRecordType.STAFF_USER, uuid, "sign-in lock lifted");
        }
    }

    /** Refuses a password the policy refuses (too short, common, repeated or sequential), with its reason. */
    private void requireAcceptable(char[] password, String username) {
        passwordPolicy.refusal(password, username).ifPresent(key -> {
            throw new ClinicalRuleException(key, "Password refused: " + key);
        });
    }

    private static String roleNames(Set<RoleType> roles) {
        return String.join(",", roles.stream().map(RoleType::name).sorted().toList());
    }

    private StaffUser account(UUID uuid, long versionOnForm) {
        StaffUser user = staff.findByUuid(uuid).orElseThrow(() -> new RecordNotFoundException("StaffUser", uuid));
        user.checkVersion(versionOnForm);
        return user;
    }

    private StaffUser signedInAdmin() {
        return staff.findByUsername(actor.username())
                .orElseThrow(() -> new ClinicalRuleException(
                        "staff.message.error.notAnAccount", actor.username() + " has no account"));
    }
}
