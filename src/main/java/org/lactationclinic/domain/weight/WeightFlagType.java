package org.lactationclinic.domain.weight;

import java.util.Optional;
import org.lactationclinic.domain.shared.ClinicalFlagType;

/**
 * A weight finding the consultant should act on, computed per weighing by {@link WeightTrajectory} with the numbers of
 * a {@link WeightThresholds}. Each flag carries the source of its rule, shown next to it so the consultant can judge it
 * (clinical-reference.md, section 2); the label itself comes from the bundle key {@code WeightFlagType.VALUE}. Source
 * citations are bibliographic and stay untranslated.
 *
 * <p>Flags are independent: a loss of 10 % or more raises both {@link #LOSS_ABOVE_LACTATION_EVALUATION} and
 * {@link #EXCESS_LOSS}, because each is a true statement with its own source. A page that wants to show only the
 * stronger one drops the flags whose {@link #supersededBy()} is also present.
 */
public enum WeightFlagType implements ClinicalFlagType {

    /** Loss from birth weight above 7 % (default): a lactation evaluation is due. */
    LOSS_ABOVE_LACTATION_EVALUATION("AAP as quoted; Toronto Public Health protocol #12", false),
    /** Loss from birth weight of 10 % or more (default): excessive, a referral red flag. */
    EXCESS_LOSS("NEWT study (Flaherman et al.)", true),
    /**
     * Still below birth weight on or after the clinic's regain day (setting REGAIN_BIRTH_WEIGHT_BY_DAY, day 14 by
     * default). Named by meaning, not by the default day: a clinic sets the day from 1 to 60.
     */
    BIRTH_WEIGHT_NOT_REGAINED("Paul et al., Pediatrics 2016;138:e20162625", true),
    /**
     * Below birth weight and gaining, but at the current gain birth weight is regained only after the latest day the
     * clinic accepts (setting PROJECTED_REGAIN_LATEST_DAY, day 14 by default).
     */
    REGAIN_PROJECTED_LATE("derived: deficit / current gain per day", false),
    /** Gain since the nadir below 20 g/day (default; exactly 20.0 is not low). */
    LOW_GAIN("Toronto Public Health protocol #12", true),
    /**
     * A weight below the previous weighing after the clinic's day (setting STILL_LOSING_AFTER_DAY, day 5 by default):
     * infants should be gaining by then.
     */
    STILL_LOSING("Toronto Public Health protocol #12", false);

    private final String source;
    private final boolean referral;

    WeightFlagType(String source, boolean referral) {
        this.source = source;
        this.referral = referral;
    }

    /** The citation of the rule, for display next to the flag. */
    @Override
    public String getSource() {
        return source;
    }

    /**
     * True for the infant weight red flags that need a referral in clinical-reference.md, section 4: weight loss of 10
     * % or more, not back to birth weight by day 14, gain below 20 g/day.
     */
    @Override
    public boolean isReferral() {
        return referral;
    }

    /** The stronger flag that, when also present, makes this one redundant on a summary display. */
    public Optional<WeightFlagType> supersededBy() {
        return this == LOSS_ABOVE_LACTATION_EVALUATION ? Optional.of(EXCESS_LOSS) : Optional.empty();
    }
}
