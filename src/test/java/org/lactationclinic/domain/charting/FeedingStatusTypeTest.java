package org.lactationclinic.domain.charting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lactationclinic.domain.charting.SupplementType.DONOR_MILK;
import static org.lactationclinic.domain.charting.SupplementType.EXPRESSED_BREAST_MILK;
import static org.lactationclinic.domain.charting.SupplementType.FORMULA;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * clinical-reference.md, section 6: "exclusive, with formula or other milk among the last 24 hours' supplements" is a
 * contradiction; exclusive means only breast milk, at the breast or expressed.
 */
class FeedingStatusTypeTest {

    @Test
    void contradicts_shouldBeTrueForExclusiveWithFormula() {
        assertTrue(FeedingStatusType.EXCLUSIVE.contradicts(List.of(FORMULA)));
        assertTrue(FeedingStatusType.EXCLUSIVE.contradicts(List.of(EXPRESSED_BREAST_MILK, FORMULA)));
    }

    @Test
    void contradicts_shouldBeFalseForExclusiveWithOnlyBreastMilkSupplements() {
        assertFalse(FeedingStatusType.EXCLUSIVE.contradicts(List.of(EXPRESSED_BREAST_MILK)));
        assertFalse(FeedingStatusType.EXCLUSIVE.contradicts(List.of(DONOR_MILK)));
    }

    @Test
    void contradicts_shouldBeFalseForExclusiveWithNoSupplements() {
        assertFalse(FeedingStatusType.EXCLUSIVE.contradicts(List.of()));
    }

    @Test
    void contradicts_shouldBeFalseForPartialOrNoneWithFormula() {
        assertFalse(FeedingStatusType.PARTIAL.contradicts(List.of(FORMULA)));
        assertFalse(FeedingStatusType.NONE.contradicts(List.of(FORMULA)));
    }

    @Test
    void contradicts_shouldIgnoreASupplementRowWithoutAType() {
        assertFalse(FeedingStatusType.EXCLUSIVE.contradicts(Arrays.asList((SupplementType) null)));
    }
}
