package org.lactationclinic.domain.assessment;

/**
 * BTAT item 2, attachment of the frenulum to the lower gum ridge, 0-2. Ingram et al., The development of a tongue
 * assessment tool to assist with tongue-tie identification, Arch Dis Child Fetal Neonatal Ed 2015;100:F344
 * (clinical-reference.md, section 1).
 */
public enum BtatFrenulumAttachmentType implements ScoredAnswer {
    /** Attached at top of gum ridge. */
    TOP_OF_GUM_RIDGE(0),
    /** Attached to inner aspect of gum. */
    INNER_ASPECT_OF_GUM(1),
    /** Attached to floor of mouth. */
    FLOOR_OF_MOUTH(2);

    private final int score;

    BtatFrenulumAttachmentType(int score) {
        this.score = score;
    }

    @Override
    public int score() {
        return score;
    }
}
