package org.lactationclinic.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's profile: each static factory of {@code jakarta.json.Json} looks the JSON provider up again, a
 * {@code ServiceLoader} walk over every jar of the WAR under the jar files' locks, and the family page's growth charts
 * made a few hundred such calls per view (0.4 pages a second under load). The application builds JSON through
 * {@link ChartJson}, which looks the provider up once.
 */
class JsonProviderLookupTest {

    private static final ArchRule NO_JSON_STATIC_FACTORIES = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.json.Json")
            .because("Json.createObjectBuilder() and its siblings search the class path for a provider on every call;"
                    + " build through ChartJson, which looks it up once");

    @Test
    void application_shouldNotUseJsonStaticFactories() {
        JavaClasses application = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.lactationclinic");
        assertDoesNotThrow(() -> NO_JSON_STATIC_FACTORIES.check(application));
    }

    @Test
    void rule_shouldCatchAClassThatBuildsJsonThroughTheStaticFactory() {
        JavaClasses offender = new ClassFileImporter().importClasses(BuildsJsonTheSlowWay.class);
        assertThrows(AssertionError.class, () -> NO_JSON_STATIC_FACTORIES.check(offender));
    }

    /** What the rule exists to catch. */
    static final class BuildsJsonTheSlowWay {
        static String json() {
            return Json.createObjectBuilder().add("x", 1).build().toString();
        }
    }
}
