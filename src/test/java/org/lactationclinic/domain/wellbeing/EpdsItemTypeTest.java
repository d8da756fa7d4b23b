package org.lactationclinic.domain.wellbeing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** EPDS item scoring (Cox, Holden & Sagovsky 1987), copied by hand from clinical-reference.md, section 1. */
class EpdsItemTypeTest {

    @ParameterizedTest(name = "{0}, printed answer {1} ({3}) scores {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ITEM_1  | 0 | 0 | As much as I always could
            ITEM_1  | 1 | 1 | Not quite so much now
            ITEM_1  | 2 | 2 | Definitely not so much now
            ITEM_1  | 3 | 3 | Not at all
            ITEM_2  | 0 | 0 | As much as I ever did
            ITEM_2  | 1 | 1 | Rather less than I used to
            ITEM_2  | 2 | 2 | Definitely less than I used to
            ITEM_2  | 3 | 3 | Hardly at all
            ITEM_3  | 0 | 3 | Yes, most of the time
            ITEM_3  | 1 | 2 | Yes, some of the time
            ITEM_3  | 2 | 1 | Not very often
            ITEM_3  | 3 | 0 | No, never
            ITEM_4  | 0 | 0 | No, not at all
            ITEM_4  | 1 | 1 | Hardly ever
            ITEM_4  | 2 | 2 | Yes, sometimes
            ITEM_4  | 3 | 3 | Yes, very often
            ITEM_5  | 0 | 3 | Yes, quite a lot
            ITEM_5  | 1 | 2 | Yes, sometimes
            ITEM_5  | 2 | 1 | No, not much
            ITEM_5  | 3 | 0 | No, not at all
            ITEM_6  | 0 | 3 | Yes, most of the time I haven't been able to cope at all
            ITEM_6  | 1 | 2 | Yes, sometimes I haven't been coping as well as usual
            ITEM_6  | 2 | 1 | No, most of the time I have coped quite well
            ITEM_6  | 3 | 0 | No, I have been coping as well as ever
            ITEM_7  | 0 | 3 | Yes, most of the time
            ITEM_7  | 1 | 2 | Yes, sometimes
            ITEM_7  | 2 | 1 | Not very often
            ITEM_7  | 3 | 0 | No, not at all
            ITEM_8  | 0 | 3 | Yes, most of the time
            ITEM_8  | 1 | 2 | Yes, quite often
            ITEM_8  | 2 | 1 | Not very often
            ITEM_8  | 3 | 0 | No, not at all
            ITEM_9  | 0 | 3 | Yes, most of the time
            ITEM_9  | 1 | 2 | Yes, quite often
            ITEM_9  | 2 | 1 | Only occasionally
            ITEM_9  | 3 | 0 | No, never
            ITEM_10 | 0 | 3 | Yes, quite often
            ITEM_10 | 1 | 2 | Sometimes
            ITEM_10 | 2 | 1 | Hardly ever
            ITEM_10 | 3 | 0 | Never
            """)
    void score_shouldFollowThePrintedScale(
            EpdsItemType item, int printedAnswerIndex, int expectedScore, String printedAnswer) {
        assertEquals(expectedScore, item.score(printedAnswerIndex), printedAnswer);
    }

    @Test
    void isReverseScored_shouldMarkItems3And5To10() {
        Set<EpdsItemType> reverse = Arrays.stream(EpdsItemType.values())
                .filter(EpdsItemType::isReverseScored)
                .collect(Collectors.toSet());

        assertEquals(
                Set.of(
                        EpdsItemType.ITEM_3,
                        EpdsItemType.ITEM_5,
                        EpdsItemType.ITEM_6,
                        EpdsItemType.ITEM_7,
                        EpdsItemType.ITEM_8,
                        EpdsItemType.ITEM_9,
                        EpdsItemType.ITEM_10),
                reverse);
    }

    @Test
    void values_shouldBeTheTenItemsInPrintedOrder() {
        assertEquals(10, EpdsItemType.values().length);
        assertEquals(1, EpdsItemType.ITEM_1.number());
        assertEquals(10, EpdsItemType.ITEM_10.number());
        assertEquals(30, EpdsThresholds.MAX_TOTAL);
    }

    @ParameterizedTest
    @EnumSource(EpdsItemType.class)
    void score_shouldRefuseAnIndexOutsideThePrintedAnswers(EpdsItemType item) {
        assertThrows(IllegalArgumentException.class, () -> item.score(-1));
        assertThrows(IllegalArgumentException.class, () -> item.score(4));
        assertThrows(IllegalArgumentException.class, () -> item.answerKey(-1));
        assertThrows(IllegalArgumentException.class, () -> item.answerKey(4));
    }

    @Test
    void questionKey_shouldBeEnumNameDotValue() {
        assertEquals("EpdsItemType.ITEM_1", EpdsItemType.ITEM_1.questionKey());
        assertEquals("EpdsItemType.ITEM_10", EpdsItemType.ITEM_10.questionKey());
    }

    @Test
    void answerKey_shouldAppendThePrintedIndex() {
        assertEquals("EpdsItemType.ITEM_1.answer.0", EpdsItemType.ITEM_1.answerKey(0));
        assertEquals("EpdsItemType.ITEM_6.answer.2", EpdsItemType.ITEM_6.answerKey(2));
        assertEquals("EpdsItemType.ITEM_10.answer.3", EpdsItemType.ITEM_10.answerKey(3));
    }
}
