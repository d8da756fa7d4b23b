package org.lactationclinic.domain.consultation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.Audited;
import org.lactationclinic.domain.charting.FeedObservation;
import org.lactationclinic.domain.charting.FeedingStatusType;
import org.lactationclinic.domain.charting.InfantRedFlagType;
import org.lactationclinic.domain.charting.OralAssessment;
import org.lactationclinic.domain.charting.SupplementGiven;
import org.lactationclinic.domain.charting.TestWeighing;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.intake.DailyOutput;
import org.lactationclinic.domain.shared.AuditedEntity;
import org.lactationclinic.domain.shared.ClinicalLimits;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * What the consultant found for one infant at one consultation: the weight, the feeds she watched, test weighings, the
 * oral assessment, and the last 24 hours of feeds, supplements and output as the mother reports them. Part of the
 * {@link Consultation} aggregate: created, changed and locked with it.
 *
 * <p>The consultation form edits a detached {@link #draftCopy() copy}; {@link #replaceWith} applies it, after the rules
 * a form cannot enforce alone (no weight before birth or in the future, no negative transfer).
 */
@Entity
@Table(name = "infant_findings")
@Audited
public class InfantFindings extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id", nullable = false, updatable = false)
    private Consultation consultation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "infant_id", nullable = false, updatable = false)
    private Infant infant;

    @Min(value = ClinicalLimits.WEIGHT_MIN_GRAMS, message = "{clinic.validation.weightRange}")
    @Max(value = ClinicalLimits.WEIGHT_MAX_GRAMS, message = "{clinic.validation.weightRange}")
    @Column(name = "weight_grams")
    private Integer weightGrams;

    @PastOrPresent
    @Column(name = "weighed_at")
    private LocalDateTime weighedAt;

    @Valid
    @Embedded
    private OralAssessment oral = new OralAssessment();

    @Min(0)
    @Max(DailyOutput.MAX_FEEDS)
    @Column(name = "feeds_24h")
    private Integer feedsIn24h;

    @Min(0)
    @Max(DailyOutput.MAX_WET_DIAPERS)
    @Column(name = "wet_diapers_24h")
    private Integer wetDiapersIn24h;

    @Min(0)
    @Max(DailyOutput.MAX_STOOLS)
    @Column(name = "stools_24h")
    private Integer stoolsIn24h;

    @DecimalMin("30.0")
    @DecimalMax("43.0")
    @Digits(integer = 2, fraction = 1)
    @Column(name = "temperature_c", precision = 3, scale = 1)
    private BigDecimal temperatureC;

    @Column(name = "lethargic", nullable = false)
    private boolean lethargic;

    @Column(name = "dark_urine", nullable = false)
    private boolean darkUrineOrUrates;

    @Column(name = "significant_jaundice", nullable = false)
    private boolean significantJaundice;

    /** Null when not recorded at this consultation: "unknown" in the outcome reports. */
    @Enumerated(EnumType.STRING)
    @Column(name = "feeding_status", length = 10)
    private FeedingStatusType feedingStatus;

    @Valid
    @ElementCollection
    @CollectionTable(name = "feed_observation", joinColumns = @JoinColumn(name = "findings_id"))
    @OrderColumn(name = "list_index")
    private List<FeedObservation> feeds = new ArrayList<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "test_weighing", joinColumns = @JoinColumn(name = "findings_id"))
    @OrderColumn(name = "list_index")
    private List<TestWeighing> testWeighings = new ArrayList<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "supplement_given", joinColumns = @JoinColumn(name = "findings_id"))
    @OrderColumn(name = "list_index")
    private List<SupplementGiven> supplements = new ArrayList<>();

    protected InfantFindings() {
        // for JPA
    }

    /** Empty findings for an infant seen at the consultation. */
    public InfantFindings(Consultation consultation, Infant infant) {
        this.consultation = Objects.requireNonNull(consultation);
        this.infant = Objects.requireNonNull(infant);
    }

    /** A detached copy for a form to edit; it shares the consultation and infant, never the collections. */
    public InfantFindings draftCopy() {
        InfantFindings copy = new InfantFindings(consultation, infant);
        copy.copyValuesFrom(this);
        return copy;
    }

    /**
     * Replaces every finding with what the form holds, once the rules are met.
     *
     * @param now the clinic's current time: nothing is weighed in the future
     * @throws ClinicalRuleException for a weight before birth or in the future, or a test weighing where the infant
     *     weighs less after the feed
     */
    public void replaceWith(InfantFindings entered, LocalDateTime now) {
        if (!entered.infant.equals(infant)) {
            throw new IllegalArgumentException(
                    "Findings of infant " + entered.infant.getUuid() + " cannot replace " + infant.getUuid());
        }
        entered.checkRules(now);
        copyValuesFrom(entered);
    }

    /**
     * The rules {@link #replaceWith} applies to entered findings, on their own: for a form kept but not yet recorded
     * (an autosave's scratch copy), which must hold nothing a save would refuse.
     */
    public void checkRules(LocalDateTime now) {
        if (weightGrams != null && weighedAt == null) {
            throw new ClinicalRuleException("charting.message.error.weighedAtMissing", "A weight needs its time");
        }
        if (weighedAt != null && weighedAt.isBefore(infant.getBirthDateTime())) {
            throw new ClinicalRuleException(
                    "charting.message.error.weighedBeforeBirth", "Weighed before birth: " + weighedAt);
        }
        if (weighedAt != null && weighedAt.isAfter(now)) {
            throw new ClinicalRuleException(
                    "charting.message.error.weighedInFuture", "Weighed in the future: " + weighedAt);
        }
        testWeighings.forEach(TestWeighing::getTransferMl); // throws on a negative transfer
    }

    private void copyValuesFrom(InfantFindings source) {
        weightGrams = source.weightGrams;
        weighedAt = source.weighedAt;
        oral = source.getOral().copy();
        feedsIn24h = source.feedsIn24h;
        wetDiapersIn24h = source.wetDiapersIn24h;
        stoolsIn24h = source.stoolsIn24h;
        temperatureC = source.temperatureC;
        lethargic = source.lethargic;
        darkUrineOrUrates = source.darkUrineOrUrates;
        significantJaundice = source.significantJaundice;
        feedingStatus = source.feedingStatus;
        feeds.clear();
        source.feeds.forEach(feed -> feeds.add(feed.copy()));
        testWeighings.clear();
        source.testWeighings.forEach(weighing -> testWeighings.add(weighing.copy()));
        supplements.clear();
        source.supplements.forEach(supplement -> supplements.add(supplement.copy()));
    }

    /** The last 24 hours' counts, for the output rules. */
    public DailyOutput dailyOutput() {
        return new DailyOutput(feedsIn24h, wetDiapersIn24h, stoolsIn24h);
    }

    /** The section 4 red flags of what the consultant observed (temperature, alertness, urine, jaundice). */
    public java.util.Set<InfantRedFlagType> redFlags(LocalDateTime at) {
        return InfantRedFlagType.of(infant, at, temperatureC, lethargic, darkUrineOrUrates, significantJaundice);
    }

    public BigDecimal getTemperatureC() {
        return temperatureC;
    }

    public void setTemperatureC(BigDecimal temperatureC) {
        this.temperatureC = temperatureC;
    }

    public boolean isLethargic() {
        return lethargic;
    }

    public void setLethargic(boolean lethargic) {
        this.lethargic = lethargic;
    }

    public boolean isDarkUrineOrUrates() {
        return darkUrineOrUrates;
    }

    public void setDarkUrineOrUrates(boolean darkUrineOrUrates) {
        this.darkUrineOrUrates = darkUrineOrUrates;
    }

    public boolean isSignificantJaundice() {
        return significantJaundice;
    }

    public void setSignificantJaundice(boolean significantJaundice) {
        this.significantJaundice = significantJaundice;
    }

    public FeedingStatusType getFeedingStatus() {
        return feedingStatus;
    }

    public void setFeedingStatus(FeedingStatusType feedingStatus) {
        this.feedingStatus = feedingStatus;
    }

    /** The feeding status contradicts this consultation's supplements ({@link FeedingStatusType#contradicts}). */
    public boolean isFeedingStatusContradicted() {
        return feedingStatus != null
                && feedingStatus.contradicts(
                        supplements.stream().map(SupplementGiven::getType).toList());
    }

    public boolean isWeighed() {
        return weightGrams != null && weighedAt != null;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public Infant getInfant() {
        return infant;
    }

    public Integer getWeightGrams() {
        return weightGrams;
    }

    public void setWeightGrams(Integer weightGrams) {
        this.weightGrams = weightGrams;
    }

    public LocalDateTime getWeighedAt() {
        return weighedAt;
    }

    public void setWeighedAt(LocalDateTime weighedAt) {
        this.weighedAt = weighedAt;
    }

    /**
     * The visit's start moved from {@code previousStart} to {@code newStart} (she back-dated the visit): "Weighed at"
     * follows it while it is still the visit's start or empty, and stays where she put it once she changed it. Without
     * this, a back-dated visit put the weight on the wrong day of life, and every weight rule (day 14, gain per day)
     * with it, unless she edited both fields (issue 13, item 5).
     */
    public void followVisitStart(LocalDateTime previousStart, LocalDateTime newStart) {
        if (newStart != null && (weighedAt == null || weighedAt.equals(previousStart))) {
            weighedAt = newStart;
        }
    }

    /** Never null: an embeddable whose columns are all null loads as null. */
    public OralAssessment getOral() {
        if (oral == null) {
            oral = new OralAssessment();
        }
        return oral;
    }

    public Integer getFeedsIn24h() {
        return feedsIn24h;
    }

    public void setFeedsIn24h(Integer feedsIn24h) {
        this.feedsIn24h = feedsIn24h;
    }

    public Integer getWetDiapersIn24h() {
        return wetDiapersIn24h;
    }

    public void setWetDiapersIn24h(Integer wetDiapersIn24h) {
        this.wetDiapersIn24h = wetDiapersIn24h;
    }

    public Integer getStoolsIn24h() {
        return stoolsIn24h;
    }

    public void setStoolsIn24h(Integer stoolsIn24h) {
        this.stoolsIn24h = stoolsIn24h;
    }

    /** The observed feeds, in the order recorded; the form adds and removes rows in place. */
    public List<FeedObservation> getFeeds() {
        return feeds;
    }

    public List<TestWeighing> getTestWeighings() {
        return testWeighings;
    }

    public List<SupplementGiven> getSupplements() {
        return supplements;
    }
}
