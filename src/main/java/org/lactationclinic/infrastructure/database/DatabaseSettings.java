package org.lactationclinic.infrastructure.database;

import org.eclipse.microprofile.config.Config;

/**
 * Where the database is, read from MicroProfile Config (environment variables DB_URL, DB_USER, DB_PASSWORD, or the same
 * names as -D system properties). The defaults give the embedded H2 file database under ./data, created on first start.
 *
 * <p>The defaults are constants because {@code @DataSourceDefinition} needs them inline: Payara expands
 * {@code ${MPCONFIG=key:default}} there but does not read the WAR's own microprofile-config.properties.
 */
public final class DatabaseSettings {

    public static final String DATASOURCE = "java:app/jdbc/clinic";
    public static final String URL_KEY = "DB_URL";
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/lactation-clinic";
    public static final String DEFAULT_USER = "sa";
    public static final String DEMO_DATA_KEY = "DEMO_DATA";

    private DatabaseSettings() {}

    public static boolean isEmbedded(String url) {
        return url.startsWith("jdbc:h2:");
    }

    /** DEMO_DATA=true|false; by default on for the embedded database and off anywhere else. */
    public static boolean isDemoDataEnabled(Config config) {
        String url = config.getOptionalValue(URL_KEY, String.class).orElse(DEFAULT_URL);
        return config.getOptionalValue(DEMO_DATA_KEY, Boolean.class).orElse(isEmbedded(url));
    }
}
