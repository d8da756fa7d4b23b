package org.lactationclinic.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditKey;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.CurrentActor;
import org.lactationclinic.domain.shared.RecordNotFoundException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.infrastructure.repository.StaffRepository;
import org.lactationclinic.infrastructure.security.Base32;
import org.lactationclinic.infrastructure.security.SecondFactorCipher;
import org.lactationclinic.infrastructure.security.Totp;

/**
 * The optional TOTP second factor (issue 15, point 5; RFC 6238, {@link Totp}): a staff member turns it on for her own
 * account by typing a code her authenticator app made from the secret shown once; sign-in then asks for a code after
 * the password (web.ClinicSignIn); an admin turns it off for an account whose phone is lost; and the clinic may require
 * it of every admin ({@link #ADMINS_REQUIRED}). Every change is on the audit trail; the secret is stored sealed
 * ({@link SecondFactorCipher}) and never shown again.
 */
@Stateless
@RolesAllowed({RoleType.CONSULTANT_ROLE, RoleType.ADMIN_ROLE})
public class SecondFactorService {

    /** The clinic-wide switch: admins must sign in with a second factor. */
    public static final String ADMINS_REQUIRED = "ADMIN_SECOND_FACTOR_REQUIRED";

    private static final Logger LOG = Logger.getLogger(SecondFactorService.class.getName());

    @Inject
    private StaffRepository staff;

    @Inject
    private CurrentActor actor;

    @Inject
    private AuditTrail audit;

    @Inject
    private AuditKey.Ring keys;

    @Inject
    private Clock clock;

    /** A new secret for the enrolment page, in Base32 as authenticator apps take it typed. */
    public String newSecret() {
        return Base32.encode(Totp.newSecret());
    }

    /** The otpauth:// address an authenticator app reads from the enrolment page's QR code. */
    public String otpauthUri(@NotNull String issuer, @NotNull String secretBase32) {
        return Totp.otpauthUri(issuer, actor.username(), Base32.decode(secretBase32));
    }

    /** Whether the signed-in user's account has a second factor. */
    public boolean hasSecondFactor() {
        return signedIn().hasSecondFactor();
    }

    /**
     * Turns the second factor on for the signed-in user, with the secret she was shown (Base32) and a code her app made
     * from it: the code proves the app holds the same secret before sign-in depends on it.
     *
     * @throws ClinicalRuleException when the code does not match the secret now
     */
    public void enrol(@NotNull String secretBase32, @NotNull String code) {
        StaffUser user = signedIn();
        byte[] secret = Base32.decode(secretBase32);
        if (secret.length < Totp.SECRET_BYTES) {
            throw new IllegalArgumentException("A second-factor secret has " + Totp.SECRET_BYTES + " bytes");
        }
        OptionalLong step = Totp.verify(secret, code, clock.instant(), 0);
        if (step.isEmpty()) {
            throw new ClinicalRuleException(
                    "secondFactor.message.error.wrongCode", "The code does not match the secret");
        }
        user.enrolSecondFactor(
                SecondFactorCipher.encrypt(keys.current(), user.getUsername(), secret),
                clock.instant(),
                step.getAsLong());
        staff.flush(user);
        audit.record(AuditActionType.UPDATE, AuditRecordType.STAFF_USER, user.getUuid(), "second factor enrolled");
    }

    /** Turns the signed-in user's second factor off; a code from it is needed, so a session left open cannot. */
    public void remove(@NotNull String code) {
        StaffUser user = signedIn();
        if (!user.hasSecondFactor() || !check(user, code)) {
            throw new ClinicalRuleException("secondFactor.message.error.wrongCode", "The code does not match");
        }
        if (required(user)) {
            throw new ClinicalRuleException(
                    "secondFactor.message.error.requiredForAdmins", "The clinic requires it of admins");
        }
        user.removeSecondFactor();
        staff.flush(user);
        audit.record(AuditActionType.UPDATE, AuditRecordType.STAFF_USER, user.getUuid(), "second factor removed");
    }

