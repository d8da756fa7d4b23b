package org.lactationclinic.web.security;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Keeps the Content-Security-Policy from giving anonymous visitors a session.
 *
 * <p>With {@code primefaces.CSP} on, PrimeFaces notes each page's script nonce in the view map before the page is
 * built, unless the view is transient; a view map lives in the HTTP session, so the sign-in page created one for every
 * anonymous visitor (ReliabilityIT.anonymousRequests_shouldCreateNoSession), which is what the clinic's own sign-in
 * mechanism was written to avoid. The sign-in page is stateless anyway ({@code statelessView} in the layout), but that
 * is applied only when the page is built, after PrimeFaces asked. A view created for a request without a session is
 * marked transient from the start; signed-in requests always have one, so their pages keep their state.
 */
public class SessionlessViewHandler extends ViewHandlerWrapper {

    public SessionlessViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (view != null && context.getExternalContext().getSession(false) == null) {
            view.setTransient(true);
        }
        return view;
    }
}
