package org.lactationclinic.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.application.SecondFactorService;
import org.lactationclinic.application.SignInGuard;
import org.lactationclinic.application.StaffService;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.web.security.SecurityHeadersFilter;
import org.omnifaces.util.Servlets;

/**
 * How staff sign in and stay signed in: form sign-in on the clinic's own page, then the session.
 *
 * <p>Written instead of the built-in form mechanism for three reasons:
 *
 * <ul>
 *   <li>A request that needs sign-in is redirected to {@code login.xhtml?continue=<the page>} without creating an HTTP
 *       session: the built-in mechanism saved the request in a new session, so every anonymous request cost about 12 KB
 *       of heap for 30 minutes (230,000 of them filled a 1 GB heap). The page to go back to travels in the URL instead,
 *       and an AJAX request (a page whose session ended) gets a Faces redirect of the whole window, with the page it
 *       came from.
 *   <li>A session remembers only who signed in; the account's roles are read from the staff table on every request
 *       ({@link StaffService#activeRolesOf}). Disabling an account, voiding it or changing its roles takes effect on
 *       its open sessions at their next request: a disabled user's session ends, a demoted admin is refused the admin
 *       pages. One indexed query per request.
 *   <li>Password guessing is slowed down before the password is hashed ({@link SignInGuard}, the throttle): growing
 *       delays, then a lock that expires or an admin lifts, per account and per address; each refusal is audited.
 *   <li>An account with a second factor (issue 15, RFC 6238) signs in in two steps: the password here, then a code on
 *       {@code login-code.xhtml} ({@link SecondFactorCredential}), throttled and audited like a password; an admin
 *       without one while the clinic requires it is signed in only to enrol ({@link #MUST_ENROL}).
 *   <li>When the database cannot be reached at sign-in, the user is told so ({@link #DATABASE_UNAVAILABLE}), never that
 *       her password is wrong.
 * </ul>
 *
 * Roles are mapped to groups of the same names (WEB-INF/glassfish-web.xml).
 */
@ApplicationScoped
public class ClinicSignIn implements HttpAuthenticationMechanism {

    /** Session attribute: the username that signed in on this session. */
    static final String SIGNED_IN_USERNAME = ClinicSignIn.class.getName() + ".username";
    /** Request attribute set when sign-in was refused unchecked (too many failures): the seconds to wait. */
    static final String THROTTLED_SECONDS = ClinicSignIn.class.getName() + ".throttledSeconds";
    /**
     * Session attribute between the two steps of a sign-in with a second factor: the account whose password was right.
     */
    static final String PENDING_USERNAME = ClinicSignIn.class.getName() + ".pendingUsername";
    /** Session attribute: when the password step of {@link #PENDING_USERNAME} passed. */
    static final String PENDING_SINCE = ClinicSignIn.class.getName() + ".pendingSince";
    /** Session attribute: an admin signed in without the second factor the clinic requires; she must enrol first. */
    static final String MUST_ENROL = org.lactationclinic.web.security.SecondFactorEnrolmentFilter.MUST_ENROL;
    /** Request attribute set when the code step came too late, or without the password step: start again. */
    static final String SECOND_FACTOR_EXPIRED = ClinicSignIn.class.getName() + ".secondFactorExpired";
    /** How long the code step waits for its code after the password. */
    static final java.time.Duration CODE_STEP_TIME = java.time.Duration.ofMinutes(5);
    /** Request attribute set when sign-in failed because the database could not be asked. */
    static final String DATABASE_UNAVAILABLE = ClinicSignIn.class.getName() + ".databaseUnavailable";

    private static final Logger LOG = Logger.getLogger(ClinicSignIn.class.getName());

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private StaffService staff;

    @Inject
    private Config config;