    /**
     * An admin turns an account's second factor off (a lost phone): it signs in with its password alone until
     * re-enrolled.
     */
    @RolesAllowed(RoleType.ADMIN_ROLE)
    public void reset(@NotNull UUID uuid) {
        StaffUser user = staff.findByUuid(uuid).orElseThrow(() -> new RecordNotFoundException("StaffUser", uuid));
        if (user.hasSecondFactor()) {
            user.removeSecondFactor();
            staff.flush(user);
            audit.record(AuditActionType.UPDATE, AuditRecordType.STAFF_USER, uuid, "second factor reset");
        }
    }

    @RolesAllowed(RoleType.ADMIN_ROLE)
    public void setRequiredForAdmins(boolean required) {
        staff.setSecuritySwitch(ADMINS_REQUIRED, required, clock.instant(), actor.username());
        audit.record(
                AuditActionType.UPDATE,
                AuditRecordType.CLINIC_SETTING,
                null,
                "second factor " + (required ? "required" : "optional") + " for admins");
    }

    /** Whether the clinic requires admins to sign in with a second factor. Read at sign-in, before a caller exists. */
    @PermitAll
    public boolean isRequiredForAdmins() {
        return staff.securitySwitch(ADMINS_REQUIRED);
    }

    /**
     * What sign-in asks of an account after its password was right: nothing, a code, or (an admin without a second
     * factor while the clinic requires one) to enrol before anything else. Open to all: nobody is signed in yet.
     */
    @PermitAll
    public Step stepAfterPassword(@NotNull String username) {
        Optional<StaffUser> account = staff.findByUsername(username);
        if (account.isEmpty()) {
            return Step.NONE;
        }
        if (account.get().hasSecondFactor()) {
            return Step.CODE;
        }
        return required(account.get()) ? Step.ENROL : Step.NONE;
    }

    /**
     * The second sign-in step: whether the code is right for the account, now, and not used before (each code is good
     * once). The caller throttles and audits. Open to all: the password was checked, the caller not yet set.
     */
    @PermitAll
    public boolean verifySignIn(@NotNull String username, String code) {
        return staff.findByUsername(username)
                .filter(StaffUser::hasSecondFactor)
                .map(user -> check(user, code))
                .orElse(false);
    }

    private boolean check(StaffUser user, String code) {
        byte[] secret;
        try {
            String sealed = user.getTotpSecret();
            AuditKey key = keys.find(SecondFactorCipher.keyIdOf(sealed))
                    .orElseThrow(() ->
                            new IllegalStateException("The key " + SecondFactorCipher.keyIdOf(sealed) + " that sealed "
                                    + user.getUsername() + "'s second factor is not configured (AUDIT_HMAC_KEYS)"));
            secret = SecondFactorCipher.decrypt(key, user.getUsername(), sealed);
        } catch (RuntimeException unreadable) {
            // Refused, never let through: an admin resets the account's second factor (docs/security.md).
            LOG.log(Level.SEVERE, "The second factor of " + user.getUsername() + " cannot be read", unreadable);
            return false;
        }
        OptionalLong step = Totp.verify(secret, code, clock.instant(), user.getTotpLastStep());
        return step.isPresent() && staff.useSecondFactorStep(user.getUsername(), step.getAsLong());
    }

    private boolean required(StaffUser user) {
        return user.hasRole(RoleType.ADMIN) && isRequiredForAdmins();
    }

    private StaffUser signedIn() {
        return staff.findByUsername(actor.username())
                .orElseThrow(() -> new ClinicalRuleException(
                        "staff.message.error.notAnAccount", actor.username() + " has no account"));
    }

    /** What sign-in asks after the password. */
    public enum Step {
        NONE,
        CODE,
        ENROL
    }
}
