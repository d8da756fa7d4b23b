package org.lactationclinic.infrastructure.security;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The deployment's security settings, read from MicroProfile Config (environment variables or -D system properties, as
 * the database settings are; deploy/lactation-clinic.env.sample lists them).
 *
 * <ul>
 *   <li>{@value #PUBLIC_BASE_URL}: the address staff type, e.g. {@code https://clinic.example.org}. Redirects are built
 *       from it, never from the request's Host header; when it starts with https the session cookie is Secure and every
 *       answer carries HSTS, whatever the hop from a TLS-terminating proxy is.
 *   <li>{@value #BEHIND_TLS_PROXY}: true when a reverse proxy terminates TLS and sets {@code X-Forwarded-Proto}; only
 *       then is that header believed (a client could send it itself).
 *   <li>{@value #PRODUCTION}: the production switch (deploy/README.md): refuse to start without DB_URL or without the
 *       audit key.
 * </ul>
 */
public final class SecuritySettings {

    public static final String PUBLIC_BASE_URL = "PUBLIC_BASE_URL";
    public static final String BEHIND_TLS_PROXY = "BEHIND_TLS_PROXY";
    public static final String PRODUCTION = "PRODUCTION";

    private SecuritySettings() {}

    /** The configured public base URL without a trailing slash, when one is configured; refused when malformed. */
    public static Optional<String> publicBaseUrl(Config config) {
        return config.getOptionalValue(PUBLIC_BASE_URL, String.class)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(SecuritySettings::checkedBaseUrl);
    }

    static String checkedBaseUrl(String value) {
        URI uri = URI.create(value);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http"))
                || uri.getHost() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || uri.getRawPath() != null
                        && !uri.getRawPath().isEmpty()
                        && !uri.getRawPath().equals("/")) {
            throw new IllegalArgumentException(PUBLIC_BASE_URL + " must be a scheme and a host (and port), like "
                    + "https://clinic.example.org: " + value);
        }
        return scheme + "://" + uri.getRawAuthority();
    }

    public static boolean isBehindTlsProxy(Config config) {
        return config.getOptionalValue(BEHIND_TLS_PROXY, Boolean.class).orElse(false);
    }

    public static boolean isProduction(Config config) {
        return config.getOptionalValue(PRODUCTION, Boolean.class).orElse(false);
    }
}
