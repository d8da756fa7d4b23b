package org.lactationclinic.domain.assessment;

/**
 * BTAT item 1, tongue tip appearance, 0-2. Ingram et al., The development of a tongue assessment tool to assist with
 * tongue-tie identification, Arch Dis Child Fetal Neonatal Ed 2015;100:F344 (clinical-reference.md, section 1).
 */
public enum BtatTongueTipType implements ScoredAnswer {
    /** Heart shaped. */
    HEART_SHAPED(0),
    /** Slight cleft/notched. */
    SLIGHT_CLEFT_OR_NOTCHED(1),
    /** Rounded. */
    ROUNDED(2);

    private final int score;

    BtatTongueTipType(int score) {
        this.score = score;
    }

    @Override
    public int score() {
        return score;
    }
}
