package org.lactationclinic.domain.assessment;

/**
 * IBFAT item 4, sucking pattern at this feed, 0-3. Matthews, Developing an instrument to assess infant breastfeeding
 * behaviour in the early neonatal period, Midwifery 1988;4:154-165 (clinical-reference.md, section 1). The reference
 * names the item only; the answers follow the published form (Matthews 1988).
 */
public enum IbfatSuckingType implements ScoredAnswer {
    /** Did not suck. */
    DID_NOT_SUCK(0),
    /** Sucked poorly: weak sucking, some sucking for short periods. */
    SUCKED_POORLY(1),
    /** Sucked fairly well: on and off, needed some encouragement. */
    SUCKED_FAIRLY_WELL(2),
    /** Sucked well on one or both breasts. */
    SUCKED_WELL(3);

    private final int score;

    IbfatSuckingType(int score) {
        this.score = score;
    }

    @Override
    public int score() {
        return score;
    }
}
