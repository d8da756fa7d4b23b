package org.lactationclinic.domain.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lactationclinic.domain.consultation.VisitReasonType.LATCH_DIFFICULTY;
import static org.lactationclinic.domain.consultation.VisitReasonType.LOW_MILK_SUPPLY;
import static org.lactationclinic.domain.consultation.VisitReasonType.NIPPLE_PAIN_OR_DAMAGE;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/** clinical-reference.md, section 7: a multi-select plus "other"; reports count mentions as entered. */
class VisitReasonsTest {

    @Test
    void mentions_shouldCountEveryReasonAndTheOtherTextOnce() {
        assertEquals(
                3,
                VisitReasons.of(List.of(LATCH_DIFFICULTY, NIPPLE_PAIN_OR_DAMAGE, LOW_MILK_SUPPLY), null)
                        .mentions());
        assertEquals(
                4,
                VisitReasons.of(List.of(LATCH_DIFFICULTY, NIPPLE_PAIN_OR_DAMAGE, LOW_MILK_SUPPLY), "Sleepy baby")
                        .mentions());
        assertEquals(1, VisitReasons.of(List.of(), "Sleepy baby").mentions());
        assertTrue(VisitReasons.NONE.isEmpty());
    }

    @Test
    void of_shouldCountAReasonTickedTwiceOnceAndLeaveOutNulls() {
        VisitReasons reasons = VisitReasons.of(Arrays.asList(LATCH_DIFFICULTY, null, LATCH_DIFFICULTY), null);

        assertEquals(Set.of(LATCH_DIFFICULTY), reasons.reasons());
        assertEquals(1, reasons.mentions());
    }

    @Test
    void ordered_shouldFollowTheReferencesOrderWhateverTheOrderTicked() {
        assertEquals(
                List.of(LATCH_DIFFICULTY, NIPPLE_PAIN_OR_DAMAGE, LOW_MILK_SUPPLY),
                VisitReasons.of(List.of(LOW_MILK_SUPPLY, LATCH_DIFFICULTY, NIPPLE_PAIN_OR_DAMAGE), null)
                        .ordered());
    }

    @Test
    void other_shouldBeTrimmedAndBlankMeansNone() {
        assertEquals("Sleepy baby", VisitReasons.of(List.of(), "  Sleepy baby ").other());
        assertNull(VisitReasons.of(List.of(), "   ").other());
        assertEquals(0, VisitReasons.of(List.of(), " ").mentions());
    }

    @Test
    void other_shouldAccept200CharactersAndRefuse201() {
        assertEquals(200, VisitReasons.of(List.of(), "x".repeat(200)).other().length());
        ClinicalRuleException refused =
                assertThrows(ClinicalRuleException.class, () -> VisitReasons.of(List.of(), "x".repeat(201)));
        assertEquals("consultation.message.error.visitReasonOtherTooLong", refused.getMessageKey());
    }

    @Test
    void motherFindings_shouldCarryTheReasonsBothWays() {
        MotherFindings form = new MotherFindings();
        form.setVisitReasons(List.of(NIPPLE_PAIN_OR_DAMAGE));
        form.setVisitReasonOther("Referred by the midwife");

        VisitReasons reasons = form.visitReasons();
        MotherFindings copy = new MotherFindings().withVisitReasons(reasons);

        assertEquals(List.of(NIPPLE_PAIN_OR_DAMAGE), copy.getVisitReasons());
        assertEquals("Referred by the midwife", copy.getVisitReasonOther());
    }
}
