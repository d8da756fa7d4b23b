package org.lactationclinic.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * Keeps an admin who signed in without the second factor the clinic requires (issue 15) on the enrolment page until she
 * has one: any other page, download or endpoint redirects there. She may still sign out, and the page's own resources
 * load. The session attribute is set by web.ClinicSignIn and removed by the enrolment page.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SecondFactorEnrolmentFilter extends HttpFilter {

    /** web.ClinicSignIn.MUST_ENROL (the same name; that class is not public). */
    public static final String MUST_ENROL = "org.lactationclinic.web.ClinicSignIn.mustEnrol";

    public static final String ENROLMENT_PAGE = "/account/second-factor.xhtml";
    private static final Set<String> ALLOWED = Set.of(ENROLMENT_PAGE, "/logout", "/keep-alive", "/login.xhtml");

    @Inject
    private Config config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(MUST_ENROL) != null) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (!ALLOWED.contains(path)
                    && !path.startsWith("/jakarta.faces.resource/")
                    && !path.startsWith("/resources/")
                    && !path.startsWith("/health")) {
                SecurityHeadersFilter.applyHeaders(request, response, config, false);
                response.setStatus(HttpServletResponse.SC_FOUND);
                response.setHeader(
                        "Location",
                        SecurityHeadersFilter.redirectLocation(
                                request, config, request.getContextPath() + ENROLMENT_PAGE));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
