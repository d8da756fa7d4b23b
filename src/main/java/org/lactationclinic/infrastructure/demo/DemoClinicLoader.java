package org.lactationclinic.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.lactationclinic.infrastructure.database.DatabaseSettings;
import org.lactationclinic.infrastructure.repository.StaffRepository;
import org.lactationclinic.infrastructure.security.PasswordHasher;

/**
 * Loads the {@link DemoClinic} once the schema is migrated, only into an empty database (no staff accounts yet) and
 * only when demo data is enabled: DEMO_DATA=true|false, defaulting to true on the embedded H2 database and false
 * anywhere else, so a real clinic's PostgreSQL never gets sample patients.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "FirstAdminBootstrap"})
public class DemoClinicLoader {

    private static final Logger LOG = Logger.getLogger(DemoClinicLoader.class.getName());

    @Inject
    private Config config;

    @Inject
    private StaffRepository staff;

    @Inject
    private DemoClinic demoClinic;

    @Inject
    private PasswordHasher hasher;

    /** True when the demo accounts are there with the demo password (loaded now or at an earlier start). */
    private volatile boolean demoPresent;

    @PostConstruct
    void loadIfWanted() {
        if (!DatabaseSettings.isDemoDataEnabled(config)) {
            LOG.info("Demo data disabled");
            return;
        }
        if (staff.countHoldingStartLock() > 0) { // one loader at a time, on any server (issue 16)
            // Shown on the sign-in page only if the published password really opens the demo account (one hash).
            demoPresent = staff.findByUsername(DemoClinic.CONSULTANT_USERNAME)
                    .filter(user -> hasher.verify(DemoClinic.DEMO_PASSWORD.toCharArray(), user.getPasswordHash()))
                    .isPresent();
            LOG.info("Database already has staff accounts: demo clinic not loaded"
                    + (demoPresent ? " (it was earlier)" : ""));
            return;
        }
        demoClinic.load();
        demoPresent = true;
        LOG.info("Demo clinic loaded: sign in as " + DemoClinic.CONSULTANT_USERNAME + " / " + DemoClinic.DEMO_PASSWORD);
    }

    /**
     * Whether the sign-in page may show the demo accounts: demo data is enabled and its accounts are really in this
     * database with the published password (issue 15), never on a clinic's own database.
     */
    @Lock(LockType.READ)
    public boolean isDemoPresent() {
        return demoPresent;
    }
}
