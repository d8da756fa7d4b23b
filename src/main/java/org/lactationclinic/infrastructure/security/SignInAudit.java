package org.lactationclinic.infrastructure.security;

import java.util.UUID;

/**
 * What the security infrastructure puts on the audit trail: sign-ins (and refused ones) checked by
 * {@link StaffIdentityStore}, and the first admin created by {@link FirstAdminBootstrap}. The audit trail itself is
 * {@code application.AuditTrail}, which implements this; the interface lives here so that the dependency points the
 * layers' way (application → infrastructure) and the identity store does not reach up into the application layer (a
 * package cycle until issue 17). No Bean Validation constraints on the parameters: an implementing method may not
 * declare its own, and these callers never pass the nulls they would catch.
 */
public interface SignInAudit {

    /** A sign-in, or a refused one under the username that was typed (which may name no account). */
    void recordSignIn(String username, boolean succeeded);

    /** A step of a sign-in with a second factor ("password right; code next"). */
    void recordSignInStep(String username, String detail);

    /** A staff account created by the server itself at start-up, with ids and roles in the detail. */
    void recordAccountCreated(UUID staffUuid, String detail);
}
