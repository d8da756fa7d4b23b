package org.lactationclinic.domain.wellbeing;

/**
 * The ten items of the Edinburgh Postnatal Depression Scale, each about the past 7 days with four printed answers
 * scored 0-3 (total 0-30). Source: Cox JL, Holden JM, Sagovsky R, Detection of postnatal depression: development of the
 * 10-item Edinburgh Postnatal Depression Scale, Br J Psychiatry 1987;150:782-6. Reproduction of the scale is permitted
 * provided the authors, title and source are cited, which is why the citation is shown with the questionnaire (bundle
 * key {@code epds.source}).
 *
 * <p>Items 1, 2 and 4 score 0 to 3 in printed order; items 3 and 5-10 are <b>reverse scored</b>: the first printed
 * answer scores 3 and the last 0. An answer is therefore identified by its position in the printed order (0-3), never
 * by its score: the position is what she ticked, the score is derived from it here, in one place. The wording is not in
 * Java: the question is the bundle key {@link #questionKey()} and each answer {@link #answerKey(int)}, so a clinic can
 * use a validated translation.
 */
public enum EpdsItemType {

    /** I have been able to laugh and see the funny side of things. */
    ITEM_1(false),
    /** I have looked forward with enjoyment to things. */
    ITEM_2(false),
    /** I have blamed myself unnecessarily when things went wrong. */
    ITEM_3(true),
    /** I have been anxious or worried for no good reason. */
    ITEM_4(false),
    /** I have felt scared or panicky for no very good reason. */
    ITEM_5(true),
    /** Things have been getting on top of me. */
    ITEM_6(true),
    /** I have been so unhappy that I have had difficulty sleeping. */
    ITEM_7(true),
    /** I have felt sad or miserable. */
    ITEM_8(true),
    /** I have been so unhappy that I have been crying. */
    ITEM_9(true),
    /** The thought of harming myself has occurred to me: any answer scoring above 0 is urgent. */
    ITEM_10(true);

    /** Every item has four printed answers, indexed 0-3 in printed order. */
    public static final int ANSWER_COUNT = 4;
    /** The highest score of one item. */
    public static final int MAX_ITEM_SCORE = ANSWER_COUNT - 1;

    private final boolean reverseScored;

    EpdsItemType(boolean reverseScored) {
        this.reverseScored = reverseScored;
    }

    /** The item's number as printed on the questionnaire, 1-10. */
    public int number() {
        return ordinal() + 1;
    }

    /** True for items 3 and 5-10, whose first printed answer scores 3. */
    public boolean isReverseScored() {
        return reverseScored;
    }

    /**
     * The score of the answer at the given position in printed order.
     *
     * @param printedAnswerIndex 0 for the first printed answer ... 3 for the last
     * @return 0-3
     * @throws IllegalArgumentException when the index is not 0-3
     */
    public int score(int printedAnswerIndex) {
        requireAnswerIndex(printedAnswerIndex);
        return reverseScored ? MAX_ITEM_SCORE - printedAnswerIndex : printedAnswerIndex;
    }

    /** Bundle key of the item's printed question, e.g. {@code EpdsItemType.ITEM_10}. */
    public String questionKey() {
        return getDeclaringClass().getSimpleName() + "." + name();
    }

    /**
     * Bundle key of one printed answer, e.g. {@code EpdsItemType.ITEM_10.answer.3} for "Never".
     *
     * @throws IllegalArgumentException when the index is not 0-3
     */
    public String answerKey(int printedAnswerIndex) {
        requireAnswerIndex(printedAnswerIndex);
        return questionKey() + ".answer." + printedAnswerIndex;
    }

    static int requireAnswerIndex(int printedAnswerIndex) {
        if (printedAnswerIndex < 0 || printedAnswerIndex >= ANSWER_COUNT) {
            throw new IllegalArgumentException(
                    "An EPDS answer is its position in printed order, 0-3; was " + printedAnswerIndex);
        }
        return printedAnswerIndex;
    }
}
