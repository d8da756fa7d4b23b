package org.lactationclinic.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * HATLFF: five appearance and seven function items 0-2; Hazelbaker's interpretation (14 perfect, 11 acceptable with
 * appearance 10, function &lt; 11 impaired, appearance &lt; 8 with impaired function suggests frenotomy) and Ballard's
 * (appearance &lt;= 8 and/or function &lt;= 11).
 */
class HatlffAssessmentTest {

    /** Scores that add up to the wanted total, filling items with 2 first. */
    private static <K extends Enum<K>> Map<K, Integer> scoresAddingUpTo(Class<K> items, int total) {
        Map<K, Integer> scores = new EnumMap<>(items);
        int left = total;
        for (K item : items.getEnumConstants()) {
            int score = Math.min(2, left);
            scores.put(item, score);
            left -= score;
        }
        if (left != 0) {
            throw new IllegalArgumentException("Total too high: " + total);
        }
        return scores;
    }

    private static HatlffAssessment hatlff(int appearanceTotal, int functionTotal) {
        return new HatlffAssessment(
                scoresAddingUpTo(HatlffAppearanceItemType.class, appearanceTotal),
                scoresAddingUpTo(HatlffFunctionItemType.class, functionTotal));
    }

    @Test
    void totals_shouldBeZeroWhenEveryItemScoresZero() {
        HatlffAssessment lowest = hatlff(0, 0);

        assertEquals(0, lowest.appearanceTotal());
        assertEquals(0, lowest.functionTotal());
    }

    @Test
    void totals_shouldBeTenAndFourteenWhenEveryItemScoresTwo() {
        HatlffAssessment highest = hatlff(10, 14);

        assertEquals(HatlffAssessment.MAX_APPEARANCE, highest.appearanceTotal());
        assertEquals(HatlffAssessment.MAX_FUNCTION, highest.functionTotal());
        assertEquals(5, HatlffAppearanceItemType.values().length);
        assertEquals(7, HatlffFunctionItemType.values().length);
    }

    @ParameterizedTest(name = "{0} may score {1}")
    @CsvSource({"ELASTICITY_OF_FRENULUM, 0", "ELASTICITY_OF_FRENULUM, 1", "ELASTICITY_OF_FRENULUM, 2"})
    void constructor_shouldAcceptEveryItemScore(HatlffAppearanceItemType item, int score) {
        Map<HatlffAppearanceItemType, Integer> appearance = scoresAddingUpTo(HatlffAppearanceItemType.class, 0);
        appearance.put(item, score);

        assertEquals(
                score,
                new HatlffAssessment(appearance, scoresAddingUpTo(HatlffFunctionItemType.class, 0)).appearanceTotal());
    }

    @ParameterizedTest
    @EnumSource(HatlffFunctionItemType.class)
    void constructor_shouldCountEachFunctionItem(HatlffFunctionItemType item) {
        Map<HatlffFunctionItemType, Integer> function = scoresAddingUpTo(HatlffFunctionItemType.class, 0);
        function.put(item, 2);

        assertEquals(
                2, new HatlffAssessment(scoresAddingUpTo(HatlffAppearanceItemType.class, 0), function).functionTotal());
    }

    @Test
    void constructor_shouldRefuseAnItemScoreOutsideZeroToTwo() {
        Map<HatlffFunctionItemType, Integer> function = scoresAddingUpTo(HatlffFunctionItemType.class, 0);
        function.put(HatlffFunctionItemType.SNAPBACK, 3);
        Map<HatlffAppearanceItemType, Integer> appearance = scoresAddingUpTo(HatlffAppearanceItemType.class, 10);

        assertThrows(IllegalArgumentException.class, () -> new HatlffAssessment(appearance, function));
        function.put(HatlffFunctionItemType.SNAPBACK, -1);
        assertThrows(IllegalArgumentException.class, () -> new HatlffAssessment(appearance, function));
    }

    @Test
    void constructor_shouldRefuseAnUnansweredItem() {
        Map<HatlffFunctionItemType, Integer> function = scoresAddingUpTo(HatlffFunctionItemType.class, 14);
        function.remove(HatlffFunctionItemType.CUPPING);

        assertThrows(
                IllegalArgumentException.class,
                () -> new HatlffAssessment(scoresAddingUpTo(HatlffAppearanceItemType.class, 10), function));
    }

    @Test
    void constructor_shouldCopyTheScoresSoLaterChangesDoNotLeakIn() {
        Map<HatlffFunctionItemType, Integer> function = scoresAddingUpTo(HatlffFunctionItemType.class, 14);
        HatlffAssessment assessment =
                new HatlffAssessment(scoresAddingUpTo(HatlffAppearanceItemType.class, 10), function);
        function.put(HatlffFunctionItemType.LIFT, 0);

        assertEquals(14, assessment.functionTotal());
        assertThrows(
                UnsupportedOperationException.class, () -> assessment.function().put(HatlffFunctionItemType.LIFT, 0));
    }

    @ParameterizedTest(name = "Hazelbaker: appearance {0}, function {1} is {2}")
    @CsvSource({
        "10, 14, PERFECT",
        "0, 14, PERFECT",
        "10, 11, ACCEPTABLE",
        "10, 13, ACCEPTABLE",
        "9, 11, INDETERMINATE",
        "9, 13, INDETERMINATE",
        "7, 11, INDETERMINATE",
        "10, 10, IMPAIRED",
        "8, 10, IMPAIRED",
        "7, 10, FRENOTOMY_SUGGESTED",
        "8, 0, IMPAIRED",
        "7, 0, FRENOTOMY_SUGGESTED",
        "0, 0, FRENOTOMY_SUGGESTED"
    })
    void interpret_shouldFollowHazelbakerAtEveryBoundary(int appearance, int function, HatlffFindingType expected) {
        assertEquals(
                expected,
                hatlff(appearance, function)
                        .interpret(HatlffInterpretationType.HAZELBAKER)
                        .finding());
    }

