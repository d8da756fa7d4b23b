package org.lactationclinic.domain.assessment;

/**
 * BTAT item 4, protrusion of the tongue, 0-2. Ingram et al., The development of a tongue assessment tool to assist with
 * tongue-tie identification, Arch Dis Child Fetal Neonatal Ed 2015;100:F344 (clinical-reference.md, section 1).
 */
public enum BtatTongueProtrusionType implements ScoredAnswer {
    /** Tip stays behind gum. */
    TIP_BEHIND_GUM(0),
    /** Tip over gum. */
    TIP_OVER_GUM(1),
    /** Tip can extend over lower lip. */
    TIP_OVER_LOWER_LIP(2);

    private final int score;

    BtatTongueProtrusionType(int score) {
        this.score = score;
    }

    @Override
    public int score() {
        return score;
    }
}
