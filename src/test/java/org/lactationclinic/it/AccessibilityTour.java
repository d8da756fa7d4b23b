package org.lactationclinic.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The accessibility audit against a clinic already running ({@code mvn -Prun package}), for a quick look while
 * fixing: {@code mvn test -Dtest=AccessibilityTour -Da11y.url=http://localhost:8080/}. Writes the report to
 * target/accessibility.txt and never fails on violations; {@link AccessibilityBrowserIT} is the check.
 */
@EnabledIfSystemProperty(named = "a11y.url", matches = ".+")
class AccessibilityTour {

    @Test
    void report() throws Exception {
        String report = AccessibilityAudit.report(new AccessibilityAudit(System.getProperty("a11y.url")).run());
        Files.writeString(Path.of("target/accessibility.txt"), report);
        System.out.println(report);
    }
}
