package org.lactationclinic.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.lactationclinic.infrastructure.demo.DemoClinic;
import org.lactationclinic.infrastructure.demo.DemoClinicLoader;

/**
 * What the sign-in page shows of the demo clinic: whether its accounts are really in this database (issue 15), and
 * their published names and password. The web asks here rather than reading {@code infrastructure.demo}, so that it
 * reaches infrastructure only through the application layer (docs/architecture.md, "Layer rules"). No role: the sign-in
 * page is shown before anyone is signed in, and it reads nothing that the page does not already publish.
 */
@ApplicationScoped
public class DemoAccounts {

    @Inject
    private DemoClinicLoader loader;

    /** True when demo data is enabled and its accounts are in this database with the published password. */
    public boolean isPresent() {
        return loader.isDemoPresent();
    }

    public String consultantUsername() {
        return DemoClinic.CONSULTANT_USERNAME;
    }

    public String adminUsername() {
        return DemoClinic.ADMIN_USERNAME;
    }

    public String password() {
        return DemoClinic.DEMO_PASSWORD;
    }
}
