package org.lactationclinic.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.omnifaces.util.Servlets;

/**
 * The page a user is taken back to after she signs in, as a path inside the application
 * ({@code /consultation/edit.xhtml?id=...}). It travels in the sign-in page's URL, not in a session, and is only ever a
 * path in this application: anything else (another host, {@code //host}, a backslash, a control character, the sign-in
 * page itself, a resource) is dropped, so the parameter cannot send anyone elsewhere.
 */
final class ReturnPath {

    private static final int MAX_LENGTH = 2_000;

    private ReturnPath() {}

    /**
     * Where the request that needs sign-in wanted to go: the page itself for a GET, and for a POST or an AJAX request
     * the page it was sent from (its Referer), since a form post cannot be replayed.
     */
    static Optional<String> of(HttpServletRequest request) {
        String contextPath = request.getContextPath();
        if ("GET".equals(request.getMethod()) && !Servlets.isFacesAjaxRequest(request)) {
            String query = request.getQueryString();
            return checked(
                    request.getRequestURI().substring(contextPath.length()) + (query == null ? "" : "?" + query));
        }
        return fromReferer(request.getHeader("Referer"), contextPath);
    }

    static Optional<String> fromReferer(String referer, String contextPath) {
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith(contextPath + "/")) {
                return Optional.empty();
            }
            String query = uri.getRawQuery();
            return checked(path.substring(contextPath.length()) + (query == null ? "" : "?" + query));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The path when it is a safe place to return to inside the application. */
    static Optional<String> checked(String path) {
        if (path == null
                || path.length() > MAX_LENGTH
                || !path.startsWith("/")
                || path.startsWith("//")
                || path.contains("\\")
                || path.contains("/../")
                || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        if (path.startsWith(SignInPage.PATH)
                || path.startsWith("/logout")
                || path.startsWith("/jakarta.faces.resource")
                || path.startsWith("/resources/")) {
            return Optional.empty();
        }
        return Optional.of(path);
    }
}
