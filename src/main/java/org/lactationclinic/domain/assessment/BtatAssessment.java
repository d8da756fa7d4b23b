package org.lactationclinic.domain.assessment;

import java.util.Objects;
import java.util.Optional;

/**
 * A Bristol Tongue Assessment Tool score: Ingram et al., The development of a tongue assessment tool to assist with
 * tongue-tie identification, Arch Dis Child Fetal Neonatal Ed 2015;100:F344. Four items 0-2, total 0-8
 * (clinical-reference.md, section 1).
 *
 * <p>A total at or below the clinic's cut-off means refer for frenotomy assessment. The default, "&lt;= 4", rests on
 * secondary sources only, which is why it is {@link AssessmentThresholds#btatReferAtOrBelow() configurable}: with the
 * default a 4 is flagged and a 5 is not.
 */
public record BtatAssessment(
        BtatTongueTipType tongueTip,
        BtatFrenulumAttachmentType frenulumAttachment,
        BtatTongueLiftType tongueLift,
        BtatTongueProtrusionType tongueProtrusion) {

    public static final int MAX_TOTAL = 8;

    public BtatAssessment {
        Objects.requireNonNull(tongueTip, "tongueTip");
        Objects.requireNonNull(frenulumAttachment, "frenulumAttachment");
        Objects.requireNonNull(tongueLift, "tongueLift");
        Objects.requireNonNull(tongueProtrusion, "tongueProtrusion");
    }

    /** Sum of the four item scores, 0-8. */
    public int total() {
        return tongueTip.score() + frenulumAttachment.score() + tongueLift.score() + tongueProtrusion.score();
    }

    /** True when the total is at or below the clinic's cut-off. */
    public boolean isAtOrBelowThreshold(AssessmentThresholds thresholds) {
        return total() <= thresholds.btatReferAtOrBelow();
    }

    /** The frenotomy-assessment referral flag with the cut-off's source, when {@link #isAtOrBelowThreshold} holds. */
    public Optional<AssessmentFlag> flag(AssessmentThresholds thresholds) {
        return isAtOrBelowThreshold(thresholds)
                ? Optional.of(new AssessmentFlag(AssessmentFlagType.BTAT_FRENOTOMY_ASSESSMENT, thresholds.btatSource()))
                : Optional.empty();
    }
}
