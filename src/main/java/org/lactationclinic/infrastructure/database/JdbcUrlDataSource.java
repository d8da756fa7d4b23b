package org.lactationclinic.infrastructure.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A non-pooling {@link DataSource} that picks the JDBC driver from the URL, so that one {@code @DataSourceDefinition}
 * serves H2 and PostgreSQL alike: the operator changes only DB_URL. Payara's connection pool wraps it; it is never used
 * directly.
 *
 * <p>Drivers are found with {@link ServiceLoader} on this class's loader (the WAR's), not through
 * {@code DriverManager}, which does not see drivers packaged in a web application.
 */
public class JdbcUrlDataSource implements DataSource {

    /**
     * PostgreSQL plans every execution with its parameters' values ({@code plan_cache_mode=force_custom_plan}). The
     * driver prepares a statement on the server from its fifth execution on a connection, and PostgreSQL may then
     * switch to one generic plan for all values. For the mother search ({@code term like ?} on mother_search_term) the
     * generic plan cannot use the prefix index, so it reads every name term: 590 ms for a rare family name instead of 3
     * ms (docs/performance.md, "Measured on the merged code"). Planning each execution costs about a millisecond.
     *
     * <p>A statement waits at most 30 s for a lock ({@code lock_timeout}) and then fails with an error the user and the
     * log can see; PostgreSQL's default is to wait for ever, so one forgotten transaction would freeze every request,
     * or the server's start, behind it. An {@code options} parameter in DB_URL takes precedence.
     */
    static final String POSTGRESQL_OPTIONS = "-c plan_cache_mode=force_custom_plan -c lock_timeout=30s";

    /**
     * H2 waits the same 30 s for a lock, in milliseconds. Its default is one second, and every audited request takes
     * the audit chain's head row last in its transaction (AuditEventRepository.append): on a busy or slow machine a
     * queue of a few such requests waited longer than a second, and each one past it answered the error page (25 of 8
     * sessions' first minute in the soak run of docs/reliability.md). A LOCK_TIMEOUT in DB_URL takes precedence.
     */
    static final String H2_LOCK_TIMEOUT_MILLIS = "30000";

    /**
     * H2 keeps this many parsed statements per connection (its QUERY_CACHE_SIZE; default 8). Hibernate prepares every
     * statement afresh, and one page view runs a few dozen different ones, so with 8 H2 parsed nearly every statement
     * again: 6% of the request threads' CPU in a profile of the family and consultation pages under load (issue 12,
     * docs/performance.md). A QUERY_CACHE_SIZE in DB_URL takes precedence.
     */
    static final String H2_QUERY_CACHE_SIZE = "256";

    private String url;
    private String user;
    private String password;
    private int loginTimeoutSeconds;

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties properties = new Properties();
        if (username != null && !username.isEmpty()) {
            properties.setProperty("user", username);
        }
        if (pass != null && !pass.isEmpty()) {
            properties.setProperty("password", pass);
        }
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            properties.setProperty("options", POSTGRESQL_OPTIONS);
        }
        if (url != null
                && url.startsWith("jdbc:h2:")
                && !url.toUpperCase(Locale.ROOT).contains("LOCK_TIMEOUT=")) {
            properties.setProperty("LOCK_TIMEOUT", H2_LOCK_TIMEOUT_MILLIS);
        }
        if (url != null
                && url.startsWith("jdbc:h2:")
                && !url.toUpperCase(Locale.ROOT).contains("QUERY_CACHE_SIZE=")) {
            properties.setProperty("QUERY_CACHE_SIZE", H2_QUERY_CACHE_SIZE);
        }
        Connection connection = driverFor(url).connect(url, properties);
        if (connection == null) {
            throw new SQLException("The driver refused the URL " + redacted(url));
        }
        return connection;
    }

    private static Driver driverFor(String url) throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("No database URL: set DB_URL");
        }
        for (Driver driver : ServiceLoader.load(Driver.class, JdbcUrlDataSource.class.getClassLoader())) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        throw new SQLException("No JDBC driver in the application accepts " + redacted(url)
                + " (supported: jdbc:h2:..., jdbc:postgresql:...)");
    }

    /** URLs may carry a password parameter: never log one. */
    private static String redacted(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** Payara sets the URL through either spelling, depending on how the definition was read. */
    public void setURL(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no logging of our own: the pool logs
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
