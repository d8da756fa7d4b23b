package org.lactationclinic.domain.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 13, "Consent" and rule 6: the mother's details in the baby's letter, consent and choice both needed. */
class MaternalDisclosureTest {

    @Test
    void allowed_shouldGiveNothing_withoutHerConsent() {
        assertEquals(MaternalDisclosure.NONE, MaternalDisclosure.allowed(false, true, true));
    }

    @Test
    void allowed_shouldGiveNothing_whenTheConsultantDidNotChoose() {
        assertEquals(MaternalDisclosure.NONE, MaternalDisclosure.allowed(true, false, false));
    }

    @Test
    void allowed_shouldLeaveMentalHealthOff_unlessTicked() {
        assertEquals(new MaternalDisclosure(true, false), MaternalDisclosure.allowed(true, true, false));
        assertEquals(new MaternalDisclosure(true, true), MaternalDisclosure.allowed(true, true, true));
    }

    @Test
    void mentalHealth_shouldNeverComeWithoutHerFindings() {
        assertFalse(MaternalDisclosure.allowed(true, false, true).mentalHealth());
        assertFalse(new MaternalDisclosure(false, true).mentalHealth());
    }

    @Test
    void isMentalHealthFlag_shouldCoverEpdsAndPainWithLowMood() {
        assertTrue(MaternalDisclosure.isMentalHealthFlag("EpdsFlagType.SELF_HARM_URGENT"));
        assertTrue(MaternalDisclosure.isMentalHealthFlag("EpdsFlagType.ADVISORY"));
        assertTrue(MaternalDisclosure.isMentalHealthFlag("BreastFlagType.PAIN_WITH_LOW_MOOD"));
        assertFalse(MaternalDisclosure.isMentalHealthFlag("BreastFlagType.MASTITIS_WITH_FEVER"));
    }
}