    @ParameterizedTest(name = "Ballard: appearance {0}, function {1} is {2}")
    @CsvSource({
        "10, 14, ACCEPTABLE",
        "9, 12, ACCEPTABLE",
        "8, 14, FRENOTOMY_SUGGESTED",
        "9, 11, FRENOTOMY_SUGGESTED",
        "10, 11, FRENOTOMY_SUGGESTED",
        "8, 12, FRENOTOMY_SUGGESTED",
        "7, 10, FRENOTOMY_SUGGESTED"
    })
    void interpret_shouldFollowBallardAtEveryBoundary(int appearance, int function, HatlffFindingType expected) {
        assertEquals(
                expected,
                hatlff(appearance, function)
                        .interpret(HatlffInterpretationType.BALLARD)
                        .finding());
    }

    @Test
    void interpret_shouldDifferBetweenInterpretationsAtFunctionElevenWithAppearanceTen() {
        HatlffAssessment assessment = hatlff(10, 11);

        assertEquals(
                HatlffFindingType.ACCEPTABLE,
                assessment.interpret(HatlffInterpretationType.HAZELBAKER).finding());
        assertEquals(
                HatlffFindingType.FRENOTOMY_SUGGESTED,
                assessment.interpret(HatlffInterpretationType.BALLARD).finding());
    }

    @Test
    void interpret_shouldCarryTheInterpretationsCitation() {
        HatlffAssessment assessment = hatlff(7, 10);

        HatlffResult hazelbaker = assessment.interpret(HatlffInterpretationType.HAZELBAKER);
        HatlffResult ballard = assessment.interpret(HatlffInterpretationType.BALLARD);

        assertEquals(HatlffInterpretationType.HAZELBAKER, hazelbaker.interpretation());
        assertTrue(hazelbaker.source().startsWith("Hazelbaker"));
        assertEquals("Ballard, Auer & Khoury, Pediatrics 2002;110:e63", ballard.source());
        assertTrue(hazelbaker.isFlagged());
    }

    @Test
    void interpret_shouldUseTheClinicsChosenInterpretation() {
        HatlffAssessment assessment = hatlff(8, 12);

        assertEquals(
                HatlffFindingType.INDETERMINATE,
                assessment.interpret(AssessmentThresholds.defaults()).finding());
        assertEquals(
                HatlffFindingType.FRENOTOMY_SUGGESTED,
                assessment
                        .interpret(AssessmentThresholds.defaults()
                                .withHatlffInterpretation(HatlffInterpretationType.BALLARD))
                        .finding());
    }

    @Test
    void flag_shouldRaiseImpairedFunctionUnderHazelbaker() {
        AssessmentFlag flag =
                hatlff(8, 10).flag(AssessmentThresholds.defaults()).orElseThrow();

        assertEquals(AssessmentFlagType.HATLFF_IMPAIRED_FUNCTION, flag.type());
        assertEquals(HatlffInterpretationType.HAZELBAKER.source(), flag.source());
    }

    @Test
    void flag_shouldRaiseFrenotomySuggestedUnderHazelbaker() {
        AssessmentFlag flag =
                hatlff(7, 10).flag(AssessmentThresholds.defaults()).orElseThrow();

        assertEquals(AssessmentFlagType.HATLFF_FRENOTOMY_SUGGESTED, flag.type());
    }

    @Test
    void flag_shouldRaiseNothingForPerfectAcceptableOrIndeterminate() {
        AssessmentThresholds defaults = AssessmentThresholds.defaults();

        assertTrue(hatlff(5, 14).flag(defaults).isEmpty());
        assertTrue(hatlff(10, 11).flag(defaults).isEmpty());
        assertTrue(hatlff(9, 11).flag(defaults).isEmpty());
        assertFalse(HatlffFindingType.INDETERMINATE.isFlagged());
    }

    @Test
    void flag_shouldFollowBallardWhenTheClinicChoosesIt() {
        AssessmentThresholds ballard =
                AssessmentThresholds.defaults().withHatlffInterpretation(HatlffInterpretationType.BALLARD);

        AssessmentFlag flag = hatlff(8, 14).flag(ballard).orElseThrow();

        assertEquals(AssessmentFlagType.HATLFF_FRENOTOMY_SUGGESTED, flag.type());
        assertEquals(HatlffInterpretationType.BALLARD.source(), flag.source());
        assertTrue(hatlff(9, 12).flag(ballard).isEmpty());
        assertTrue(hatlff(8, 14).flag(AssessmentThresholds.defaults()).isEmpty());
    }

    @Test
    void classify_shouldRefuseTotalsOutsideTheInstrument() {
        assertThrows(IllegalArgumentException.class, () -> HatlffInterpretationType.HAZELBAKER.classify(11, 14));
        assertThrows(IllegalArgumentException.class, () -> HatlffInterpretationType.BALLARD.classify(10, 15));
        assertThrows(IllegalArgumentException.class, () -> HatlffInterpretationType.BALLARD.classify(-1, 0));
    }

    @Test
    void answerKey_shouldNameItemAndScore() {
        assertEquals("HatlffFunctionItemType.SNAPBACK.0", HatlffFunctionItemType.SNAPBACK.answerKey(0));
        assertEquals(
                "HatlffAppearanceItemType.ELASTICITY_OF_FRENULUM.2",
                HatlffAppearanceItemType.ELASTICITY_OF_FRENULUM.answerKey(2));
        assertThrows(IllegalArgumentException.class, () -> HatlffFunctionItemType.LIFT.answerKey(3));
    }
}
