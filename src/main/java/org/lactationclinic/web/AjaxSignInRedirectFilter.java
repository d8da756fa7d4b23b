package org.lactationclinic.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Servlets;

import java.io.IOException;

/**
 * When a session has ended, the sign-in mechanism redirects the page's next AJAX request to the sign-in
 * page; the browser follows that redirect inside the AJAX call, and the page's script would silently drop
 * a whole HTML page. This filter answers such a request with a Faces partial-response redirect instead,
 * so the whole window goes to the sign-in page, which then explains that the session ended.
 */
@WebFilter("/login.xhtml")
public class AjaxSignInRedirectFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Servlets.isFacesAjaxRequest(request)) {
            // Only a page whose session ended sends AJAX requests that end up here: say so on the page.
            Servlets.facesRedirect(request, response, request.getContextPath() + "/login.xhtml?" + LoginBacking.SESSION_ENDED);
            return;
        }
        chain.doFilter(request, response);
    }
}
