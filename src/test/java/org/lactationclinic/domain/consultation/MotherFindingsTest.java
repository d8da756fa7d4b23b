package org.lactationclinic.domain.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.breast.BreastFindings;
import org.lactationclinic.domain.breast.NippleIntegrityType;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.wellbeing.EpdsThresholds;
import org.lactationclinic.domain.wellbeing.MaternalWellbeing;

/** The mother's section 4 red flags: mastitis with fever, pain with low mood, next to the EPDS flags. */
class MotherFindingsTest {

    private static List<String> keys(MotherFindings mother) {
        return keys(mother, List.of());
    }

    private static List<String> keys(MotherFindings mother, List<Integer> feedPains) {
        return mother.flags(EpdsThresholds.DEFAULTS, feedPains).stream()
                .map(ConsultationFlag::flagKey)
                .toList();
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

    // clinical-reference.md, section 1, "Pain and breast/nipple findings" (ABM #26, 2016)

    @Test
    void nipplePain_shouldRaiseEvaluateCauseAt4WhateverTheEpds() {
        MotherFindings mother = new MotherFindings();
        mother.getBreasts().getFirst().setNipplePain(3);
        assertTrue(keys(mother).isEmpty(), "3/10 is mild");

        mother.getBreasts().getFirst().setNipplePain(4);
        assertEquals(
                List.of("BreastFlagType.NIPPLE_PAIN_EVALUATE_CAUSE"), keys(mother), "4/10 is moderate, no EPDS at all");
    }

    @Test
    void nipplePain_shouldReadThePainOfAnObservedFeed() {
        MotherFindings mother = new MotherFindings();

        assertTrue(keys(mother, java.util.Arrays.asList(3, null)).isEmpty());
        assertEquals(
                List.of("BreastFlagType.NIPPLE_PAIN_EVALUATE_CAUSE"),
                keys(mother, java.util.Arrays.asList(null, 4, 2)));
    }

    @Test
    void nipplePain_shouldQuoteTheHighestPainAnywhere() {
        MotherFindings mother = new MotherFindings();
        mother.getBreasts().getFirst().setNipplePain(5);
        mother.getBreasts().getLast().setNipplePain(2);

        ConsultationFlag flag =
                mother.flags(EpdsThresholds.DEFAULTS, List.of(8, 1)).getFirst();

        assertEquals("8/10", flag.detail());
        assertFalse(flag.referral(), "finding the cause is the consultant's own work, not a section 4 referral");
    }

    @Test
    void nipplePain_shouldRaiseEvaluateCauseForCrackedAndBleedingSkinWithNoPainRecorded() {
        MotherFindings mother = new MotherFindings();
        mother.getBreasts().getLast().setNippleSkin(List.of(NippleIntegrityType.CRACKED, NippleIntegrityType.BLEEDING));

        List<ConsultationFlag> flags = mother.flags(EpdsThresholds.DEFAULTS, List.of());

        assertEquals(
                List.of("BreastFlagType.NIPPLE_PAIN_EVALUATE_CAUSE"),
                flags.stream().map(ConsultationFlag::flagKey).toList());
        assertEquals("—", flags.getFirst().detail());
    }

    @Test
    void nipplePain_shouldCountBlisteredCrackedAndBleedingAsDamageButNotReddenedOrBruised() {
        for (NippleIntegrityType skin : NippleIntegrityType.values()) {
            MotherFindings mother = new MotherFindings();
            mother.getBreasts().getFirst().setNippleSkin(List.of(skin));
            boolean damage = skin == NippleIntegrityType.BLISTERED
                    || skin == NippleIntegrityType.CRACKED
                    || skin == NippleIntegrityType.BLEEDING;
            assertEquals(
                    damage ? List.of("BreastFlagType.NIPPLE_PAIN_EVALUATE_CAUSE") : List.of(),
                    keys(mother),
                    skin.name());
        }
    }

    @Test
    void nipplePain_shouldRaiseSevereDamagedPainWithAnEpdsBelowTheAdvisoryCutOff() {
        // the case: severe pain, cracked and bleeding, EPDS 9
        MotherFindings mother = withEpdsTotal(9);
        mother.getBreasts().getFirst().setNipplePain(8);
        mother.getBreasts()
                .getFirst()
                .setNippleSkin(List.of(NippleIntegrityType.CRACKED, NippleIntegrityType.BLEEDING));

        assertEquals(List.of("BreastFlagType.NIPPLE_PAIN_EVALUATE_CAUSE"), keys(mother));
    }

    @Test
    void painWithLowMood_shouldNeedPainOf4AndAnEpdsAtTheAdvisoryCutOff() {
        MotherFindings mother = withEpdsTotal(10);
        mother.getBreasts().getFirst().setNipplePain(3);
        assertEquals(List.of("EpdsFlagType.ADVISORY"), keys(mother));

        mother.getBreasts().getFirst().setNipplePain(4);
        assertEquals(
                List.of(
                        "EpdsFlagType.ADVISORY",
                        "BreastFlagType.NIPPLE_PAIN_EVALUATE_CAUSE",
                        "BreastFlagType.PAIN_WITH_LOW_MOOD"),
                keys(mother));

        MotherFindings calmer = withEpdsTotal(9);
        calmer.getBreasts().getLast().setNipplePain(8);
        assertEquals(
                List.of("BreastFlagType.NIPPLE_PAIN_EVALUATE_CAUSE"),
                keys(calmer),
                "EPDS 9 is below the advisory cut-off");
    }

    @Test
    void painWithLowMood_shouldFollowAnObservedFeedsPainOrDamagedSkin() {
        MotherFindings fromFeed = withEpdsTotal(10);
        assertEquals(
                List.of(
                        "EpdsFlagType.ADVISORY",
                        "BreastFlagType.NIPPLE_PAIN_EVALUATE_CAUSE",
                        "BreastFlagType.PAIN_WITH_LOW_MOOD"),
                keys(fromFeed, List.of(6)));

        MotherFindings fromSkin = withEpdsTotal(12);
        fromSkin.getBreasts().getFirst().setNippleSkin(List.of(NippleIntegrityType.BLISTERED));
        assertEquals(
                List.of(
                        "EpdsFlagType.ADVISORY",
                        "BreastFlagType.NIPPLE_PAIN_EVALUATE_CAUSE",
                        "BreastFlagType.PAIN_WITH_LOW_MOOD"),
                keys(fromSkin));
    }

    @Test
    void nippleSkin_shouldHoldSeveralFindingsInDeclarationOrderAndSurviveACopy() {
        BreastFindings breast = new BreastFindings(org.lactationclinic.domain.charting.BreastSideType.LEFT);
        breast.setNippleSkin(List.of(NippleIntegrityType.BLEEDING, NippleIntegrityType.CRACKED));

        assertEquals(
                List.of(NippleIntegrityType.CRACKED, NippleIntegrityType.BLEEDING),
                breast.copy().getNippleSkin());
        breast.setNippleSkin(List.of());
        assertEquals(List.of(), breast.getNippleSkin());
    }

    @Test
    void copy_shouldAlwaysHoldBothSides() {
        MotherFindings fromOneSide = new MotherFindings(
                new MaternalWellbeing(),
                List.of(new BreastFindings(org.lactationclinic.domain.charting.BreastSideType.RIGHT)),
                false,
                List.of(),
                List.of());
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

    /** The page's select-many writes the skin findings through Faces EL, which needs one JavaBeans property. */
    @Test
    void nippleSkin_shouldBeAWritableBeanProperty() throws Exception {
        java.beans.PropertyDescriptor skin = java.util.Arrays.stream(
                        java.beans.Introspector.getBeanInfo(BreastFindings.class)
                                .getPropertyDescriptors())
                .filter(property -> property.getName().equals("nippleSkin"))
                .findFirst()
                .orElseThrow();
        org.junit.jupiter.api.Assertions.assertNotNull(
                skin.getWriteMethod(), "setNippleSkin must take what getNippleSkin gives");
    }
}
