package org.lactationclinic.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.PersonIdentifier;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.provider.Npi;
import org.lactationclinic.domain.provider.Provider;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.application.ProviderDirectoryService;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.lactationclinic.infrastructure.persistence.MotherSearch;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Interoperability (issue 14) in a running server: identifiers stored, searched and kept unique. One class, so
 * one server start; every test makes its own uniquely numbered records.
 */
class InteropIT extends ContainerTestBase {

    private static final String MRN = "https://hospital.example/mrn";

    @EJB
    private ProviderDirectoryService directory;

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtWarWithTestIdentities(InteropIT.class);
    }

    @Test
    void identifiers_shouldBeStoredSearchedAndUniquePerSystem() throws Exception {
        String family = uniqueName("Ident");
        String number = "MRN-" + family;
        Mother mother = motherWithBaby(family);
        mother.identifyAs(new PersonIdentifier(MRN, number));
        mother.getInfants().getFirst().identifyAs(new PersonIdentifier(MRN, "B-" + number));
        Mother registered = asConsultant.call(() -> dyads.register(mother));

        Mother stored = asConsultant.call(() -> dyads.getMother(registered.getUuid()));
        assertEquals(number, stored.getIdentifiers().getFirst().getValue());
        assertEquals("B-" + number, stored.getInfants().getFirst().getIdentifiers().getFirst().getValue());

        // found by her number and by her baby's, in any system
        assertEquals(1, asConsultant.call(() -> dyads.count(new MotherSearch(null, null, null, " " + number + " "))));
        assertEquals(1, asConsultant.call(() -> dyads.count(new MotherSearch(null, null, null, "B-" + number))));
        assertEquals(List.of(registered.getUuid()), asConsultant.call(() -> dyads.findByIdentifier(MRN, number))
                .stream().map(Mother::getUuid).toList());

        // a second mother with the same number in the same system is refused, nothing stored
        Mother other = motherWithBaby(uniqueName("Ident"));
        other.identifyAs(new PersonIdentifier(MRN, number));
        ClinicalRuleException refused = assertThrows(ClinicalRuleException.class,
                () -> asConsultant.call(() -> dyads.register(other)));
        assertEquals("dyad_edit.message.error.identifierTaken", refused.getMessageKey());
        assertEquals(0, asConsultant.call(() -> dyads.count(new MotherSearch(other.getFamilyName(), null, null))));

        // the same value in another system is another number
        Mother third = motherWithBaby(uniqueName("Ident"));
        third.identifyAs(new PersonIdentifier("urn:oid:1.2.3.4", number));
        asConsultant.call(() -> dyads.register(third));

        // removing and editing her identifiers is a normal edit
        stored.getIdentifiers().clear();
        stored.identifyAs(new PersonIdentifier(MRN, number + "-2"));
        asConsultant.call(() -> dyads.update(stored));
        assertEquals(0, asConsultant.call(() -> dyads.findByIdentifier(MRN, number)).size());
        assertEquals(1, asConsultant.call(() -> dyads.findByIdentifier(null, number + "-2")).size());
    }

    @Test
    void providerDirectory_shouldBeAdminsToKeepAndABabyNamesHerDoctor() throws Exception {
        Provider doctor = new Provider("Dr " + uniqueName("Mensah"));
        doctor.setPractice("Riverside Paediatrics");
        doctor.setFax("+44 20 7946 0000");
        // a consultant picks from the directory but does not keep it
        assertThrows(EJBAccessException.class, () -> asConsultant.call(() -> directory.save(doctor)));
        Provider saved = asAdmin.call(() -> directory.save(doctor));

        Mother mother = motherWithBaby(uniqueName("Doctor"));
        mother.getInfants().getFirst().setDoctor(saved);
        Mother registered = asConsultant.call(() -> dyads.register(mother));
        assertEquals(saved, asConsultant.call(() -> dyads.getMother(registered.getUuid())).getInfants().getFirst().getDoctor());

        // retired: no longer offered, but the baby keeps her
        assertThrows(ClinicalRuleException.class, () -> asAdmin.call(() -> {
            directory.retire(saved.getUuid(), saved.getVersion(), "");
            return null;
        }));
        asAdmin.call(() -> {
            directory.retire(saved.getUuid(), saved.getVersion(), "Left the practice");
            return null;
        });
        assertFalse(asConsultant.call(() -> directory.active()).contains(saved));
        assertTrue(asAdmin.call(() -> directory.all()).contains(saved));
        assertEquals(saved, asConsultant.call(() -> dyads.getMother(registered.getUuid())).getInfants().getFirst().getDoctor());

        // a second entry with the same NPI is refused
        Provider first = new Provider("Dr " + uniqueName("Npi"));
        String npi = npiFor(uniqueName(""));
        first.setNpi(npi);
        asAdmin.call(() -> directory.save(first));
        Provider second = new Provider("Dr " + uniqueName("Npi"));
        second.setNpi(npi);
        assertThrows(ClinicalRuleException.class, () -> asAdmin.call(() -> directory.save(second)));
    }

    /** A valid NPI that no other test uses: nine digits from the unique name, then the check digit. */
    private static String npiFor(String unique) {
        String nine = String.format("%09d", Math.floorMod(unique.hashCode(), 1_000_000_000));
        return nine + Npi.checkDigit(nine);
    }

    static Mother motherWithBaby(String familyName) {
        Mother mother = new Mother("Ifeoma", familyName, LocalDate.now().minusYears(29));
        mother.addInfant(new Infant("Ada", familyName, SexType.FEMALE, LocalDateTime.now().minusDays(6).withNano(0), 275, 3300));
        return mother;
    }
}
