package org.lactationclinic.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.lactationclinic.infrastructure.persistence.DatabaseSettings;
import org.lactationclinic.infrastructure.persistence.StaffRepository;

import java.util.logging.Logger;

/**
 * Loads the {@link DemoClinic} once the schema is migrated, only into an empty database (no staff
 * accounts yet) and only when demo data is enabled: DEMO_DATA=true|false, defaulting to true on the
 * embedded H2 database and false anywhere else, so a real clinic's PostgreSQL never gets sample patients.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoClinicLoader {

    private static final Logger LOG = Logger.getLogger(DemoClinicLoader.class.getName());

    @Inject
    private Config config;

    @Inject
    private StaffRepository staff;

    @Inject
    private DemoClinic demoClinic;

    @PostConstruct
    void loadIfWanted() {
        if (!DatabaseSettings.isDemoDataEnabled(config)) {
            LOG.info("Demo data disabled");
            return;
        }
        if (staff.count() > 0) {
            LOG.info("Database already has staff accounts: demo clinic not loaded");
            return;
        }
        demoClinic.load();
        LOG.info("Demo clinic loaded: sign in as " + DemoClinic.CONSULTANT_USERNAME + " / " + DemoClinic.DEMO_PASSWORD);
    }
}
