package org.lactationclinic.domain.assessment;

/**
 * IBFAT item 1, readiness to feed: what it took to get the baby to begin the feed, 0-3 with 3 the best answer.
 * Matthews, Developing an instrument to assess infant breastfeeding behaviour in the early neonatal period, Midwifery
 * 1988;4:154-165 (clinical-reference.md, section 1). The reference names the item only; the answers follow the
 * published form (Matthews 1988).
 */
public enum IbfatReadinessType implements ScoredAnswer {
    /** Could not be aroused. */
    COULD_NOT_BE_AROUSED(0),
    /** Needed vigorous stimulation (unbundling, sitting baby back and forward, rubbing body or limbs). */
    NEEDED_VIGOROUS_STIMULATION(1),
    /** Needed mild stimulation (unbundling, patting, burping). */
    NEEDED_MILD_STIMULATION(2),
    /** Just placed at the breast; no effort needed. */
    FED_READILY(3);

    private final int score;

    IbfatReadinessType(int score) {
        this.score = score;
    }

    @Override
    public int score() {
        return score;
    }
}
