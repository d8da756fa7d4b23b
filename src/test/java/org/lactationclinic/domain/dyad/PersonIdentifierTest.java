package org.lactationclinic.domain.dyad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonIdentifierTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void system_shouldBeAUriWithoutSpaces() {
        assertTrue(valid(new PersonIdentifier("https://hospital.example/mrn", "A123")));
        assertTrue(valid(new PersonIdentifier("urn:oid:2.16.840.1.113883.2.4.6.3", "123456782")));
        assertFalse(valid(new PersonIdentifier("hospital mrn", "A123")));
        assertFalse(valid(new PersonIdentifier("mrn", "A123")));
        assertFalse(valid(new PersonIdentifier("https://hospital.example/mrn", null)));
        assertFalse(valid(new PersonIdentifier("https://hospital.example/" + "x".repeat(200), "A1")));
    }

    @Test
    void setters_shouldStripSpacesAndTreatBlankAsMissing() {
        PersonIdentifier identifier = new PersonIdentifier("  https://h.example/mrn ", " A 1 ");
        assertEquals("https://h.example/mrn", identifier.getSystem());
        assertEquals("A 1", identifier.getValue());
        assertTrue(valid(identifier));
        assertTrue(new PersonIdentifier(" ", "").isBlank());
        assertNull(new PersonIdentifier(" ", "").getValue());
    }

    @Test
    void mother_shouldRefuseTheSamePairTwiceButAllowTwoSystems() {
        Mother mother = new Mother("Ana", "Silva", LocalDate.of(1990, 1, 1));
        mother.getIdentifiers().add(new PersonIdentifier("https://h.example/mrn", "A1"));
        mother.getIdentifiers().add(new PersonIdentifier("urn:oid:1.2.3", "A1"));
        assertTrue(mother.isIdentifiersDistinct());
        mother.getIdentifiers().add(new PersonIdentifier("https://h.example/mrn", "A1"));
        assertFalse(mother.isIdentifiersDistinct());
    }

    @Test
    void identifyAs_shouldNotAddAPairSheAlreadyHas() {
        Mother mother = new Mother("Ana", "Silva", LocalDate.of(1990, 1, 1));
        mother.identifyAs(new PersonIdentifier("https://h.example/mrn", "A1"));
        mother.identifyAs(new PersonIdentifier("https://h.example/mrn", "A1"));
        assertEquals(1, mother.getIdentifiers().size());
    }

    @Test
    void dropBlankIdentifiers_shouldRemoveEmptyRowsOfHerAndHerInfants() {
        Mother mother = new Mother("Ana", "Silva", LocalDate.of(1990, 1, 1));
        Infant infant = mother.addInfant(Infant.blank("Silva"));
        mother.addBlankIdentifier();
        mother.identifyAs(new PersonIdentifier("https://h.example/mrn", "A1"));
        infant.addBlankIdentifier();
        mother.dropBlankIdentifiers();
        assertEquals(1, mother.getIdentifiers().size());
        assertTrue(infant.getIdentifiers().isEmpty());
    }

    private static boolean valid(PersonIdentifier identifier) {
        Set<ConstraintViolation<PersonIdentifier>> violations = VALIDATOR.validate(identifier);
        return violations.isEmpty();
    }
}