    @Inject
    private SignInGuard throttle;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private SecondFactorService secondFactor;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            return signIn(request, response, context);
        }
        if (FhirBasicSignIn.applies(request)) {
            Optional<AuthenticationStatus> fhir = FhirBasicSignIn.validate(
                    request, response, context, credential -> validateBasic(credential, request));
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

    private AuthenticationStatus signIn(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof SecondFactorCredential code) {
            return secondStep(request, code, context);
        }
        CredentialValidationResult result;
        SecondFactorService.Step next;
        try {
            result = validateThrottled(credential, request);
            next = result.getStatus() == CredentialValidationResult.Status.VALID
                    ? secondFactor.stepAfterPassword(result.getCallerPrincipal().getName())
                    : SecondFactorService.Step.NONE;
        } catch (RuntimeException databaseDown) {
            LOG.log(
                    Level.SEVERE,
                    "Sign-in could not be checked: the staff table or the audit trail cannot be reached",
                    databaseDown);
            request.setAttribute(DATABASE_UNAVAILABLE, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        String username = result.getCallerPrincipal().getName();
        // The session is created here, at sign-in, and not before (LoginBacking renews an older one's id).
        HttpSession session = request.getSession(true);
        if (next == SecondFactorService.Step.CODE) {
            // Not signed in yet: the code page comes next. The account's failure count is not cleared by a right
            // password, or an attacker holding it could guess codes three at a time for ever.
            session.setAttribute(PENDING_USERNAME, username);
            session.setAttribute(PENDING_SINCE, clock.instant());
            StringBuilder location = new StringBuilder(request.getContextPath()).append(SignInPage.CODE_PATH);
            ReturnPath.checked(request.getParameter(SignInPage.CONTINUE))
                    .ifPresent(path -> location.append('?')
                            .append(SignInPage.CONTINUE)
                            .append('=')
                            .append(URLEncoder.encode(path, StandardCharsets.UTF_8)));
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader(
                    "Location", SecurityHeadersFilter.redirectLocation(request, config, location.toString()));
            return AuthenticationStatus.SEND_CONTINUE;
        }
        throttle.succeeded(username);
        if (next == SecondFactorService.Step.ENROL) {
            session.setAttribute(
                    MUST_ENROL, Boolean.TRUE); // SecondFactorEnrolmentFilter keeps her on the enrolment page
        }
        session.setAttribute(SIGNED_IN_USERNAME, username);
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * The code step of a sign-in with a second factor (issue 15): the session must hold an account whose password was
     * right within {@link #CODE_STEP_TIME}; the code is throttled like a password (the same counts, per account and per
     * address), each failure audited, and a right code signs in under a new session id.
     */
    private AuthenticationStatus secondStep(
            HttpServletRequest request, SecondFactorCredential code, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        String username = session == null ? null : (String) session.getAttribute(PENDING_USERNAME);
        java.time.Instant since = session == null ? null : (java.time.Instant) session.getAttribute(PENDING_SINCE);
        if (username == null || since == null || since.plus(CODE_STEP_TIME).isBefore(clock.instant())) {
            if (session != null) {
                session.removeAttribute(PENDING_USERNAME);
                session.removeAttribute(PENDING_SINCE);
            }
            request.setAttribute(SECOND_FACTOR_EXPIRED, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        String address = request.getRemoteAddr();
        Optional<Set<RoleType>> roles;
        try {
            Optional<SignInGuard.Refusal> refused = throttle.check(username, address);
            if (refused.isPresent()) {
                audit.recordSignInThrottled(
                        username, "second factor refused: " + refused.get().reason());
                request.setAttribute(THROTTLED_SECONDS, refused.get().secondsLeft(clock.instant()));
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (!secondFactor.verifySignIn(username, code.code())) {
                boolean locked = throttle.failed(username, address);
                audit.recordSignInThrottled(
                        username,
                        locked
                                ? "second factor: wrong code; locked: " + SignInGuard.LOCK_AFTER + " failures"
                                : "second factor: wrong code");
                return AuthenticationStatus.SEND_FAILURE;
            }
            roles = staff.activeRolesOf(username);
            if (roles.isEmpty()) {
                return AuthenticationStatus.SEND_FAILURE; // disabled between the two steps
            }
            throttle.succeeded(username);
            audit.recordSignInStep(username, "second factor");
        } catch (RuntimeException databaseDown) {
            LOG.log(Level.SEVERE, "A second factor could not be checked: the database cannot be reached", databaseDown);
            request.setAttribute(DATABASE_UNAVAILABLE, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        session.removeAttribute(PENDING_USERNAME);
        session.removeAttribute(PENDING_SINCE);
        session.setAttribute(SIGNED_IN_USERNAME, username); // under the id LoginCodeBacking renewed before this step
        return context.notifyContainerAboutLogin(username, groupsOf(roles.get()));
    }

    /**
     * HTTP Basic (/fhir, /metrics): the password check, and then no account that signs in with a second factor, nor an
     * admin while the clinic requires one: a header cannot carry a one-time code, so those accounts use the pages.
     */
    private CredentialValidationResult validateBasic(Credential credential, HttpServletRequest request) {
        CredentialValidationResult result = validateThrottled(credential, request);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return result;
        }
        String username = result.getCallerPrincipal().getName();
        if (secondFactor.stepAfterPassword(username) != SecondFactorService.Step.NONE) {
            audit.recordSignInThrottled(username, "refused: second factor, not over HTTP Basic");
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttle.succeeded(username);
        return result;
    }

    /**
     * The password check of both sign-ins, the page's and the HTTP Basic one of /fhir ({@link FhirBasicSignIn}), so
     * that guessing through either is throttled alike: refused before the password is hashed, so a refused attempt
     * costs no PBKDF2 work (issue 15); every failure counted. A refusal by the throttle leaves its seconds in the
     * request ({@link #THROTTLED_SECONDS}) for the sign-in page.
     */
    private CredentialValidationResult validateThrottled(Credential credential, HttpServletRequest request) {
        String username = credential instanceof UsernamePasswordCredential typed && typed.getCaller() != null
                ? typed.getCaller().strip().toLowerCase(Locale.ROOT)
                : "";
        String address = request.getRemoteAddr();
        Optional<SignInGuard.Refusal> refused = throttle.check(username, address);
        if (refused.isPresent()) {
            audit.recordSignInThrottled(username, "refused: " + refused.get().reason());
            request.setAttribute(THROTTLED_SECONDS, refused.get().secondsLeft(clock.instant()));
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            if (throttle.failed(username, address)) {
                try {
                    audit.recordSignInThrottled(username, "locked: " + SignInGuard.LOCK_AFTER + " failures");
                } catch (RuntimeException databaseDown) {
                    LOG.log(Level.WARNING, "An account's sign-in lock could not be recorded", databaseDown);
                }
            }
            return result;
        }
        // A right password clears the account's failures only once sign-in is complete (the callers).
        return result;
    }

    private AuthenticationStatus redirectToSignIn(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String reason)
            throws AuthenticationException {
        StringBuilder location = new StringBuilder(request.getContextPath())
                .append(SignInPage.PATH)
                .append('?');
        if (reason != null) {
            location.append(reason).append('&');
        }
        ReturnPath.of(request)
                .ifPresent(path -> location.append(SignInPage.CONTINUE)
                        .append('=')
                        .append(URLEncoder.encode(path, StandardCharsets.UTF_8)));
        // This answer leaves before any filter runs: it gets the security headers here.
        SecurityHeadersFilter.applyHeaders(request, response, config, false);
        if (Servlets.isFacesAjaxRequest(request)) {
            // The page's script would drop an HTML answer to its AJAX call: move the whole window instead.
            Servlets.facesRedirect(request, response, location.toString());
        } else {
            // Not sendRedirect: Payara would make the address absolute with the request's Host header.
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader(
                    "Location", SecurityHeadersFilter.redirectLocation(request, config, location.toString()));
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
