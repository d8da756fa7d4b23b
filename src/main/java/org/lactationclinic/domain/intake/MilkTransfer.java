package org.lactationclinic.domain.intake;

import java.util.Optional;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * Milk transfer measured by test weighing (clinical-reference.md, section 2; Haase et al. 2009): the infant is weighed
 * just before and just after a feed in the same clothing and diaper, on a scale reading to 2 g or better, and the
 * difference in grams is the milk taken in millilitres, since 1 g of breast milk is about 1 mL. The consultant records
 * the two weights; the transfer is derived from them, never stored alone.
 */
public final class MilkTransfer {

    /** Bundle key of the refusal when the infant is lighter after the feed than before it. */
    public static final String NEGATIVE_TRANSFER_KEY = "intake.message.error.negativeTransfer";

    private MilkTransfer() {}

    /**
     * The milk taken, in mL: post-feed minus pre-feed weight in grams. Zero is a valid answer (the infant took nothing,
     * itself a finding). A lighter infant after the feed is refused, not recorded as zero: milk cannot flow backwards,
     * so it means a changed diaper or clothing, or a scale error, and the weighing must be repeated rather than hidden.
     *
     * @throws IllegalArgumentException when a weight is not positive grams
     * @throws ClinicalRuleException ({@value #NEGATIVE_TRANSFER_KEY}) when the post-feed weight is lower
     */
    public static int millilitres(int preFeedGrams, int postFeedGrams) {
        requirePositive(preFeedGrams, "preFeedGrams");
        requirePositive(postFeedGrams, "postFeedGrams");
        if (postFeedGrams < preFeedGrams) {
            throw new ClinicalRuleException(
                    NEGATIVE_TRANSFER_KEY,
                    "Post-feed weight " + postFeedGrams + " g is below pre-feed weight " + preFeedGrams + " g");
        }
        // both weights positive ints, so the difference cannot overflow
        return postFeedGrams - preFeedGrams;
    }

    /**
     * {@link IntakeFlagType#LOW_TRANSFER} when the transfer is below the ABM protocol #3 (2017) range for the infant's
     * completed hours of age ({@link ExpectedFeedVolume}); empty when it is within or above the range, or from 96 hours
     * on, where the table gives no range.
     *
     * @throws IllegalArgumentException as {@link #millilitres(int, int)} and for a negative age
     * @throws ClinicalRuleException as {@link #millilitres(int, int)}
     */
    public static Optional<IntakeFlagType> lowTransferFlag(int preFeedGrams, int postFeedGrams, long ageInHours) {
        int transferMl = millilitres(preFeedGrams, postFeedGrams);
        return ExpectedFeedVolume.forAgeInHours(ageInHours)
                .filter(expected -> expected.compare(transferMl) == TransferComparisonType.BELOW)
                .map(expected -> IntakeFlagType.LOW_TRANSFER);
    }

    private static void requirePositive(int grams, String name) {
        if (grams <= 0) {
            throw new IllegalArgumentException(name + " must be positive grams: " + grams);
        }
    }
}
