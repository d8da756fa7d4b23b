package org.lactationclinic.domain.breast;

import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.consultation.ConsultationFlag;
import org.lactationclinic.domain.wellbeing.EpdsThresholds;
import org.lactationclinic.domain.wellbeing.MaternalWellbeing;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mother's section 4 red flags: mastitis with fever, pain with low mood, next to the EPDS flags. */
class MotherFindingsTest {

    private static List<String> keys(MotherFindings mother) {
        return mother.flags(EpdsThresholds.DEFAULTS).stream().map(ConsultationFlag::flagKey).toList();
    }

    @Test
    void mastitis_needsInflammationAndFever() {
        MotherFindings mother = new MotherFindings();
        mother.getBreasts().getFirst().setRedness(true);
        assertTrue(keys(mother).isEmpty(), "redness without fever");

        mother.setFever(true);
        assertEquals(List.of("BreastFlagType.MASTITIS_WITH_FEVER"), keys(mother));

        mother.getBreasts().getFirst().setRedness(false);
        assertTrue(keys(mother).isEmpty(), "fever without a breast sign");
        mother.getBreasts().getLast().setLump(true);
        assertEquals(List.of("BreastFlagType.MASTITIS_WITH_FEVER"), keys(mother), "a lump on the other side");
    }

    @Test
    void painWithLowMood_shouldNeedPainOf4AndAnEpdsAtTheAdvisoryCutOff() {
        MotherFindings mother = withEpdsTotal(10);
        mother.getBreasts().getFirst().setNipplePain(3);
        assertEquals(List.of("EpdsFlagType.ADVISORY"), keys(mother));

        mother.getBreasts().getFirst().setNipplePain(4);
        assertEquals(List.of("EpdsFlagType.ADVISORY", "BreastFlagType.PAIN_WITH_LOW_MOOD"), keys(mother));

        MotherFindings calmer = withEpdsTotal(9);
        calmer.getBreasts().getLast().setNipplePain(8);
        assertTrue(keys(calmer).isEmpty(), "EPDS 9 is below the advisory cut-off");
    }

    @Test
    void copy_shouldAlwaysHoldBothSides() {
        MotherFindings fromOneSide = new MotherFindings(new MaternalWellbeing(),
                List.of(new BreastFindings(org.lactationclinic.domain.charting.BreastSideType.RIGHT)), false, List.of(), List.of());
        assertEquals(2, fromOneSide.getBreasts().size());
    }

    /** Items 1, 2 and 4 score 0-3 in printed order: answers chosen to add up to the total wanted. */
    private static MotherFindings withEpdsTotal(int total) {
        MotherFindings mother = new MotherFindings();
        MaternalWellbeing wellbeing = mother.getWellbeing();
        // items 3 and 5-10 are reverse scored: their last printed answer (index 3) scores 0
        wellbeing.setEpds3(3);
        wellbeing.setEpds5(3);
        wellbeing.setEpds6(3);
        wellbeing.setEpds7(3);
        wellbeing.setEpds8(3);
        wellbeing.setEpds9(3);
        wellbeing.setEpds10(3);
        int left = total;
        int[] normalItems = {1, 2, 4};
        for (int item : normalItems) {
            int score = Math.min(3, left);
            left -= score;
            switch (item) {
                case 1 -> wellbeing.setEpds1(score);
                case 2 -> wellbeing.setEpds2(score);
                default -> wellbeing.setEpds4(score);
            }
        }
        if (left > 0) {
            wellbeing.setEpds5(3 - Math.min(3, left)); // reverse scored: index 3 - score
        }
        assertEquals(total, wellbeing.getEpdsTotal());
        return mother;
    }
}
