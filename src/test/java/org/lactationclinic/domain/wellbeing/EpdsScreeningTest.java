package org.lactationclinic.domain.wellbeing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * EPDS totals and flags (Cox, Holden & Sagovsky 1987; clinical-reference.md, sections 1 and 4). Screenings are written
 * as the ten printed answer positions she ticked, items 1 to 10, with the score of each in a comment: items 1, 2 and 4
 * score their position, the others 3 minus it.
 */
class EpdsScreeningTest {

    private static final EpdsThresholds DEFAULTS = EpdsThresholds.DEFAULTS;

    @Test
    void total_shouldBeZeroWhenEveryAnswerScoresZero() {
        EpdsScreening none = screening(0, 0, 3, 0, 3, 3, 3, 3, 3, 3);

        assertTrue(none.isComplete());
        assertEquals(OptionalInt.of(0), none.total());
        assertEquals(Set.of(), none.flags(DEFAULTS));
    }

    @Test
    void total_shouldBeThirtyWhenEveryAnswerScoresThree() {
        EpdsScreening highest = screening(3, 3, 0, 3, 0, 0, 0, 0, 0, 0);

        assertEquals(OptionalInt.of(30), highest.total());
        assertEquals(Set.of(EpdsFlagType.SELF_HARM_URGENT, EpdsFlagType.REFERRAL), highest.flags(DEFAULTS));
    }

    @Test
    void flags_shouldRaiseNothingAtNine() {
        // scores 3 3 0 3 0 0 0 0 0 0
        EpdsScreening nine = screening(3, 3, 3, 3, 3, 3, 3, 3, 3, 3);

        assertEquals(OptionalInt.of(9), nine.total());
        assertEquals(Set.of(), nine.flags(DEFAULTS));
    }

    @Test
    void flags_shouldRaiseTheAdvisoryAtTen() {
        // scores 3 3 1 3 0 0 0 0 0 0
        EpdsScreening ten = screening(3, 3, 2, 3, 3, 3, 3, 3, 3, 3);

        assertEquals(OptionalInt.of(10), ten.total());
        assertEquals(Set.of(EpdsFlagType.ADVISORY), ten.flags(DEFAULTS));
    }

    @Test
    void flags_shouldKeepTheAdvisoryAtTwelve() {
        // scores 0 1 2 1 2 2 1 1 2 0
        EpdsScreening twelve = screening(0, 1, 1, 1, 1, 1, 2, 2, 1, 3);

        assertEquals(OptionalInt.of(12), twelve.total());
        assertEquals(Set.of(EpdsFlagType.ADVISORY), twelve.flags(DEFAULTS));
    }

    @Test
    void flags_shouldRaiseTheReferralInsteadOfTheAdvisoryAtThirteen() {
        // scores 1 1 2 1 2 2 1 1 2 0
        EpdsScreening thirteen = screening(1, 1, 1, 1, 1, 1, 2, 2, 1, 3);

        assertEquals(OptionalInt.of(13), thirteen.total());
        assertEquals(Set.of(EpdsFlagType.REFERRAL), thirteen.flags(DEFAULTS));
    }

    @Test
    void flags_shouldRaiseTheUrgentFlagWhenItem10ScoresAboveZeroWithATotalOfOne() {
        // scores 0 0 0 0 0 0 0 0 0 1 ("Hardly ever")
        EpdsScreening one = screening(0, 0, 3, 0, 3, 3, 3, 3, 3, 2);

        assertEquals(OptionalInt.of(1), one.total());
        assertTrue(one.isSelfHarmPositive());
        assertEquals(Set.of(EpdsFlagType.SELF_HARM_URGENT), one.flags(DEFAULTS));
    }

    @Test
    void flags_shouldRaiseTheUrgentFlagWhenItem10IsTheOnlyAnswer() {
        EpdsScreening onlyItem10 = EpdsScreening.empty().withAnswer(EpdsItemType.ITEM_10, 2);

        assertFalse(onlyItem10.isComplete());
        assertEquals(OptionalInt.empty(), onlyItem10.total());
        assertTrue(onlyItem10.isSelfHarmPositive());
        assertEquals(Set.of(EpdsFlagType.SELF_HARM_URGENT), onlyItem10.flags(DEFAULTS));
    }

