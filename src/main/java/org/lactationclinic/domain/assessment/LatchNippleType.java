package org.lactationclinic.domain.assessment;

/**
 * LATCH item T, type of nipple (Jensen, Wallace &amp; Kelsay, JOGNN 1994;23:27-32; clinical-reference.md, section 1).
 * Named for LATCH because the breast examination records nipple findings of its own.
 */
public enum LatchNippleType implements ScoredAnswer {
    /** Inverted. */
    INVERTED(0),
    /** Flat. */
    FLAT(1),
    /** Everted (after stimulation). */
    EVERTED(2);

    private final int score;

    LatchNippleType(int score) {
        this.score = score;
    }

    @Override
    public int score() {
        return score;
    }
}
