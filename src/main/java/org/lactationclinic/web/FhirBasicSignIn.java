package org.lactationclinic.web;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sign-in on the /fhir endpoint (issue 14): another system has no sign-in page to go to, so each request carries HTTP
 * Basic credentials (over TLS, which the reverse proxy in front of the clinic provides), checked by the same identity
 * store as the sign-in page, throttled alike (ClinicSignIn) and recorded on the audit trail as a sign-in, with no
 * session created. A consultant already signed in on the pages may open it in her browser with her session. Anything
 * else gets 401 with a Basic challenge, never the sign-in page. The same for Payara's /metrics and /openapi
 * ({@link #OPERATIONS_PATHS}), which web.xml opens to ADMIN and MONITORING only.
 */
final class FhirBasicSignIn {

    static final String PATH = "/fhir";

    private FhirBasicSignIn() {}

    /**
     * Payara's /metrics and /openapi (issue 15, point 4), part of this application when it is deployed at the root
     * context: a monitoring system's MONITORING account scrapes them with HTTP Basic, like another system on /fhir.
     */
    static final java.util.List<String> OPERATIONS_PATHS = java.util.List.of("/metrics", "/openapi");

    static boolean applies(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return under(path, PATH) || OPERATIONS_PATHS.stream().anyMatch(operations -> under(path, operations));
    }

    private static boolean under(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }

    /** @return the status, or empty to let the session-based sign-in decide (no Basic header, a session exists) */
    static Optional<AuthenticationStatus> validate(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            Function<UsernamePasswordCredential, CredentialValidationResult> passwordCheck) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (request.getSession(false) != null) {
                return Optional.empty();
            }
            return Optional.of(challenge(response, context));
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.of(challenge(response, context));
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.of(challenge(response, context));
        }
        CredentialValidationResult result = passwordCheck.apply(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return Optional.of(challenge(response, context));
        }
        return Optional.of(context.notifyContainerAboutLogin(result));
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        if (!context.isProtected()) {
            return context.doNothing();
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Lactation Clinic\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }
}
