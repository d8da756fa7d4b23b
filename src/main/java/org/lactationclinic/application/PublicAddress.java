package org.lactationclinic.application;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.lactationclinic.infrastructure.security.SecuritySettings;

/**
 * What the web layer's filters need to know about where the clinic is served: the public base URL that redirects are
 * built from (and that makes the session cookie Secure and HSTS apply when it is https), and whether a TLS-terminating
 * proxy's {@code X-Forwarded-Proto} is to be believed. The settings themselves are read and checked by
 * {@link SecuritySettings}, which the production switch also uses at start-up (so it stays in infrastructure); the web
 * asks here, so that it reaches infrastructure only through the application layer (docs/architecture.md, "Layer
 * rules"). Static, like the settings: a filter runs before any CDI request scope matters, and the tests pass their own
 * {@link Config}.
 */
public final class PublicAddress {

    private PublicAddress() {}

    /** The configured public base URL without a trailing slash, when one is configured; refused when malformed. */
    public static Optional<String> baseUrl(Config config) {
        return SecuritySettings.publicBaseUrl(config);
    }

    /** True when a reverse proxy terminates TLS and its {@code X-Forwarded-Proto} header is believed. */
    public static boolean isBehindTlsProxy(Config config) {
        return SecuritySettings.isBehindTlsProxy(config);
    }
}
