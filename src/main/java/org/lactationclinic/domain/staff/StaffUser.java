package org.lactationclinic.domain.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.lactationclinic.domain.shared.AuditedEntity;
import org.lactationclinic.domain.shared.ClinicalLimits;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * A member of staff who signs in.
 *
 * <p>Life cycle: created by an admin with an initial password and roles; the password is only ever held as a hash; an
 * account that should no longer sign in is disabled (the administration issue adds that use case), never deleted, so
 * the consultations it authored keep their author.
 */
@Entity
@Table(name = "staff_user")
@Audited
public class StaffUser extends AuditedEntity {

    @NotBlank
    @Size(min = 3, max = ClinicalLimits.USERNAME_MAX)
    @Pattern(regexp = ClinicalLimits.USERNAME_PATTERN, message = "{clinic.validation.username}")
    @Column(nullable = false, unique = true, updatable = false, length = ClinicalLimits.USERNAME_MAX)
    private String username;

    @NotBlank
    @Size(max = 2 * ClinicalLimits.NAME_MAX)
    @Pattern(regexp = ClinicalLimits.STAFF_NAME_PATTERN, message = "{clinic.validation.name}")
    @Column(name = "full_name", nullable = false, length = 2 * ClinicalLimits.NAME_MAX)
    private String fullName;

    /** PBKDF2-HMAC-SHA256 hash in the Jakarta Security format; never audited, never shown. */
    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_role", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<RoleType> roles = EnumSet.noneOf(RoleType.class);

    @Column(nullable = false)
    private boolean enabled = true;

    /**
     * The TOTP second factor's secret, sealed with a key from the server's configuration
     * (infrastructure.security.SecondFactorCipher); null while the account has none (issue 15). Never audited, never
     * shown after enrolment.
     */
    @NotAudited
    @Column(name = "totp_secret", length = 200)
    private String totpSecret;

    @NotAudited
    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;

    /** The last 30-second step whose code was accepted: a code is good once (RFC 6238 section 5.2). */
    @NotAudited
    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    protected StaffUser() {
        // for JPA
    }

    public StaffUser(String username, String fullName, String passwordHash, Set<RoleType> roles) {
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(RoleType.class) : EnumSet.copyOf(roles);
    }

    /**
     * Lets the account sign in, or stops it (a member who left). An admin cannot disable her own account: the clinic
     * would risk having no admin left to undo it.
     */
    public void setEnabledBy(StaffUser admin, boolean enabled) {
        if (!enabled && admin.equals(this)) {
            throw new ClinicalRuleException(
                    "staff.message.error.disableSelf", "An admin cannot disable her own account");
        }
        this.enabled = enabled;
    }

    /** Gives the account a new password hash (a reset by an admin; the password itself is never stored). */
    public void replacePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    /**
     * Changes the roles. At least one role; an admin cannot take the admin role from herself, for the same reason she
     * cannot disable herself.
     */
    public void changeRolesBy(StaffUser admin, Set<RoleType> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new ClinicalRuleException("staff.message.error.noRole", "An account needs a role");
        }
        if (admin.equals(this) && !newRoles.contains(RoleType.ADMIN)) {
            throw new ClinicalRuleException(
                    "staff.message.error.dropOwnAdmin", "An admin cannot drop her own admin role");
        }
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    /** Turns the second factor on with a sealed secret, after its owner typed a code it made. */
    public void enrolSecondFactor(String sealedSecret, Instant at, long confirmedStep) {
        this.totpSecret = Objects.requireNonNull(sealedSecret);
        this.totpEnrolledAt = Objects.requireNonNull(at);
        this.totpLastStep = confirmedStep;
    }

    /** Turns the second factor off: its owner did, or an admin reset it (a lost phone). */
    public void removeSecondFactor() {
        this.totpSecret = null;
        this.totpEnrolledAt = null;
        this.totpLastStep = 0;
    }

    /** Remembers the step of an accepted code, so that the same code is refused from now on. */
    public void secondFactorCodeUsed(long step) {
        if (step <= totpLastStep) {
            throw new IllegalArgumentException("A code's step must be later than the last one used");
        }
        this.totpLastStep = step;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public Instant getTotpEnrolledAt() {
        return totpEnrolledAt;
    }

    public long getTotpLastStep() {
        return totpLastStep;
    }

    public boolean hasRole(RoleType role) {
        return roles.contains(role);
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<RoleType> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }
}
