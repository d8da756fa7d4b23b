package org.lactationclinic.domain.assessment;

/**
 * BTAT item 3, lift of the tongue with the mouth wide (crying), 0-2. Ingram et al., The development of a tongue
 * assessment tool to assist with tongue-tie identification, Arch Dis Child Fetal Neonatal Ed 2015;100:F344
 * (clinical-reference.md, section 1).
 */
public enum BtatTongueLiftType implements ScoredAnswer {
    /** Minimal tongue lift. */
    MINIMAL_LIFT(0),
    /** Edges only to mid-mouth. */
    EDGES_ONLY_TO_MID_MOUTH(1),
    /** Full tongue lift to mid-mouth. */
    FULL_LIFT_TO_MID_MOUTH(2);

    private final int score;

    BtatTongueLiftType(int score) {
        this.score = score;
    }

    @Override
    public int score() {
        return score;
    }
}
