package org.lactationclinic.infrastructure.security;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.lactationclinic.infrastructure.database.DatabaseSettings;

/**
 * The production switch (issue 15, point 6): {@code PRODUCTION=true} in the environment file makes the server refuse to
 * start rather than run on a fallback. Without the switch nothing changes: the embedded demo clinic starts with no
 * configuration at all.
 *
 * <p>With it, the server stops (exit status {@value #EXIT_CONFIG}, EX_CONFIG) when:
 *
 * <ul>
 *   <li>{@code DB_URL} is not set: the fallback would be an embedded database in the working directory, as user
 *       {@code sa} with an empty password, and the clinic would record patients where nobody backs them up;
 *   <li>{@code DEMO_DATA=true}: sample patients and accounts with a published password;
 *   <li>no audit key is configured ({@link ConfiguredAuditKeys}): a key made up on the server would be lost with it;
 *   <li>{@code PUBLIC_BASE_URL} is not set: redirects and the cookie's Secure flag depend on it.
 * </ul>
 */
public final class ProductionStart {

    public static final int EXIT_CONFIG = 78;

    private static final Logger LOG = Logger.getLogger(ProductionStart.class.getName());

    private ProductionStart() {}

    /** What keeps this configuration from running a real clinic; empty when nothing does or the switch is off. */
    public static List<String> problems(Config config) {
        List<String> problems = new ArrayList<>();
        if (!SecuritySettings.isProduction(config)) {
            return problems;
        }
        if (config.getOptionalValue(DatabaseSettings.URL_KEY, String.class)
                .filter(s -> !s.isBlank())
                .isEmpty()) {
            problems.add(DatabaseSettings.URL_KEY
                    + " is not set: a production server does not fall back to an embedded database");
        }
        if (config.getOptionalValue(DatabaseSettings.DEMO_DATA_KEY, Boolean.class)
                .orElse(false)) {
            problems.add(DatabaseSettings.DEMO_DATA_KEY + "=true: a production server never loads the demo clinic");
        }
        if (!ConfiguredAuditKeys.isConfigured(config)) {
            problems.add("No audit key: set " + ConfiguredAuditKeys.KEYS + " or " + ConfiguredAuditKeys.KEY_FILE);
        }
        if (config.getOptionalValue(SecuritySettings.PUBLIC_BASE_URL, String.class)
                .filter(s -> !s.isBlank())
                .isEmpty()) {
            problems.add(SecuritySettings.PUBLIC_BASE_URL + " is not set (the address staff type, https://...)");
        }
        return problems;
    }

    /**
     * Refuses to start when {@link #problems} finds any: logs each, then ends the process (a failed deployment alone
     * would leave Payara Micro running without the application, which systemd would take for a running clinic).
     */
    public static void check(Config config) {
        List<String> problems = problems(config);
        if (problems.isEmpty()) {
            return;
        }
        problems.forEach(problem -> LOG.severe("PRODUCTION=true but " + problem));
        LOG.log(Level.SEVERE, "The clinic refuses to start; see deploy/README.md, \"Production switch\"");
        // From another thread: the deployment holds locks that the JVM's shutdown would wait for.
        Thread exit = new Thread(() -> System.exit(EXIT_CONFIG), "production-start-refused");
        exit.setDaemon(true);
        exit.start();
        throw new IllegalStateException("Refused to start: " + String.join("; ", problems));
    }
}
