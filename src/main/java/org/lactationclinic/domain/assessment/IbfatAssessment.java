package org.lactationclinic.domain.assessment;

import java.util.Objects;

/**
 * An IBFAT score of one feed: Matthews, Developing an instrument to assess infant breastfeeding behaviour in the early
 * neonatal period, Midwifery 1988;4:154-165. Four scored items 0-3 (readiness to feed, rooting, fixing, sucking), total
 * 0-12 with 12 a vigorous, effective feed; a fifth item, maternal satisfaction, is recorded but not scored
 * (clinical-reference.md, section 1).
 *
 * <p>The reference gives no cut-off for IBFAT, so this value raises no flag. The answers are held; the total is
 * derived.
 */
public record IbfatAssessment(
        IbfatReadinessType readiness,
        IbfatRootingType rooting,
        IbfatFixingType fixing,
        IbfatSuckingType sucking,
        IbfatMaternalSatisfactionType maternalSatisfaction) {

    public static final int MAX_TOTAL = 12;

    public IbfatAssessment {
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(rooting, "rooting");
        Objects.requireNonNull(fixing, "fixing");
        Objects.requireNonNull(sucking, "sucking");
        Objects.requireNonNull(maternalSatisfaction, "maternalSatisfaction");
    }

    /** Sum of the four scored items, 0-12; maternal satisfaction is not part of it. */
    public int total() {
        return readiness.score() + rooting.score() + fixing.score() + sucking.score();
    }
}
