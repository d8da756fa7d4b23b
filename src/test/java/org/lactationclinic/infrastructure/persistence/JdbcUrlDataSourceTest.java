package org.lactationclinic.infrastructure.persistence;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JdbcUrlDataSourceTest {

    @Test
    void h2Connection_shouldWaitThirtySecondsForALock() throws SQLException {
        assertEquals(30_000, lockTimeoutOf("jdbc:h2:mem:lock-" + UUID.randomUUID()));
    }

    @Test
    void h2Connection_shouldKeepALockTimeoutTheUrlSets() throws SQLException {
        assertEquals(5_000, lockTimeoutOf("jdbc:h2:mem:lock-" + UUID.randomUUID() + ";LOCK_TIMEOUT=5000"));
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
