package org.lactationclinic.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.lactationclinic.application.PublicAddress;

/**
 * The headers every answer carries (issue 15, point 3), and redirects that never follow the Host header.
 *
 * <ul>
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin} (a page's address holds a
 *       mother's uuid; it never leaves the clinic in a Referer), {@code X-Frame-Options: DENY} for browsers that
 *       predate CSP's {@code frame-ancestors}.
 *   <li>Content-Security-Policy: on Faces pages PrimeFaces writes it ({@code primefaces.CSP} in web.xml, with a nonce
 *       for its scripts; the policy is {@code primefaces.CSP_POLICY}); every other answer (the print view, PDFs,
 *       keep-alive, sign-out, static files) gets {@link #NON_FACES_POLICY} here.
 *   <li>{@code Cache-Control: no-store} on everything but static resources: any page may show patient data, and a
 *       shared clinic computer's cache or the back button after sign-out must not keep it.
 *   <li>HSTS when the request came over TLS (or, with {@code BEHIND_TLS_PROXY}, the proxy says it did), or when the
 *       configured public base URL is https.
 *   <li>Redirects: Payara turns a relative redirect into an absolute one with the request's Host header, so a forged
 *       Host sent a user elsewhere. Here the Location is the configured public base URL plus the path, or the path
 *       alone (a relative Location, RFC 9110 10.2.2) when none is configured.
 * </ul>
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class SecurityHeadersFilter extends HttpFilter {

    /**
     * Answers that are not Faces pages: no script but the print view's one inline handler
     * ({@code onclick="window.print()"}, allowed by its hash), inline styles of the printed documents, images from the
     * application or inline (the clinic logo and the growth chart are data: URIs).
     */
    static final String NON_FACES_POLICY = "default-src 'none'; script-src 'unsafe-hashes' "
            + "'sha256-" + sha256Base64("window.print()")
            + "'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Inject
    private Config config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> base = applyHeaders(request, response, config, path.endsWith(".xhtml"));
        chain.doFilter(request, new HostIndependentRedirects(request, response, base.orElse("")));
    }

    /**
     * Sets the headers on an answer; also called by the sign-in mechanism, whose redirects leave before any filter
     * runs. Returns the configured public base URL.
     *
     * @param facesPage true when a Faces page will answer, which writes its own policy (PrimeFaces, with the nonce)
     */
    public static Optional<String> applyHeaders(
            HttpServletRequest request, HttpServletResponse response, Config config, boolean facesPage) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (!facesPage && !response.containsHeader("Content-Security-Policy")) {
            response.setHeader("Content-Security-Policy", NON_FACES_POLICY);
        }
        if (!isStaticResource(path)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        Optional<String> base = PublicAddress.baseUrl(config);
        if (overTls(request, base, config)) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        return base;
    }

    /** Where a redirect to {@code target} goes: the public base URL, or no host at all, never the Host header's. */
    public static String redirectLocation(HttpServletRequest request, Config config, String target) {
        return HostIndependentRedirects.location(
                request, PublicAddress.baseUrl(config).orElse(""), target);
    }

    private static boolean overTls(HttpServletRequest request, Optional<String> base, Config config) {
        return request.isSecure()
                || base.filter(url -> url.startsWith("https://")).isPresent()
                || PublicAddress.isBehindTlsProxy(config)
                        && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private static String sha256Base64(String script) {
        try {
            return java.util.Base64.getEncoder()
                    .encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(script.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Redirects to the public base URL (or to the bare path), never to the Host the request named. */
    static final class HostIndependentRedirects extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final String base;

        HostIndependentRedirects(HttpServletRequest request, HttpServletResponse response, String base) {
            super(response);
            this.request = request;
            this.base = base;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            sendRedirect(location, SC_FOUND, true);
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            sendRedirect(location, SC_FOUND, clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int sc) throws IOException {
            sendRedirect(location, sc, true);
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("The answer was already sent");
            }
            if (clearBuffer) {
                resetBuffer();
            }
            setStatus(sc);
            setHeader("Location", location(request, base, location));
            if (!containsHeader("Content-Security-Policy")) {
                setHeader("Content-Security-Policy", NON_FACES_POLICY); // a Faces redirect is no rendered page
            }
            flushBuffer();
        }

        /** The Location for a redirect to {@code target}: absolute addresses are kept only when they are ours. */
        static String location(HttpServletRequest request, String base, String target) {
            URI uri = URI.create(target);
            String path;
            if (uri.isAbsolute() || target.startsWith("//")) {
                // The application only ever redirects within itself; whatever host was given is replaced.
                path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            } else if (target.startsWith("/")) {
                path = target;
            } else {
                String current = request.getRequestURI();
                path = current.substring(0, current.lastIndexOf('/') + 1) + target;
            }
            return base + path;
        }
    }
}
