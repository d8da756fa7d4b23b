package org.lactationclinic.domain.careplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.lactationclinic.domain.charting.SupplementMethodType;
import org.lactationclinic.domain.charting.SupplementType;
import org.lactationclinic.domain.shared.ClinicalLimits;

/**
 * What to give the baby besides the breast until the review: what, how much per feed, how, how often, and when to
 * review it (clinical-reference.md section 3: "supplementation plan (volume per feed, method: at-breast supplementer,
 * cup, paced bottle, spoon)"). Empty when the plan has none. Mutable for the form.
 */
@Embeddable
public class SupplementationPlan implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "supplement_type", length = 30)
    private SupplementType type;

    @Min(1)
    @Max(ClinicalLimits.SUPPLEMENT_VOLUME_MAX_ML)
    @Column(name = "supplement_ml_per_feed")
    private Integer volumePerFeedMl;

    @Enumerated(EnumType.STRING)
    @Column(name = "supplement_method", length = 30)
    private SupplementMethodType method;

    @Min(1)
    @Max(24)
    @Column(name = "supplement_times_per_day")
    private Integer timesPerDay;

    @Column(name = "supplement_review_on")
    private LocalDate reviewOn;

    /** The baby to give it to (twins: only one may need it); null for every baby seen. */
    @Column(name = "supplement_infant_uuid")
    private UUID infantUuid;

    public SupplementationPlan() {
        // for JPA and the form
    }

    public SupplementationPlan(
            SupplementType type,
            Integer volumePerFeedMl,
            SupplementMethodType method,
            Integer timesPerDay,
            LocalDate reviewOn) {
        this.type = type;
        this.volumePerFeedMl = volumePerFeedMl;
        this.method = method;
        this.timesPerDay = timesPerDay;
        this.reviewOn = reviewOn;
    }

    public SupplementationPlan copy() {
        SupplementationPlan copy = new SupplementationPlan(type, volumePerFeedMl, method, timesPerDay, reviewOn);
        copy.infantUuid = infantUuid;
        return copy;
    }

    public UUID getInfantUuid() {
        return infantUuid;
    }

    public void setInfantUuid(UUID infantUuid) {
        this.infantUuid = infantUuid;
    }

    /** True when nothing is planned. */
    public boolean isEmpty() {
        return type == null && volumePerFeedMl == null && method == null && timesPerDay == null && reviewOn == null;
    }

    /** A plan the mother can follow names what to give and how much. */
    public boolean isComplete() {
        return type != null && volumePerFeedMl != null;
    }

    public SupplementType getType() {
        return type;
    }

    public void setType(SupplementType type) {
        this.type = type;
    }

    public Integer getVolumePerFeedMl() {
        return volumePerFeedMl;
    }

    public void setVolumePerFeedMl(Integer volumePerFeedMl) {
        this.volumePerFeedMl = volumePerFeedMl;
    }

    public SupplementMethodType getMethod() {
        return method;
    }

    public void setMethod(SupplementMethodType method) {
        this.method = method;
    }

    public Integer getTimesPerDay() {
        return timesPerDay;
    }

    public void setTimesPerDay(Integer timesPerDay) {
        this.timesPerDay = timesPerDay;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }
}
