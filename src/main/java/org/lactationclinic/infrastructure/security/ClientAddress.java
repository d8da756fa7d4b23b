package org.lactationclinic.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The network address the current HTTP request came from, for the audit trail; none outside a request (start-up work,
 * timers).
 *
 * <p>The request's remote address is used, not {@code X-Forwarded-For}: that header is whatever the client chose to
 * send unless a trusted proxy overwrites it, and an audit trail must not record a forgeable address as fact. Behind a
 * reverse proxy the address recorded is therefore the proxy's (docs/architecture.md, "Audit trail"); to record the
 * client's, configure Payara's HTTP listener to take it from the trusted proxy's header, which changes what
 * {@code getRemoteAddr()} answers and leaves this class as it is.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    private Instance<HttpServletRequest> request;

    /** The current request's remote address, or null when there is no request. */
    public String current() {
        try {
            return request.isResolvable() ? request.get().getRemoteAddr() : null;
        } catch (ContextNotActiveException | IllegalStateException notInARequest) {
            return null;
        }
    }
}
