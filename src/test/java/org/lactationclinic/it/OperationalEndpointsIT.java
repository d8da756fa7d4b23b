package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.database.DatabaseSettings;
import org.lactationclinic.infrastructure.database.SchemaMigration;
import org.lactationclinic.infrastructure.demo.DemoClinic;

/**
 * Issue 15, point 4: Payara's operational endpoints with the clinic deployed at the root context, as deploy/ does.
 * /health/ready and /health/live answer anonymous callers with UP or DOWN and the checks' names only (200 or 503, what
 * a load balancer asks); /metrics and /openapi only to an admin or a MONITORING account.
 */
class OperationalEndpointsIT extends ContainerTestBase {

    /** Words of the JVM's and the server's details that an anonymous answer must not carry. */
    private static final String[] DETAILS = {
        "heap", "memory", "thread", "uptime", "jvm", "java", "cpu", "version", "jdbc", "payara", "classloader", "data"
    };

    @ArquillianResource
    private URL deployedAt;

    @Resource(lookup = DatabaseSettings.DATASOURCE)
    private DataSource dataSource;

    @Test
    void health_shouldAnswerAnonymousCallersUpOrDownOnly() throws Exception {
        assertEquals("/", deployedAt.getPath().isEmpty() ? "/" : deployedAt.getPath(), "deployed at the root context");
        for (String path : new String[] {"health/ready", "health/live", "health"}) {
            HttpResponse<String> answer = get(path, null);
            assertEquals(200, answer.statusCode(), path + ": " + answer.body());
            assertOnlyStatus(path, answer.body(), "UP");
        }
        assertTrue(get("health/ready", null).body().contains("\"name\":\"database\""));
        assertTrue(get("health/live", null).body().contains("\"name\":\"application\""));
    }

    @Test
    void readiness_shouldBeDownWhileTheSchemaIsNotAtTheExpectedMigration() throws Exception {
        String expected = SchemaMigration.expectedVersion().orElseThrow();
        markMigration(expected, false);
        try {
            HttpResponse<String> notReady = get("health/ready", null);
            assertEquals(503, notReady.statusCode(), notReady.body());
            assertOnlyStatus("health/ready", notReady.body(), "DOWN");
            assertEquals(200, get("health/live", null).statusCode(), "still alive: restarting would not help");
        } finally {
            markMigration(expected, true);
        }
        assertEquals(200, get("health/ready", null).statusCode());
    }

    @Test
    void metrics_shouldBeRefusedToAnonymousCallersAndConsultants() throws Exception {
        for (String path : new String[] {"metrics", "openapi"}) {
            HttpResponse<String> anonymous = get(path, null);
            assertEquals(401, anonymous.statusCode(), path);
            assertFalse(anonymous.body().toLowerCase(Locale.ROOT).contains("heap"), path);
            assertEquals(
                    403,
                    get(path, basic(DemoClinic.CONSULTANT_USERNAME, DemoClinic.DEMO_PASSWORD))
                            .statusCode(),
                    path);
            assertEquals(
                    401,
                    get(path, basic(DemoClinic.ADMIN_USERNAME, "not-the-password"))
                            .statusCode(),
                    path);
        }
        try (WebClient consultant =
                new WebClient(root()).signedInAs(DemoClinic.CONSULTANT_USERNAME, DemoClinic.DEMO_PASSWORD)) {
            assertEquals(403, consultant.get("metrics").statusCode());
        }
    }

    @Test
    void metrics_shouldBeReadByAnAdminAndAMonitoringAccount() throws Exception {
        try (WebClient admin = new WebClient(root()).signedInAs(DemoClinic.ADMIN_USERNAME, DemoClinic.DEMO_PASSWORD)) {
            HttpResponse<String> metrics = admin.get("metrics");
            assertEquals(200, metrics.statusCode());
            assertTrue(
                    metrics.body().contains("# TYPE"),
                    "Prometheus text: "
                            + metrics.body()
                                    .substring(0, Math.min(200, metrics.body().length())));
        }
        String username = "it.monitoring." + uniqueName("").toLowerCase(Locale.ROOT);
        asAdmin.call(() -> staffService.createAccount(
                username, "Prometheus", "monitoring-password-7q".toCharArray(), Set.of(RoleType.MONITORING)));
        HttpResponse<String> scraped = get("metrics", basic(username, "monitoring-password-7q"));
        assertEquals(200, scraped.statusCode());
        assertTrue(scraped.body().contains("# TYPE"));
        // a monitoring account reads no pages and no records
        assertEquals(
                403,
                get("fhir/metadata", basic(username, "monitoring-password-7q")).statusCode());
    }

    /**
     * The answer is {"status":…,"checks":[{"name":…,"status":…,"data":{}},…]} and nothing else (Payara writes the empty
     * data).
     */
    private static void assertOnlyStatus(String path, String body, String status) {
        String compact = body.replaceAll("\\s", "");
        assertTrue(
                compact.matches("\\{\"status\":\"" + status
                        + "\",\"checks\":\\[(\\{\"name\":\"[a-z]+\",\"status\":\"(UP|DOWN)\"(,\"data\":\\{})?},?)*]}"),
                path + ": " + body);
        String names = compact.replaceAll(",\"data\":\\{}", "")
                .replaceAll("\"(status|checks|name|UP|DOWN|database|application)\"", "");
        for (String detail : DETAILS) {
            assertFalse(names.toLowerCase(Locale.ROOT).contains(detail), path + " reveals " + detail + ": " + body);
        }
    }

    private void markMigration(String version, boolean success) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update \"flyway_schema_history\" set \"success\" = ? where \"version\" = ?")) {
            update.setBoolean(1, success);
            update.setString(2, version);
            assertEquals(1, update.executeUpdate());
        }
    }

    private URI root() {
        return URI.create("http://localhost:" + deployedAt.getPort() + "/");
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(root().resolve(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
