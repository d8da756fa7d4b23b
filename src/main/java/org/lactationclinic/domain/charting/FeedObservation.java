package org.lactationclinic.domain.charting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Optional;
import org.lactationclinic.domain.assessment.IbfatAssessment;
import org.lactationclinic.domain.assessment.IbfatFixingType;
import org.lactationclinic.domain.assessment.IbfatMaternalSatisfactionType;
import org.lactationclinic.domain.assessment.IbfatReadinessType;
import org.lactationclinic.domain.assessment.IbfatRootingType;
import org.lactationclinic.domain.assessment.IbfatSuckingType;
import org.lactationclinic.domain.assessment.LatchAssessment;
import org.lactationclinic.domain.assessment.LatchComfortType;
import org.lactationclinic.domain.assessment.LatchGraspType;
import org.lactationclinic.domain.assessment.LatchHoldType;
import org.lactationclinic.domain.assessment.LatchNippleType;
import org.lactationclinic.domain.assessment.LatchSwallowingType;
import org.lactationclinic.domain.shared.ClinicalLimits;

/**
 * One feed the consultant watched, on one breast in one position: the LATCH answers, the IBFAT answers when she chose
 * to use it, the suck/swallow pattern, the duration, the nipple's shape afterwards and the mother's nipple pain on that
 * side (clinical-reference.md, section 1).
 *
 * <p>Only answers are stored. A score exists once every item of its instrument is answered, so a half-filled form shows
 * no total rather than a falsely low one. Mutable, because the consultation form edits it in place while the feed
 * happens; {@link #copy()} gives the form its own copy.
 */
