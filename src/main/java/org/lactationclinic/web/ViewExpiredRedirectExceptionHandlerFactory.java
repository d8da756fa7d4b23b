package org.lactationclinic.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import org.omnifaces.util.Exceptions;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A form posted (without AJAX) after its view expired, for example one left open while the server restarted or while
 * many other pages were opened, is answered with a redirect to the same page and a message that nothing was saved; when
 * no one is signed in any more, with a redirect to sign-in saying the session ended. The error page mapped in web.xml
 * would keep the status 500, which the browser, a proxy and the monitoring all take for a fault. AJAX requests are left
 * to OmniFaces' {@code FullAjaxExceptionHandler}.
 */
public class ViewExpiredRedirectExceptionHandlerFactory extends ExceptionHandlerFactory {

    public ViewExpiredRedirectExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            if (!context.getPartialViewContext().isAjaxRequest() && removeViewExpired()) {
                ExternalContext external = context.getExternalContext();
                // Not Faces.redirect: it formats the URL, and a query string's %-escapes are no format.
                // The page the form was posted from, with its parameters (the post's own URI has none).
                Optional<String> page = ReturnPath.of((HttpServletRequest) external.getRequest());
                String contextPath = external.getRequestContextPath();
                if (external.getRemoteUser() == null) {
                    redirect(
                            external,
                            contextPath + SignInPage.PATH + "?" + SignInPage.SESSION_ENDED
                                    + page.map(path -> "&" + SignInPage.CONTINUE + "="
                                                    + URLEncoder.encode(path, StandardCharsets.UTF_8))
                                            .orElse(""));
                } else {
                    Messages.addFlashGlobalWarn("clinic.message.warn.viewExpired");
                    redirect(
                            external,
                            page.map(path -> contextPath + path).orElseGet(Faces::getRequestURIWithQueryString));
                }
            }
            getWrapped().handle();
        }

        private static void redirect(ExternalContext external, String url) {
            try {
                external.redirect(url);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Takes every expired-view exception off the queue: true when there was one. */
        private boolean removeViewExpired() {
            boolean found = false;
            for (Iterator<ExceptionQueuedEvent> events =
                            getUnhandledExceptionQueuedEvents().iterator();
                    events.hasNext(); ) {
                if (Exceptions.is(events.next().getContext().getException(), ViewExpiredException.class)) {
                    events.remove();
                    found = true;
                }
            }
            return found;
        }
    }
}