    @Test
    void flags_shouldRaiseTheUrgentFlagForEveryAnswerOfItem10ButNever() {
        for (int printedAnswerIndex = 0; printedAnswerIndex <= 2; printedAnswerIndex++) {
            EpdsScreening answered = EpdsScreening.empty().withAnswer(EpdsItemType.ITEM_10, printedAnswerIndex);

            assertEquals(
                    Set.of(EpdsFlagType.SELF_HARM_URGENT), answered.flags(DEFAULTS), "answer " + printedAnswerIndex);
        }
    }

    @Test
    void flags_shouldNotRaiseTheUrgentFlagWhenItem10IsAnsweredNever() {
        EpdsScreening never = EpdsScreening.empty().withAnswer(EpdsItemType.ITEM_10, 3);

        assertEquals(OptionalInt.of(0), never.itemScore(EpdsItemType.ITEM_10));
        assertFalse(never.isSelfHarmPositive());
        assertEquals(Set.of(), never.flags(DEFAULTS));
    }

    @Test
    void flags_shouldNotRaiseTheUrgentFlagWhenItem10IsUnanswered() {
        EpdsScreening empty = EpdsScreening.empty();

        assertFalse(empty.isSelfHarmPositive());
        assertEquals(Set.of(), empty.flags(DEFAULTS));
    }

    @Test
    void flags_shouldRaiseTheReferralButNotTheUrgentFlagWhenOnlyItem10ScoresZero() {
        EpdsScreening twentySeven = screening(3, 3, 0, 3, 0, 0, 0, 0, 0, 3);

        assertEquals(OptionalInt.of(27), twentySeven.total());
        assertEquals(Set.of(EpdsFlagType.REFERRAL), twentySeven.flags(DEFAULTS));
    }

    @Test
    void total_shouldBeEmptyUntilEveryItemIsAnswered() {
        Map<EpdsItemType, Integer> allButItem10 = new EnumMap<>(EpdsItemType.class);
        for (EpdsItemType item : EpdsItemType.values()) {
            if (item != EpdsItemType.ITEM_10) {
                allButItem10.put(item, item.isReverseScored() ? 0 : 3);
            }
        }
        EpdsScreening nineAtMaximum = new EpdsScreening(allButItem10);

        assertFalse(nineAtMaximum.isComplete());
        assertEquals(OptionalInt.empty(), nineAtMaximum.total());
        assertEquals(OptionalInt.of(3), nineAtMaximum.itemScore(EpdsItemType.ITEM_1));
        assertEquals(OptionalInt.empty(), nineAtMaximum.itemScore(EpdsItemType.ITEM_10));
        assertEquals(27, nineAtMaximum.answeredSum());
        assertEquals(
                Set.of(EpdsFlagType.REFERRAL),
                nineAtMaximum.flags(DEFAULTS),
                "27 from nine items: the total can only be higher, so an unanswered item must not hide the referral");
    }

    @Test
    void flags_ofAnIncompleteScreeningBelowTheCutOffs_shouldWaitForTheTotal() {
        Map<EpdsItemType, Integer> threeItems = new EnumMap<>(EpdsItemType.class);
        threeItems.put(EpdsItemType.ITEM_1, 3); // 3
        threeItems.put(EpdsItemType.ITEM_2, 3); // 3
        threeItems.put(EpdsItemType.ITEM_3, 0); // reverse: 3
        EpdsScreening nineSoFar = new EpdsScreening(threeItems);
        assertEquals(Set.of(), nineSoFar.flags(DEFAULTS), "9 so far: the total is not known to reach 10");
        threeItems.put(EpdsItemType.ITEM_4, 1);
        assertEquals(Set.of(EpdsFlagType.ADVISORY), new EpdsScreening(threeItems).flags(DEFAULTS), "10 so far");
    }

    @Test
    void flags_shouldFollowAClinicsLocalCutOffs() {
        EpdsThresholds local = new EpdsThresholds(12, 11, "local validation");
        // scores 3 3 2 3 0 0 0 0 0 0
        EpdsScreening eleven = screening(3, 3, 1, 3, 3, 3, 3, 3, 3, 3);
        // scores 3 3 3 3 0 0 0 0 0 0
        EpdsScreening twelve = screening(3, 3, 0, 3, 3, 3, 3, 3, 3, 3);
        // scores 3 3 1 3 0 0 0 0 0 0
        EpdsScreening ten = screening(3, 3, 2, 3, 3, 3, 3, 3, 3, 3);

        assertEquals(OptionalInt.of(11), eleven.total());
        assertEquals(OptionalInt.of(12), twelve.total());
        assertEquals(Set.of(), ten.flags(local));
        assertEquals(Set.of(EpdsFlagType.ADVISORY), eleven.flags(local));
        assertEquals(Set.of(EpdsFlagType.REFERRAL), twelve.flags(local));
        assertEquals(Set.of(EpdsFlagType.ADVISORY), twelve.flags(DEFAULTS));
    }

