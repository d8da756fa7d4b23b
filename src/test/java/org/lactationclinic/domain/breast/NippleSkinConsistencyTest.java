package org.lactationclinic.domain.breast;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lactationclinic.domain.breast.NippleIntegrityType.BLEEDING;
import static org.lactationclinic.domain.breast.NippleIntegrityType.BLISTERED;
import static org.lactationclinic.domain.breast.NippleIntegrityType.BRUISED;
import static org.lactationclinic.domain.breast.NippleIntegrityType.CRACKED;
import static org.lactationclinic.domain.breast.NippleIntegrityType.INTACT;
import static org.lactationclinic.domain.breast.NippleIntegrityType.REDDENED;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.charting.BreastSideType;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * Intact nipple skin contradicts blistered, cracked or bleeding skin on the same side (clinical-reference.md, section
 * 1).
 */
class NippleSkinConsistencyTest {

    @Test
    void consistent_shouldRefuseIntactWithEachDamage() {
        assertFalse(NippleIntegrityType.consistent(List.of(INTACT, BLISTERED)));
        assertFalse(NippleIntegrityType.consistent(List.of(INTACT, CRACKED)));
        assertFalse(NippleIntegrityType.consistent(List.of(INTACT, BLEEDING)));
        assertFalse(NippleIntegrityType.consistent(List.of(INTACT, REDDENED, CRACKED, BLEEDING)));
    }

    @Test
    void consistent_shouldAcceptIntactWithReddenedOrBruisedSkin() {
        // reddened or bruised skin is unbroken: it can be intact
        assertTrue(NippleIntegrityType.consistent(List.of(INTACT, REDDENED)));
        assertTrue(NippleIntegrityType.consistent(List.of(INTACT, BRUISED)));
    }

    @Test
    void consistent_shouldAcceptDamageWithoutIntactAndNothingAtAll() {
        assertTrue(NippleIntegrityType.consistent(List.of(CRACKED, BLEEDING)));
        assertTrue(NippleIntegrityType.consistent(List.of(INTACT)));
        assertTrue(NippleIntegrityType.consistent(List.of()));
        assertTrue(NippleIntegrityType.consistent(null));
    }

    @Test
    void checkRules_shouldNameTheSideInTheMessageKey() {
        BreastFindings right = new BreastFindings(BreastSideType.RIGHT);
        right.setNippleSkin(List.of(INTACT, CRACKED));

        ClinicalRuleException refused = assertThrows(ClinicalRuleException.class, right::checkRules);
        assertEquals("consultation.message.error.intactWithDamage.RIGHT", refused.getMessageKey());
    }

    @Test
    void checkRules_shouldAcceptCrackedAndBleeding() {
        BreastFindings left = new BreastFindings(BreastSideType.LEFT);
        left.setNippleSkin(List.of(CRACKED, BLEEDING));

        assertDoesNotThrow(left::checkRules);
    }
}
