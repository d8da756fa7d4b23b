package org.lactationclinic.domain.charting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import org.lactationclinic.domain.intake.MilkTransfer;
import org.lactationclinic.domain.shared.ClinicalLimits;

/**
 * A test weighing around a feed on one breast: the infant weighed before and after, in the same clothing and diaper
 * (Haase 2009). Both raw weights are stored; the transfer is derived by {@link MilkTransfer}. Mutable for the form,
 * like {@link FeedObservation}.
 */
@Embeddable
public class TestWeighing implements Serializable {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 5)
    private BreastSideType side;

    @NotNull
    @Min(value = ClinicalLimits.WEIGHT_MIN_GRAMS, message = "{clinic.validation.weightRange}")
    @Max(value = ClinicalLimits.WEIGHT_MAX_GRAMS, message = "{clinic.validation.weightRange}")
    @Column(name = "pre_feed_grams", nullable = false)
    private Integer preFeedGrams;

    @NotNull
    @Min(value = ClinicalLimits.WEIGHT_MIN_GRAMS, message = "{clinic.validation.weightRange}")
    @Max(value = ClinicalLimits.WEIGHT_MAX_GRAMS, message = "{clinic.validation.weightRange}")
    @Column(name = "post_feed_grams", nullable = false)
    private Integer postFeedGrams;

    public TestWeighing() {
        // for JPA and the form
    }

    public TestWeighing(BreastSideType side, Integer preFeedGrams, Integer postFeedGrams) {
        this.side = side;
        this.preFeedGrams = preFeedGrams;
        this.postFeedGrams = postFeedGrams;
    }

    public boolean isComplete() {
        return side != null && preFeedGrams != null && postFeedGrams != null;
    }

    /**
     * Milk transferred, mL (1 g = 1 mL), or null until both weights are in.
     *
     * @throws org.lactationclinic.domain.shared.ClinicalRuleException when the infant weighs less after the feed
     */
    public Integer getTransferMl() {
        return isComplete() ? MilkTransfer.millilitres(preFeedGrams, postFeedGrams) : null;
    }

    /** True when both weights are in and the second is lower: a weighing error to fix, not a finding. */
    public boolean isNegative() {
        return isComplete() && postFeedGrams < preFeedGrams;
    }

    public TestWeighing copy() {
        return new TestWeighing(side, preFeedGrams, postFeedGrams);
    }

    public BreastSideType getSide() {
        return side;
    }

    public void setSide(BreastSideType side) {
        this.side = side;
    }

    public Integer getPreFeedGrams() {
        return preFeedGrams;
    }

    public void setPreFeedGrams(Integer preFeedGrams) {
        this.preFeedGrams = preFeedGrams;
    }

    public Integer getPostFeedGrams() {
        return postFeedGrams;
    }

    public void setPostFeedGrams(Integer postFeedGrams) {
        this.postFeedGrams = postFeedGrams;
    }
}
