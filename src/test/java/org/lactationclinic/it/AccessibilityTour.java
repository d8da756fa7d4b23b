package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The accessibility audit against a clinic already running ({@code mvn -Prun package}), for a quick look while fixing:
 * {@code mvn test -Dtest=AccessibilityTour -Da11y.url=http://localhost:8080/}. Writes the report to
 * target/accessibility.txt and fails only when the walk did not reach the pages; {@link AccessibilityBrowserIT} is the
 * check of the violations.
 */
@EnabledIfSystemProperty(named = "a11y.url", matches = ".+")
class AccessibilityTour {

    @Test
    void report() throws Exception {
        Map<String, List<String>> violations = new AccessibilityAudit(System.getProperty("a11y.url")).run();
        String report = AccessibilityAudit.report(violations);
        Files.writeString(Path.of("target/accessibility.txt"), report);
        System.out.println(report);
        // The report is for reading; what it must hold is every page of the walk, each signed in and answering.
        assertTrue(violations.size() >= 20, "the walk reached only " + violations.size() + " pages:\n" + report);
    }
}
