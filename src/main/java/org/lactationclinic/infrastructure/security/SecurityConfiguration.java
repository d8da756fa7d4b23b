package org.lactationclinic.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import org.lactationclinic.domain.staff.RoleType;

/**
 * Form sign-in on the clinic's own login page. An unauthenticated request for a protected page is
 * redirected (not forwarded) to the login page, so the browser's address bar and back button stay honest,
 * and returns to the requested page after sign-in.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({RoleType.CONSULTANT_ROLE, RoleType.ADMIN_ROLE})
@ApplicationScoped
public class SecurityConfiguration {
}
