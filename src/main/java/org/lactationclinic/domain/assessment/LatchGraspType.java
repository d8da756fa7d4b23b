package org.lactationclinic.domain.assessment;

/**
 * LATCH item L, latch. Scores and wording from Jensen, Wallace &amp; Kelsay, LATCH: a breastfeeding charting system and
 * documentation tool, JOGNN 1994;23:27-32 (clinical-reference.md, section 1).
 */
public enum LatchGraspType implements ScoredAnswer {
    /** Too sleepy or reluctant; no latch achieved. */
    NO_LATCH(0),
    /** Repeated attempts; holds nipple in mouth; stimulate to suck. */
    REPEATED_ATTEMPTS(1),
    /** Grasps breast; tongue down; lips flanged; rhythmical sucking. */
    GRASPS_BREAST(2);

    private final int score;

    LatchGraspType(int score) {
        this.score = score;
    }

    @Override
    public int score() {
        return score;
    }
}
