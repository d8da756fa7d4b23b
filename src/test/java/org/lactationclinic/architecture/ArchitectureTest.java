package org.lactationclinic.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md as rules the build checks, on the application's classes (not the tests, not
 * src/generator):
 *
 * <ul>
 *   <li>the domain depends on no other layer; nothing but the web depends on the web;
 *   <li>the web reaches infrastructure only through the application layer;
 *   <li>no package cycles, between the layers nor between any packages inside them, at every depth (none tolerated).
 * </ul>
 *
 * Every rule is strict: any violation fails the build. (The web rule was frozen with FreezingArchRule while the code
 * still broke it; issue 17 removed the last of those dependencies, the referral detail page's, and the store with
 * them.) docs/architecture.md, "Layer rules", says how each was broken.
 */
class ArchitectureTest {

    private static final String BASE = "org.lactationclinic";
    private static JavaClasses application;

    @BeforeAll
    static void importTheApplication() {
        application = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(BASE);
    }

    @Test
    void domain_shouldDependOnNoOtherLayer() {
        noClasses()
                .that()
                .resideInAPackage(BASE + ".domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        BASE + ".application..", BASE + ".infrastructure..", BASE + ".web..", BASE + ".rest..")
                .check(application);
    }

    @Test
    void onlyTheWeb_shouldDependOnTheWeb() {
        noClasses()
                .that()
                .resideOutsideOfPackage(BASE + ".web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(BASE + ".web..")
                .check(application);
    }

    @Test
    void web_shouldReachInfrastructureOnlyThroughTheApplication() {
        noClasses()
                .that()
                .resideInAPackage(BASE + ".web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(BASE + ".infrastructure..")
                .as("the web reaches infrastructure only through the application layer")
                .check(application);
    }

    /**
     * No package cycles at all, as groups of packages that all reach one another (Tarjan's strongly connected
     * components, {@link PackageCycles}), each package at its full depth: {@code infrastructure.repository.report}
     * against {@code infrastructure.repository} as much as {@code domain.breast} against {@code domain.consultation}.
     * Nothing is frozen here: issue 17 broke the last ones, so any cycle fails the build. (FreezingArchRule would not
     * suit cycles anyway: a frozen cycle lists the calls behind it and reads as new whenever one is added.)
     */
    @Test
    void packages_shouldHaveNoCycles() {
        assertEquals(
                Set.of(),
                PackageCycles.of(application, BASE),
                "package cycles (groups of packages that depend on each other)");
    }

    /** The layers (domain, application, infrastructure, rest, web) depend on one another one way only. */
    @Test
    void layers_shouldHaveNoCycles() {
        assertEquals(Set.of(), PackageCycles.of(application, BASE, 1), "cycles between the layers");
    }

    /** docs/architecture.md, "Naming enums and flags". */
    @Test
    void enums_shouldEndInTypeOrStatus() {
        classes()
                .that()
                .areEnums()
                .and()
                .areTopLevelClasses()
                .and()
                .doNotHaveFullyQualifiedName(BASE + ".domain.dyad.MotherSort")
                .should()
                .haveSimpleNameEndingWith("Type")
                .orShould()
                .haveSimpleNameEndingWith("Status")
                .check(application);
    }

    /**
     * Flags whose number is the clinical definition's own, not a setting: dark urine after day 3 is the red flag as
     * clinical-reference.md section 4 words it and the consultant ticks it.
     */
    private static final Set<String> FIXED_NUMBERS = Set.of("InfantRedFlagType.DARK_URINE_AFTER_DAY_3");

    /** docs/architecture.md, "Naming enums and flags": a flag is stored by name, and a clinic sets its thresholds. */
    @Test
    void flags_shouldBeNamedByMeaningNotByANumber() {
        classes()
                .that()
                .areEnums()
                .and()
                .haveSimpleNameEndingWith("FlagType")
                .should(new ArchCondition<>("name no constant with a digit (a threshold) in it") {
                    @Override
                    public void check(JavaClass flagType, ConditionEvents events) {
                        for (JavaEnumConstant constant : flagType.getEnumConstants()) {
                            if (constant.name().chars().anyMatch(Character::isDigit)
                                    && !FIXED_NUMBERS.contains(flagType.getSimpleName() + "." + constant.name())) {
                                events.add(SimpleConditionEvent.violated(
                                        flagType,
                                        flagType.getSimpleName() + "." + constant.name() + " names a number"));
                            }
                        }
                    }
                })
                .check(application);
    }
}
