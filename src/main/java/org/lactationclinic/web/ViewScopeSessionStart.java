package org.lactationclinic.web;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every new session the two maps in which Mojarra keeps its {@code @ViewScoped} beans, before any request of that
 * session can reach a page (issue 11, item 4).
 *
 * <p>Mojarra 4.1 (Payara 7) creates them on the first view-scoped bean of a session with a check outside its lock and
 * no check inside it ({@code ViewScopeManager.processPostConstructViewMap},
 * {@code ViewScopeContextManager.getContextMap}). When a session's first requests arrive together (two tabs restored at
 * once, a double-click, a burst of AJAX), each creates its own map and the last one wins: the other requests' beans are
 * no longer found when the page renders, and a new, never-loaded bean answers instead ("this.now is null" on the dyad
 * overview). The window is narrow (ConcurrentPagesIT did not hit it on a two-core machine), so this closes it rather
 * than waits for it; layout.xhtml still refuses to show a page whose bean is not loaded. A session is created by one
 * request and reaches no other before that request has answered, so maps put here are there for all of them. The names
 * are Mojarra's; the map types are those it would create (it removes the eldest view itself, so an insertion-ordered
 * map serves).
 */
@WebListener
public class ViewScopeSessionStart implements HttpSessionListener {

    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        if (session.getAttribute(ACTIVE_VIEW_MAPS) == null) {
            session.setAttribute(ACTIVE_VIEW_MAPS, Collections.synchronizedMap(new LinkedHashMap<String, Object>()));
        }
        if (session.getAttribute(ACTIVE_VIEW_CONTEXTS) == null) {
            session.setAttribute(ACTIVE_VIEW_CONTEXTS, new ConcurrentHashMap<Object, Object>());
        }
    }
}
