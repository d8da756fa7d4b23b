package org.lactationclinic.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductionStartTest {

    @TempDir
    Path dir;

    private Map<String, String> complete() {
        Map<String, String> values = new HashMap<>();
        values.put("PRODUCTION", "true");
        values.put("DB_URL", "jdbc:postgresql://db-host:5432/lactation_clinic");
        values.put("AUDIT_HMAC_KEYS", "k1:" + "A".repeat(44));
        values.put("PUBLIC_BASE_URL", "https://clinic.example.org");
        values.put("AUDIT_HMAC_KEY_FILE", dir.resolve("none.key").toString());
        return values;
    }

    @Test
    void problems_withoutTheSwitch_shouldBeNone_evenWithNothingConfigured() {
        assertEquals(List.of(), ProductionStart.problems(new MapConfig(Map.of())));
    }

    @Test
    void problems_withAComplete_productionConfiguration_shouldBeNone() {
        assertEquals(List.of(), ProductionStart.problems(new MapConfig(complete())));
    }

    @Test
    void problems_withoutDbUrl_shouldRefuse() {
        Map<String, String> values = complete();
        values.remove("DB_URL");
        List<String> problems = ProductionStart.problems(new MapConfig(values));
        assertEquals(1, problems.size());
        assertTrue(problems.getFirst().startsWith("DB_URL is not set"), problems.toString());
    }

    @Test
    void problems_withDemoData_withoutAKey_orWithoutTheAddress_shouldNameEach() {
        Map<String, String> values = complete();
        values.put("DEMO_DATA", "true");
        values.remove("AUDIT_HMAC_KEYS");
        values.remove("PUBLIC_BASE_URL");
        List<String> problems = ProductionStart.problems(new MapConfig(values));
        assertEquals(3, problems.size(), problems.toString());
    }

    @Test
    void problems_withTheKeyInAFile_shouldAcceptIt() throws Exception {
        Map<String, String> values = complete();
        values.remove("AUDIT_HMAC_KEYS");
        Path file = dir.resolve("audit.key");
        Files.writeString(file, "k1:" + "B".repeat(44) + "\n");
        values.put("AUDIT_HMAC_KEY_FILE", file.toString());
        assertEquals(List.of(), ProductionStart.problems(new MapConfig(values)));
    }
}
