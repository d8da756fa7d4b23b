package org.lactationclinic.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.lactationclinic.application.StaffService;
import org.lactationclinic.domain.staff.RoleType;
import org.omnifaces.util.Servlets;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * How staff sign in and stay signed in: form sign-in on the clinic's own page, then the session.
 * <p>
 * Written instead of the built-in form mechanism for three reasons:
 * <ul>
 *     <li>A request that needs sign-in is redirected to {@code login.xhtml?continue=<the page>} without creating
 *     an HTTP session: the built-in mechanism saved the request in a new session, so every anonymous request
 *     cost about 12 KB of heap for 30 minutes (230,000 of them filled a 1 GB heap). The page to go back to
 *     travels in the URL instead, and an AJAX request (a page whose session ended) gets a Faces redirect of
 *     the whole window, with the page it came from.</li>
 *     <li>A session remembers only who signed in; the account's roles are read from the staff table on every
 *     request ({@link StaffService#activeRolesOf}). Disabling an account, voiding it or changing its roles takes
 *     effect on its open sessions at their next request: a disabled user's session ends, a demoted admin is
 *     refused the admin pages. One indexed query per request.</li>
 *     <li>When the database cannot be reached at sign-in, the user is told so ({@link #DATABASE_UNAVAILABLE}),
 *     never that her password is wrong.</li>
 * </ul>
 * Roles are mapped to groups of the same names (WEB-INF/glassfish-web.xml).
 */
@ApplicationScoped
public class ClinicSignIn implements HttpAuthenticationMechanism {

    /** Session attribute: the username that signed in on this session. */
    static final String SIGNED_IN_USERNAME = ClinicSignIn.class.getName() + ".username";
    /** Request attribute set when sign-in failed because the database could not be asked. */
    static final String DATABASE_UNAVAILABLE = ClinicSignIn.class.getName() + ".databaseUnavailable";

    private static final Logger LOG = Logger.getLogger(ClinicSignIn.class.getName());

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private StaffService staff;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return signIn(request, context);
        }
        if (FhirBasicSignIn.applies(request)) {
            Optional<AuthenticationStatus> fhir = FhirBasicSignIn.validate(request, response, context, identityStores);
            if (fhir.isPresent()) {
                return fhir.get();
            }
        }
        HttpSession session = request.getSession(false);
        String username = session == null ? null : (String) session.getAttribute(SIGNED_IN_USERNAME);
        if (username != null && !context.isProtected() && isStaticResource(request)) {
            return context.doNothing(); // a style sheet or a script needs no caller, and no query of the staff table
        }
        if (username != null) {
            Optional<Set<RoleType>> roles;
            try {
                roles = staff.activeRolesOf(username);
            } catch (RuntimeException databaseDown) {
                if (context.isProtected()) {
                    throw databaseDown; // fail closed: the error page, never a page without its caller's check
                }
                // The sign-in page, the error pages and keep-alive answer without a caller while the database is down.
                LOG.log(Level.WARNING, "The account of a signed-in session could not be read", databaseDown);
                return context.doNothing();
            }
            if (roles.isPresent()) {
                return context.notifyContainerAboutLogin(username, groupsOf(roles.get()));
            }
            // Disabled, voided or left without a role since she signed in: this session ends now.
            session.invalidate();
            return context.isProtected()
                    ? redirectToSignIn(request, response, context, SignInPage.ACCOUNT_CHANGED)
                    : context.doNothing();
        }
        if (context.isProtected()) {
            boolean sessionEnded = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
            return redirectToSignIn(request, response, context, sessionEnded ? SignInPage.SESSION_ENDED : null);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context) {
        CredentialValidationResult result;
        try {
            result = identityStores.validate(context.getAuthParameters().getCredential());
        } catch (RuntimeException databaseDown) {
            LOG.log(Level.SEVERE, "Sign-in could not be checked: the staff table or the audit trail cannot be reached",
                    databaseDown);
            request.setAttribute(DATABASE_UNAVAILABLE, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // The session is created here, at sign-in, and not before (LoginBacking renews an older one's id).
        request.getSession(true).setAttribute(SIGNED_IN_USERNAME, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus redirectToSignIn(HttpServletRequest request, HttpServletResponse response,
                                                         HttpMessageContext context, String reason)
            throws AuthenticationException {
        StringBuilder location = new StringBuilder(request.getContextPath()).append(SignInPage.PATH).append('?');
        if (reason != null) {
            location.append(reason).append('&');
        }
        ReturnPath.of(request).ifPresent(path -> location.append(SignInPage.CONTINUE).append('=')
                .append(URLEncoder.encode(path, StandardCharsets.UTF_8)));
        try {
            if (Servlets.isFacesAjaxRequest(request)) {
                // The page's script would drop an HTML answer to its AJAX call: move the whole window instead.
                Servlets.facesRedirect(request, response, location.toString());
            } else {
                response.sendRedirect(location.toString());
            }
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private static Set<String> groupsOf(Set<RoleType> roles) {
        return roles.stream().map(RoleType::name).collect(Collectors.toSet());
    }
}
