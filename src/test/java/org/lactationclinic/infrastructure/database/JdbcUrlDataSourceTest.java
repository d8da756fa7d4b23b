package org.lactationclinic.infrastructure.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JdbcUrlDataSourceTest {

    @Test
    void h2Connection_shouldWaitThirtySecondsForALock() throws SQLException {
        assertEquals(30_000, lockTimeoutOf("jdbc:h2:mem:lock-" + UUID.randomUUID()));
    }

    @Test
    void h2Connection_shouldKeepALockTimeoutTheUrlSets() throws SQLException {
        assertEquals(5_000, lockTimeoutOf("jdbc:h2:mem:lock-" + UUID.randomUUID() + ";LOCK_TIMEOUT=5000"));
    }

    @Test
    void h2Connection_shouldKeep256ParsedStatements() throws SQLException {
        assertEquals("256", setting("jdbc:h2:mem:cache-" + UUID.randomUUID(), "QUERY_CACHE_SIZE"));
    }

    @Test
    void h2Connection_shouldKeepAQueryCacheSizeTheUrlSets() throws SQLException {
        assertEquals(
                "16", setting("jdbc:h2:mem:cache-" + UUID.randomUUID() + ";QUERY_CACHE_SIZE=16", "QUERY_CACHE_SIZE"));
    }

    private static String setting(String url, String name) throws SQLException {
        JdbcUrlDataSource dataSource = new JdbcUrlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser("sa");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet value = statement.executeQuery(
                        "select setting_value from information_schema.settings where setting_name = '" + name + "'")) {
            return value.next() ? value.getString(1) : null;
        }
    }

    private static int lockTimeoutOf(String url) throws SQLException {
        JdbcUrlDataSource dataSource = new JdbcUrlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser("sa");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet timeout = statement.executeQuery("call lock_timeout()")) {
            timeout.next();
            return timeout.getInt(1);
        }
    }
}
