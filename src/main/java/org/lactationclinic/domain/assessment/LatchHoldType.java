package org.lactationclinic.domain.assessment;

/**
 * LATCH item H, hold (positioning) (Jensen, Wallace &amp; Kelsay, JOGNN 1994;23:27-32; clinical-reference.md, section
 * 1).
 */
public enum LatchHoldType implements ScoredAnswer {
    /** Full assist (staff holds infant at breast). */
    FULL_ASSIST(0),
    /** Minimal assist; teach one side, mother does other. */
    MINIMAL_ASSIST(1),
    /** No assist; mother able to position/hold infant. */
    NO_ASSIST(2);

    private final int score;

    LatchHoldType(int score) {
        this.score = score;
    }

    @Override
    public int score() {
        return score;
    }
}
