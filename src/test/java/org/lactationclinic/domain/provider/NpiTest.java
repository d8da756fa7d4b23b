package org.lactationclinic.domain.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.shared.ClinicalRuleException;

class NpiTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void isValid_shouldAcceptTheCmsExampleAndRefuseEveryOtherLastDigit() {
        // CMS's worked example: 123456789 gives check digit 3
        assertEquals(3, Npi.checkDigit("123456789"));
        assertTrue(Npi.isValid("1234567893"));
        for (int last = 0; last <= 9; last++) {
            if (last != 3) {
                assertFalse(Npi.isValid("123456789" + last), "last digit " + last);
            }
        }
        assertTrue(Npi.isValid("1245319599"));
    }

    @Test
    void isValid_shouldRefuseWrongLengthAndLetters() {
        assertFalse(Npi.isValid(null));
        assertFalse(Npi.isValid("123456789"));
        assertFalse(Npi.isValid("12345678930"));
        assertFalse(Npi.isValid("12345678a3"));
    }

    @Test
    void provider_shouldTidyTheNpiAndValidateItsCheckDigit() {
        Provider provider = new Provider("Dr Ruth Mensah");
        provider.setNpi(" 1234-567 893 ");
        assertEquals("1234567893", provider.getNpi());
        assertTrue(VALIDATOR.validate(provider).isEmpty());
        provider.setNpi("1234567890");
        assertFalse(VALIDATOR.validate(provider).isEmpty());
        provider.setNpi("");
        assertTrue(VALIDATOR.validate(provider).isEmpty());
    }

    @Test
    void retire_shouldNeedAReasonAndReinstateShouldClearIt() {
        Provider provider = new Provider("Dr Ruth Mensah");
        assertThrows(ClinicalRuleException.class, () -> provider.retire("admin", Instant.now(), " "));
        provider.retire("admin", Instant.now(), "Moved away");
        assertTrue(provider.isRetired());
        assertEquals("Moved away", provider.getRetireReason());
        provider.reinstate();
        assertFalse(provider.isRetired());
    }

    @Test
    void displayName_shouldAddThePracticeWhenKnown() {
        Provider provider = new Provider("Dr Ruth Mensah");
        assertEquals("Dr Ruth Mensah", provider.getDisplayName());
        provider.setPractice("Riverside Paediatrics");
        assertEquals("Dr Ruth Mensah, Riverside Paediatrics", provider.getDisplayName());
    }
}