    @Test
    void flags_shouldRaiseNoAdvisoryWhenTheClinicSetsBothCutOffsEqual() {
        EpdsThresholds noAdvisory = new EpdsThresholds(13, 13, "referral only");
        EpdsScreening twelve = screening(3, 3, 0, 3, 3, 3, 3, 3, 3, 3);

        assertEquals(Set.of(), twelve.flags(noAdvisory));
    }

    @Test
    void itemScore_shouldReverseTheReverseScoredItems() {
        EpdsScreening firstAnswers = screening(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        assertEquals(OptionalInt.of(0), firstAnswers.itemScore(EpdsItemType.ITEM_1));
        assertEquals(OptionalInt.of(3), firstAnswers.itemScore(EpdsItemType.ITEM_3));
        assertEquals(OptionalInt.of(0), firstAnswers.itemScore(EpdsItemType.ITEM_4));
        assertEquals(OptionalInt.of(3), firstAnswers.itemScore(EpdsItemType.ITEM_10));
        assertEquals(OptionalInt.of(21), firstAnswers.total());
    }

    @Test
    void constructor_shouldRefuseAnIndexOutsideThePrintedAnswers() {
        assertThrows(IllegalArgumentException.class, () -> new EpdsScreening(Map.of(EpdsItemType.ITEM_1, 4)));
        assertThrows(IllegalArgumentException.class, () -> new EpdsScreening(Map.of(EpdsItemType.ITEM_10, -1)));
        assertThrows(IllegalArgumentException.class, () -> EpdsScreening.empty().withAnswer(EpdsItemType.ITEM_5, 4));
        assertThrows(NullPointerException.class, () -> EpdsScreening.empty().withAnswer(null, 0));
        assertThrows(NullPointerException.class, () -> new EpdsScreening(null));
    }

    @Test
    void constructor_shouldTreatANullAnswerAsNotAnswered() {
        Map<EpdsItemType, Integer> withBlank = new HashMap<>();
        withBlank.put(EpdsItemType.ITEM_1, 2);
        withBlank.put(EpdsItemType.ITEM_10, null);

        EpdsScreening screening = new EpdsScreening(withBlank);

        assertEquals(Map.of(EpdsItemType.ITEM_1, 2), screening.answers());
        assertEquals(EpdsScreening.empty().withAnswer(EpdsItemType.ITEM_1, 2), screening);
        assertFalse(screening.isSelfHarmPositive());
    }

    @Test
    void answers_shouldNotChangeWithTheCallersMap() {
        Map<EpdsItemType, Integer> answers = new EnumMap<>(EpdsItemType.class);
        answers.put(EpdsItemType.ITEM_10, 3);
        EpdsScreening screening = new EpdsScreening(answers);

        answers.put(EpdsItemType.ITEM_10, 0);

        assertFalse(screening.isSelfHarmPositive());
        assertThrows(
                UnsupportedOperationException.class, () -> screening.answers().put(EpdsItemType.ITEM_10, 0));
    }

    @Test
    void withAnswer_shouldReplaceAnAnswerAndLeaveTheOriginalAlone() {
        EpdsScreening never = EpdsScreening.empty().withAnswer(EpdsItemType.ITEM_10, 3);
        EpdsScreening corrected = never.withAnswer(EpdsItemType.ITEM_10, 1);

        assertFalse(never.isSelfHarmPositive());
        assertEquals(OptionalInt.of(2), corrected.itemScore(EpdsItemType.ITEM_10));
        assertEquals(1, corrected.answers().size());
    }

    /** All ten items answered, in item order, by printed answer position. */
    private static EpdsScreening screening(int... printedAnswerIndexes) {
        assertEquals(10, printedAnswerIndexes.length);
        Map<EpdsItemType, Integer> answers = new EnumMap<>(EpdsItemType.class);
        for (EpdsItemType item : EpdsItemType.values()) {
            answers.put(item, printedAnswerIndexes[item.ordinal()]);
        }
        return new EpdsScreening(answers);
    }
}