@Embeddable
public class FeedObservation implements Serializable {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 5)
    private BreastSideType side;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "position", nullable = false, length = 15)
    private FeedPositionType position;

    @Enumerated(EnumType.STRING)
    @Column(name = "latch_grasp", length = 30)
    private LatchGraspType latchGrasp;

    @Enumerated(EnumType.STRING)
    @Column(name = "latch_swallowing", length = 30)
    private LatchSwallowingType latchSwallowing;

    @Enumerated(EnumType.STRING)
    @Column(name = "latch_nipple", length = 30)
    private LatchNippleType latchNipple;

    @Enumerated(EnumType.STRING)
    @Column(name = "latch_comfort", length = 30)
    private LatchComfortType latchComfort;

    @Enumerated(EnumType.STRING)
    @Column(name = "latch_hold", length = 30)
    private LatchHoldType latchHold;

    @Column(name = "ibfat_used", nullable = false)
    private boolean ibfatUsed;

    @Enumerated(EnumType.STRING)
    @Column(name = "ibfat_readiness", length = 30)
    private IbfatReadinessType ibfatReadiness;

    @Enumerated(EnumType.STRING)
    @Column(name = "ibfat_rooting", length = 30)
    private IbfatRootingType ibfatRooting;

    @Enumerated(EnumType.STRING)
    @Column(name = "ibfat_fixing", length = 30)
    private IbfatFixingType ibfatFixing;

    @Enumerated(EnumType.STRING)
    @Column(name = "ibfat_sucking", length = 30)
    private IbfatSuckingType ibfatSucking;

    @Enumerated(EnumType.STRING)
    @Column(name = "ibfat_satisfaction", length = 30)
    private IbfatMaternalSatisfactionType ibfatSatisfaction;

    @Enumerated(EnumType.STRING)
    @Column(name = "suck_swallow", length = 30)
    private SuckSwallowPatternType suckSwallow;

    @Min(0)
    @Max(ClinicalLimits.FEED_DURATION_MAX_MINUTES)
    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "nipple_shape_after", length = 20)
    private NippleShapeAfterFeedType nippleShapeAfter;

    @Min(0)
    @Max(ClinicalLimits.PAIN_MAX)
    @Column(name = "nipple_pain")
    private Integer nipplePain;

    public FeedObservation() {
        // for JPA and the form
    }

    public FeedObservation(BreastSideType side, FeedPositionType position) {
        this.side = side;
        this.position = position;
    }

    /** The LATCH score, once all five items are answered. */
    public Optional<LatchAssessment> latch() {
        if (latchGrasp == null
                || latchSwallowing == null
                || latchNipple == null
                || latchComfort == null
                || latchHold == null) {
            return Optional.empty();
        }
        return Optional.of(new LatchAssessment(latchGrasp, latchSwallowing, latchNipple, latchComfort, latchHold));
    }

    /** The IBFAT score, when the consultant chose IBFAT and answered all five items. */
    public Optional<IbfatAssessment> ibfat() {
        if (!ibfatUsed
                || ibfatReadiness == null
                || ibfatRooting == null
                || ibfatFixing == null
                || ibfatSucking == null
                || ibfatSatisfaction == null) {
            return Optional.empty();
        }
        return Optional.of(
                new IbfatAssessment(ibfatReadiness, ibfatRooting, ibfatFixing, ibfatSucking, ibfatSatisfaction));
    }

    /** For the page, which cannot call methods returning Optional tidily: the LATCH total or null. */
    public Integer getLatchTotal() {
        return latch().map(LatchAssessment::total).orElse(null);
    }

    public Integer getIbfatTotal() {
        return ibfat().map(IbfatAssessment::total).orElse(null);
    }

    public FeedObservation copy() {
        FeedObservation copy = new FeedObservation(side, position);
        copy.latchGrasp = latchGrasp;
        copy.latchSwallowing = latchSwallowing;
        copy.latchNipple = latchNipple;
        copy.latchComfort = latchComfort;
        copy.latchHold = latchHold;
        copy.ibfatUsed = ibfatUsed;
        copy.ibfatReadiness = ibfatReadiness;
        copy.ibfatRooting = ibfatRooting;
        copy.ibfatFixing = ibfatFixing;
        copy.ibfatSucking = ibfatSucking;
        copy.ibfatSatisfaction = ibfatSatisfaction;
        copy.suckSwallow = suckSwallow;
        copy.durationMinutes = durationMinutes;
        copy.nippleShapeAfter = nippleShapeAfter;
        copy.nipplePain = nipplePain;
        return copy;
    }

    public BreastSideType getSide() {
        return side;
    }

    public void setSide(BreastSideType side) {
        this.side = side;
    }

    public FeedPositionType getPosition() {
        return position;
    }

    public void setPosition(FeedPositionType position) {
        this.position = position;
    }

    public LatchGraspType getLatchGrasp() {
        return latchGrasp;
    }

    public void setLatchGrasp(LatchGraspType latchGrasp) {
        this.latchGrasp = latchGrasp;
    }

    public LatchSwallowingType getLatchSwallowing() {
        return latchSwallowing;
    }

    public void setLatchSwallowing(LatchSwallowingType latchSwallowing) {
        this.latchSwallowing = latchSwallowing;
    }

    public LatchNippleType getLatchNipple() {
        return latchNipple;
    }

    public void setLatchNipple(LatchNippleType latchNipple) {
        this.latchNipple = latchNipple;
    }

    public LatchComfortType getLatchComfort() {
        return latchComfort;
    }

    public void setLatchComfort(LatchComfortType latchComfort) {
        this.latchComfort = latchComfort;
    }

    public LatchHoldType getLatchHold() {
        return latchHold;
    }

    public void setLatchHold(LatchHoldType latchHold) {
        this.latchHold = latchHold;
    }

    public boolean isIbfatUsed() {
        return ibfatUsed;
    }

    public void setIbfatUsed(boolean ibfatUsed) {
        this.ibfatUsed = ibfatUsed;
    }

    public IbfatReadinessType getIbfatReadiness() {
        return ibfatReadiness;
    }

    public void setIbfatReadiness(IbfatReadinessType ibfatReadiness) {
        this.ibfatReadiness = ibfatReadiness;
    }

    public IbfatRootingType getIbfatRooting() {
        return ibfatRooting;
    }

    public void setIbfatRooting(IbfatRootingType ibfatRooting) {
        this.ibfatRooting = ibfatRooting;
    }

    public IbfatFixingType getIbfatFixing() {
        return ibfatFixing;
    }

    public void setIbfatFixing(IbfatFixingType ibfatFixing) {
        this.ibfatFixing = ibfatFixing;
    }

    public IbfatSuckingType getIbfatSucking() {
        return ibfatSucking;
    }

    public void setIbfatSucking(IbfatSuckingType ibfatSucking) {
        this.ibfatSucking = ibfatSucking;
    }

    public IbfatMaternalSatisfactionType getIbfatSatisfaction() {
        return ibfatSatisfaction;
    }

    public void setIbfatSatisfaction(IbfatMaternalSatisfactionType ibfatSatisfaction) {
        this.ibfatSatisfaction = ibfatSatisfaction;
    }

    public SuckSwallowPatternType getSuckSwallow() {
        return suckSwallow;
    }

    public void setSuckSwallow(SuckSwallowPatternType suckSwallow) {
        this.suckSwallow = suckSwallow;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public NippleShapeAfterFeedType getNippleShapeAfter() {
        return nippleShapeAfter;
    }

    public void setNippleShapeAfter(NippleShapeAfterFeedType nippleShapeAfter) {
        this.nippleShapeAfter = nippleShapeAfter;
    }

    public Integer getNipplePain() {
        return nipplePain;
    }

    public void setNipplePain(Integer nipplePain) {
        this.nipplePain = nipplePain;
    }
}
