package org.lactationclinic.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lactationclinic.domain.shared.TypedText;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.infrastructure.repository.StaffRepository;

/**
 * Checks a username and password against the staff table. Disabled and voided accounts cannot sign in; an unknown
 * username costs the same time as a wrong password, so the login form does not reveal which usernames exist. The
 * caller's groups are her role names. Every sign-in, and every refused one under the username typed, goes on the audit
 * trail.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    private StaffRepository staff;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SignInAudit audit;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller() == null
                ? ""
                : credential.getCaller().strip().toLowerCase(Locale.ROOT);
        char[] password = credential.getPassword().getValue();
        // No account's name holds a control character, and PostgreSQL would refuse a NUL in the query: such a
        // name is refused without asking the database, and the trail stores it neutralised (AuditEvent).
        Optional<StaffUser> account = TypedText.hasControlCharacter(username, false)
                ? Optional.empty()
                : staff.findByUsername(username).filter(user -> user.isEnabled() && !user.isVoided());
        if (account.isEmpty()) {
            hasher.verifyDecoy(password);
            audit.recordSignIn(username, false);
            return CredentialValidationResult.INVALID_RESULT;
        }
        StaffUser user = account.get();
        if (!hasher.verify(password, user.getPasswordHash())) {
            audit.recordSignIn(username, false);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (user.hasSecondFactor()) {
            // not signed in yet: web.ClinicSignIn asks for the code and records the outcome (issue 15)
            audit.recordSignInStep(user.getUsername(), "password right; code next");
        } else {
            audit.recordSignIn(user.getUsername(), true);
        }
        return new CredentialValidationResult(
                user.getUsername(), user.getRoles().stream().map(RoleType::name).collect(Collectors.toSet()));
    }
}
