package org.lactationclinic.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Tells the server that a page request changed the session, so that a clustered server writes it to the data grid
 * (issue 16).
 *
 * <p>Payara Micro writes a session to the grid only when an attribute was set or removed during the request (its
 * {@code persistence-scope="modified-session"}). Mojarra keeps a page's {@code @ViewScoped} beans in the session
 * attributes {@link ViewScopeSessionStart#ACTIVE_VIEW_MAPS} and {@link ViewScopeSessionStart#ACTIVE_VIEW_CONTEXTS},
 * created once per session and then changed in place: a save on an open consultation page set nothing, the grid kept
 * the page as it was when the session last changed, and the server that took over after a crash refused the save as a
 * conflict. Setting the two attributes again (the same objects) after every page request marks them changed: Payara
 * then writes the session, and under {@code modified-attribute} scope these two attributes. On a server that is not
 * clustered setting an attribute costs a map put; on a clustered one the write is the session's serialization, measured
 * in docs/scale-out.md.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class ViewStateReplication extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null) {
                touch(session, ViewScopeSessionStart.ACTIVE_VIEW_MAPS);
                touch(session, ViewScopeSessionStart.ACTIVE_VIEW_CONTEXTS);
            }
        }
    }

    private static void touch(HttpSession session, String name) {
        try {
            Object value = session.getAttribute(name);
            if (value != null) {
                session.setAttribute(name, value);
            }
        } catch (IllegalStateException invalidated) {
            // Signed out during the request: nothing left to replicate.
        }
    }
}
