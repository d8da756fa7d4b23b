package org.lactationclinic.domain.assessment;

/**
 * IBFAT item 2, rooting (at touch of nipple to cheek the head turns, the mouth opens and the baby tries to fix on the
 * nipple), 0-3. Matthews, Developing an instrument to assess infant breastfeeding behaviour in the early neonatal
 * period, Midwifery 1988;4:154-165 (clinical-reference.md, section 1). The reference names the item only; the answers
 * follow the published form (Matthews 1988).
 */
public enum IbfatRootingType implements ScoredAnswer {
    /** Did not try to root. */
    DID_NOT_ROOT(0),
    /** Rooted poorly even with coaxing. */
    ROOTED_POORLY(1),
    /** Needed some coaxing, prompting or encouragement to root. */
    NEEDED_COAXING(2),
    /** Rooted effectively at once. */
    ROOTED_AT_ONCE(3);

    private final int score;

    IbfatRootingType(int score) {
        this.score = score;
    }

    @Override
    public int score() {
        return score;
    }
}
