package org.lactationclinic.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link PackageCycles} finds the cycles it is there to find, so that {@code ArchitectureTest}'s empty result means
 * none: on the fixtures of {@code architecture.cyclefixture}, two sibling packages that use each other, a package and
 * its sub-package that use each other, and a package that only uses them.
 */
class PackageCyclesTest {

    private static final String FIXTURES = "org.lactationclinic.architecture.cyclefixture";
    private static JavaClasses fixtures;

    @BeforeAll
    static void importTheFixtures() {
        fixtures = new ClassFileImporter().importPackages(FIXTURES);
    }

    @Test
    void of_shouldFindEveryCycleAtFullDepthAParentAndItsSubPackageToo() {
        assertEquals(
                Set.of(Set.of("left", "right"), Set.of("outer", "outer.inner")), PackageCycles.of(fixtures, FIXTURES));
    }

    @Test
    void of_shouldSeeNoCycleInsideAPackageCutToADepth() {
        assertEquals(Set.of(Set.of("left", "right")), PackageCycles.of(fixtures, FIXTURES, 1));
    }

    @Test
    void of_shouldFindNoCycleWhereTheDependenciesGoOneWay() {
        // left still names right, but right's classes are not imported: the edge back is missing
        JavaClasses oneWay = new ClassFileImporter().importPackages(FIXTURES + ".oneway", FIXTURES + ".left");
        assertEquals(Set.of(), PackageCycles.of(oneWay, FIXTURES));
    }
}
