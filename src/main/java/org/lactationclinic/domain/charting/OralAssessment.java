package org.lactationclinic.domain.charting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.lactationclinic.domain.assessment.BtatAssessment;
import org.lactationclinic.domain.assessment.BtatFrenulumAttachmentType;
import org.lactationclinic.domain.assessment.BtatTongueLiftType;
import org.lactationclinic.domain.assessment.BtatTongueProtrusionType;
import org.lactationclinic.domain.assessment.BtatTongueTipType;
import org.lactationclinic.domain.assessment.HatlffAppearanceItemType;
import org.lactationclinic.domain.assessment.HatlffAssessment;
import org.lactationclinic.domain.assessment.HatlffFunctionItemType;

/**
 * The oral assessment of one infant at one consultation: the BTAT answers and, when the consultant uses it, the HATLFF
 * item scores (clinical-reference.md, section 1). As with {@link FeedObservation}, answers are stored and the scores
 * derived, each only once its instrument is complete.
 *
 * <p>HATLFF stores the score chosen per item because the printed answers are Hazelbaker's copyrighted wording, shown
 * from the bundle (see {@link HatlffAppearanceItemType}).
 */
@Embeddable
public class OralAssessment implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "btat_tongue_tip", length = 30)
    private BtatTongueTipType btatTongueTip;

    @Enumerated(EnumType.STRING)
    @Column(name = "btat_frenulum_attachment", length = 30)
    private BtatFrenulumAttachmentType btatFrenulumAttachment;

    @Enumerated(EnumType.STRING)
    @Column(name = "btat_tongue_lift", length = 30)
    private BtatTongueLiftType btatTongueLift;

    @Enumerated(EnumType.STRING)
    @Column(name = "btat_tongue_protrusion", length = 30)
    private BtatTongueProtrusionType btatTongueProtrusion;

    @Column(name = "hatlff_used", nullable = false)
    private boolean hatlffUsed;

    @Min(0)
    @Max(HatlffAssessment.MAX_ITEM_SCORE)
    @Column(name = "hatlff_appearance_when_lifted")
    private Integer appearanceAppearanceWhenLifted;

    @Min(0)
    @Max(HatlffAssessment.MAX_ITEM_SCORE)
    @Column(name = "hatlff_elasticity_of_frenulum")
    private Integer appearanceElasticityOfFrenulum;

    @Min(0)
    @Max(HatlffAssessment.MAX_ITEM_SCORE)
    @Column(name = "hatlff_frenulum_length")
    private Integer appearanceLengthOfFrenulumWhenLifted;

    @Min(0)
    @Max(HatlffAssessment.MAX_ITEM_SCORE)
    @Column(name = "hatlff_attachment_to_tongue")
    private Integer appearanceAttachmentToTongue;

    @Min(0)
    @Max(HatlffAssessment.MAX_ITEM_SCORE)
    @Column(name = "hatlff_attachment_to_ridge")
    private Integer appearanceAttachmentToAlveolarRidge;

    @Min(0)
    @Max(HatlffAssessment.MAX_ITEM_SCORE)
    @Column(name = "hatlff_lateralization")
    private Integer functionLateralization;

    @Min(0)
    @Max(HatlffAssessment.MAX_ITEM_SCORE)
    @Column(name = "hatlff_lift")
    private Integer functionLift;

    @Min(0)
    @Max(HatlffAssessment.MAX_ITEM_SCORE)
    @Column(name = "hatlff_extension")
    private Integer functionExtension;

    @Min(0)
    @Max(HatlffAssessment.MAX_ITEM_SCORE)
    @Column(name = "hatlff_spread")
    private Integer functionSpread;

    @Min(0)
    @Max(HatlffAssessment.MAX_ITEM_SCORE)
    @Column(name = "hatlff_cupping")
    private Integer functionCupping;

    @Min(0)
    @Max(HatlffAssessment.MAX_ITEM_SCORE)
    @Column(name = "hatlff_peristalsis")
    private Integer functionPeristalsis;

    @Min(0)
    @Max(HatlffAssessment.MAX_ITEM_SCORE)
    @Column(name = "hatlff_snapback")
    private Integer functionSnapback;

    /** The BTAT score, once all four items are answered. */
    public Optional<BtatAssessment> btat() {
        if (btatTongueTip == null
                || btatFrenulumAttachment == null
                || btatTongueLift == null
                || btatTongueProtrusion == null) {
            return Optional.empty();
        }
        return Optional.of(
                new BtatAssessment(btatTongueTip, btatFrenulumAttachment, btatTongueLift, btatTongueProtrusion));
    }

    /** The HATLFF score, when the consultant chose HATLFF and scored all twelve items. */
    public Optional<HatlffAssessment> hatlff() {
        Map<HatlffAppearanceItemType, Integer> appearance = new EnumMap<>(HatlffAppearanceItemType.class);
        putIfScored(appearance, HatlffAppearanceItemType.APPEARANCE_WHEN_LIFTED, appearanceAppearanceWhenLifted);
        putIfScored(appearance, HatlffAppearanceItemType.ELASTICITY_OF_FRENULUM, appearanceElasticityOfFrenulum);
        putIfScored(
                appearance,
                HatlffAppearanceItemType.LENGTH_OF_FRENULUM_WHEN_LIFTED,
                appearanceLengthOfFrenulumWhenLifted);
        putIfScored(appearance, HatlffAppearanceItemType.ATTACHMENT_TO_TONGUE, appearanceAttachmentToTongue);
        putIfScored(
                appearance, HatlffAppearanceItemType.ATTACHMENT_TO_ALVEOLAR_RIDGE, appearanceAttachmentToAlveolarRidge);
        Map<HatlffFunctionItemType, Integer> function = new EnumMap<>(HatlffFunctionItemType.class);
        putIfScored(function, HatlffFunctionItemType.LATERALIZATION, functionLateralization);
        putIfScored(function, HatlffFunctionItemType.LIFT, functionLift);
        putIfScored(function, HatlffFunctionItemType.EXTENSION, functionExtension);
        putIfScored(function, HatlffFunctionItemType.SPREAD, functionSpread);
        putIfScored(function, HatlffFunctionItemType.CUPPING, functionCupping);
        putIfScored(function, HatlffFunctionItemType.PERISTALSIS, functionPeristalsis);
        putIfScored(function, HatlffFunctionItemType.SNAPBACK, functionSnapback);
        boolean complete = appearance.size() == HatlffAppearanceItemType.values().length
                && function.size() == HatlffFunctionItemType.values().length;
        return hatlffUsed && complete ? Optional.of(new HatlffAssessment(appearance, function)) : Optional.empty();
    }

    private static <K extends Enum<K>> void putIfScored(Map<K, Integer> scores, K item, Integer score) {
        if (score != null) {
            scores.put(item, score);
        }
    }

    public Integer getBtatTotal() {
        return btat().map(BtatAssessment::total).orElse(null);
    }

    public OralAssessment copy() {
        OralAssessment copy = new OralAssessment();
        copy.btatTongueTip = btatTongueTip;
        copy.btatFrenulumAttachment = btatFrenulumAttachment;
        copy.btatTongueLift = btatTongueLift;
        copy.btatTongueProtrusion = btatTongueProtrusion;
        copy.hatlffUsed = hatlffUsed;
        copy.appearanceAppearanceWhenLifted = appearanceAppearanceWhenLifted;
        copy.appearanceElasticityOfFrenulum = appearanceElasticityOfFrenulum;
        copy.appearanceLengthOfFrenulumWhenLifted = appearanceLengthOfFrenulumWhenLifted;
        copy.appearanceAttachmentToTongue = appearanceAttachmentToTongue;
        copy.appearanceAttachmentToAlveolarRidge = appearanceAttachmentToAlveolarRidge;
        copy.functionLateralization = functionLateralization;
        copy.functionLift = functionLift;
        copy.functionExtension = functionExtension;
        copy.functionSpread = functionSpread;
        copy.functionCupping = functionCupping;
        copy.functionPeristalsis = functionPeristalsis;
        copy.functionSnapback = functionSnapback;
        return copy;
    }

    public BtatTongueTipType getBtatTongueTip() {
        return btatTongueTip;
    }

    public void setBtatTongueTip(BtatTongueTipType btatTongueTip) {
        this.btatTongueTip = btatTongueTip;
    }

    public BtatFrenulumAttachmentType getBtatFrenulumAttachment() {
        return btatFrenulumAttachment;
    }

    public void setBtatFrenulumAttachment(BtatFrenulumAttachmentType btatFrenulumAttachment) {
        this.btatFrenulumAttachment = btatFrenulumAttachment;
    }

    public BtatTongueLiftType getBtatTongueLift() {
        return btatTongueLift;
    }

    public void setBtatTongueLift(BtatTongueLiftType btatTongueLift) {
        this.btatTongueLift = btatTongueLift;
    }

    public BtatTongueProtrusionType getBtatTongueProtrusion() {
        return btatTongueProtrusion;
    }

    public void setBtatTongueProtrusion(BtatTongueProtrusionType btatTongueProtrusion) {
        this.btatTongueProtrusion = btatTongueProtrusion;
    }

    public boolean isHatlffUsed() {
        return hatlffUsed;
    }

    public void setHatlffUsed(boolean hatlffUsed) {
        this.hatlffUsed = hatlffUsed;
    }

    public Integer getAppearanceAppearanceWhenLifted() {
        return appearanceAppearanceWhenLifted;
    }

    public void setAppearanceAppearanceWhenLifted(Integer appearanceAppearanceWhenLifted) {
        this.appearanceAppearanceWhenLifted = appearanceAppearanceWhenLifted;
    }

    public Integer getAppearanceElasticityOfFrenulum() {
        return appearanceElasticityOfFrenulum;
    }

    public void setAppearanceElasticityOfFrenulum(Integer appearanceElasticityOfFrenulum) {
        this.appearanceElasticityOfFrenulum = appearanceElasticityOfFrenulum;
    }

    public Integer getAppearanceLengthOfFrenulumWhenLifted() {
        return appearanceLengthOfFrenulumWhenLifted;
    }

    public void setAppearanceLengthOfFrenulumWhenLifted(Integer appearanceLengthOfFrenulumWhenLifted) {
        this.appearanceLengthOfFrenulumWhenLifted = appearanceLengthOfFrenulumWhenLifted;
    }

    public Integer getAppearanceAttachmentToTongue() {
        return appearanceAttachmentToTongue;
    }

    public void setAppearanceAttachmentToTongue(Integer appearanceAttachmentToTongue) {
        this.appearanceAttachmentToTongue = appearanceAttachmentToTongue;
    }

    public Integer getAppearanceAttachmentToAlveolarRidge() {
        return appearanceAttachmentToAlveolarRidge;
    }

    public void setAppearanceAttachmentToAlveolarRidge(Integer appearanceAttachmentToAlveolarRidge) {
        this.appearanceAttachmentToAlveolarRidge = appearanceAttachmentToAlveolarRidge;
    }

    public Integer getFunctionLateralization() {
        return functionLateralization;
    }

    public void setFunctionLateralization(Integer functionLateralization) {
        this.functionLateralization = functionLateralization;
    }

    public Integer getFunctionLift() {
        return functionLift;
    }

    public void setFunctionLift(Integer functionLift) {
        this.functionLift = functionLift;
    }

    public Integer getFunctionExtension() {
        return functionExtension;
    }

    public void setFunctionExtension(Integer functionExtension) {
        this.functionExtension = functionExtension;
    }

    public Integer getFunctionSpread() {
        return functionSpread;
    }

    public void setFunctionSpread(Integer functionSpread) {
        this.functionSpread = functionSpread;
    }

    public Integer getFunctionCupping() {
        return functionCupping;
    }

    public void setFunctionCupping(Integer functionCupping) {
        this.functionCupping = functionCupping;
    }

    public Integer getFunctionPeristalsis() {
        return functionPeristalsis;
    }

    public void setFunctionPeristalsis(Integer functionPeristalsis) {
        this.functionPeristalsis = functionPeristalsis;
    }

    public Integer getFunctionSnapback() {
        return functionSnapback;
    }

    public void setFunctionSnapback(Integer functionSnapback) {
        this.functionSnapback = functionSnapback;
    }
}
