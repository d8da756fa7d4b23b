package org.lactationclinic.domain.assessment;

/**
 * LATCH item C, comfort of breast and nipple (Jensen, Wallace &amp; Kelsay, JOGNN 1994;23:27-32; clinical-reference.md,
 * section 1).
 */
public enum LatchComfortType implements ScoredAnswer {
    /** Engorged; cracked, bleeding, large blisters or bruises; severe discomfort. */
    ENGORGED_OR_SEVERE_DISCOMFORT(0),
    /** Filling; reddened/small blisters or bruises; mild/moderate discomfort. */
    FILLING_OR_MILD_DISCOMFORT(1),
    /** Soft; non-tender. */
    SOFT_NON_TENDER(2);

    private final int score;

    LatchComfortType(int score) {
        this.score = score;
    }

    @Override
    public int score() {
        return score;
    }
}
