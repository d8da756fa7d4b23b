package org.lactationclinic.domain.assessment;

import java.util.Objects;
import java.util.Optional;

/**
 * A LATCH score of one observed feed: the answer chosen for each of the five items. Jensen, Wallace &amp; Kelsay,
 * LATCH: a breastfeeding charting system and documentation tool, JOGNN 1994;23:27-32: five items, 0/1/2 each, total
 * 0-10 (clinical-reference.md, section 1).
 *
 * <p>Only the answers are held; {@link #total()} and the flag are derived, so correcting one answer can never leave a
 * stale total. The cut-off is the clinic's ({@link AssessmentThresholds#latchFlagBelow()}, default "total &lt; 7
 * suggests further evaluation"). Breast side and feeding position belong to the observation that will hold this value,
 * not to the score.
 */
public record LatchAssessment(
        LatchGraspType latch,
        LatchSwallowingType audibleSwallowing,
        LatchNippleType typeOfNipple,
        LatchComfortType comfort,
        LatchHoldType hold) {

    public static final int MAX_TOTAL = 10;

    public LatchAssessment {
        Objects.requireNonNull(latch, "latch");
        Objects.requireNonNull(audibleSwallowing, "audibleSwallowing");
        Objects.requireNonNull(typeOfNipple, "typeOfNipple");
        Objects.requireNonNull(comfort, "comfort");
        Objects.requireNonNull(hold, "hold");
    }

    /** Sum of the five item scores, 0-10. */
    public int total() {
        return latch.score() + audibleSwallowing.score() + typeOfNipple.score() + comfort.score() + hold.score();
    }

    /**
     * True when the total is strictly below the clinic's cut-off: with the default 7, a 6 is flagged and a 7 is not.
     */
    public boolean isBelowThreshold(AssessmentThresholds thresholds) {
        return total() < thresholds.latchFlagBelow();
    }

    /** The further-evaluation flag with the cut-off's source, when {@link #isBelowThreshold} holds. */
    public Optional<AssessmentFlag> flag(AssessmentThresholds thresholds) {
        return isBelowThreshold(thresholds)
                ? Optional.of(new AssessmentFlag(AssessmentFlagType.LATCH_FURTHER_EVALUATION, thresholds.latchSource()))
                : Optional.empty();
    }
}
