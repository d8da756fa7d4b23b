package org.lactationclinic.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.Config;
import org.lactationclinic.application.PublicAddress;

/**
 * Marks the session cookie Secure when the clinic is served over https (its public base URL says so). web.xml already
 * makes it HttpOnly and SameSite=Lax; Payara adds Secure by itself to a cookie set on a request that came over TLS, but
 * behind a TLS-terminating proxy the hop to Payara is plain HTTP, so the configured address decides.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Inject
    private Config config;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (PublicAddress.baseUrl(config)
                .filter(url -> url.startsWith("https://"))
                .isPresent()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
