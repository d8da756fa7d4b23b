package org.lactationclinic.domain.consultation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.lactationclinic.domain.breast.BreastFindings;
import org.lactationclinic.domain.breast.BreastFlagType;
import org.lactationclinic.domain.breast.ContributingFactorType;
import org.lactationclinic.domain.breast.NipplePain;
import org.lactationclinic.domain.breast.SupplyConcern;
import org.lactationclinic.domain.charting.BreastSideType;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.wellbeing.EpdsFlagType;
import org.lactationclinic.domain.wellbeing.EpdsThresholds;
import org.lactationclinic.domain.wellbeing.MaternalWellbeing;
import org.lactationclinic.domain.wellbeing.WellbeingFlags;

/**
 * What the consultant records about the mother at one consultation, as the form holds it: her well-being (EPDS, notes),
 * breast and nipple findings per side, fever, supply concerns and contributing factors, and the reasons for the visit
 * (the consultation's, carried here so they travel with the form). The consultation stores it
 * ({@code Consultation.recordMotherFindings}); {@link #flags} gives the mother's flags of clinical-reference.md,
 * sections 1, 3 and 4.
 */
public class MotherFindings implements Serializable {

    @Valid
    private MaternalWellbeing wellbeing = new MaternalWellbeing();

    @Valid
    private List<BreastFindings> breasts =
            new ArrayList<>(List.of(new BreastFindings(BreastSideType.LEFT), new BreastFindings(BreastSideType.RIGHT)));

    private boolean fever;

    @Valid
    private List<SupplyConcern> concerns = new ArrayList<>();

    private List<ContributingFactorType> factors = new ArrayList<>();
    // why the dyad came (clinical-reference.md, section 7): a consultation-level answer the mother's side of the
    // form carries, so that it travels with every save, amendment and autosave of the form
    private List<VisitReasonType> visitReasons = new ArrayList<>();

    @Size(max = VisitReasons.OTHER_MAX)
    private String visitReasonOther;

    public MotherFindings() {
        // an empty form
    }

    public MotherFindings(
            MaternalWellbeing wellbeing,
            List<BreastFindings> breasts,
            boolean fever,
            List<SupplyConcern> concerns,
            List<ContributingFactorType> factors) {
        this.wellbeing = wellbeing.copy();
        this.breasts =
                new ArrayList<>(breasts.stream().map(BreastFindings::copy).toList());
        for (BreastSideType side : BreastSideType.values()) {
            if (this.breasts.stream().noneMatch(breast -> breast.getSide() == side)) {
                this.breasts.add(new BreastFindings(side));
            }
        }
        this.fever = fever;
        this.concerns =
                new ArrayList<>(concerns.stream().map(SupplyConcern::copy).toList());
        this.factors = new ArrayList<>(factors);
    }

    /**
     * The mother's flags: EPDS (urgent first), then the breast red flags and the nipple pain rule.
     *
     * @param observedFeedPains the nipple pain recorded on every observed feed of the consultation, any infant; the
     *     pain rule reads the highest pain anywhere ({@link NipplePain})
     */
    public List<ConsultationFlag> flags(EpdsThresholds epds, Collection<Integer> observedFeedPains) {
        return flags(epds, NipplePain.DEFAULT_CAUSE_AT_OR_ABOVE, observedFeedPains);
    }

    /**
     * The mother's flags with the clinic's nipple-pain threshold.
     *
     * @param painCauseAtOrAbove the pain (1-10) from which its cause must be found (clinic setting, default 4)
     */
    public List<ConsultationFlag> flags(
            EpdsThresholds epds, int painCauseAtOrAbove, Collection<Integer> observedFeedPains) {
        List<ConsultationFlag> flags = new ArrayList<>(WellbeingFlags.of(wellbeing, epds));
        if (fever && breasts.stream().anyMatch(BreastFindings::isInflamed)) {
            flags.add(flag(BreastFlagType.MASTITIS_WITH_FEVER, ""));
        }
        NipplePain pain = NipplePain.of(breasts, observedFeedPains);
        if (pain.needsCauseFound(painCauseAtOrAbove)) {
            flags.add(flag(BreastFlagType.NIPPLE_PAIN_EVALUATE_CAUSE, pain.detail()));
            boolean lowMood = wellbeing.screening().flags(epds).stream()
                    .anyMatch(flag -> flag == EpdsFlagType.ADVISORY || flag == EpdsFlagType.REFERRAL);
            if (lowMood) {
                flags.add(flag(BreastFlagType.PAIN_WITH_LOW_MOOD, pain.detail()));
            }
        }
        return flags;
    }

    private static ConsultationFlag flag(BreastFlagType type, String detail) {
        return ConsultationFlag.of(null, type, detail);
    }

    public MaternalWellbeing getWellbeing() {
        return wellbeing;
    }

    public List<BreastFindings> getBreasts() {
        return breasts;
    }

    public boolean isFever() {
        return fever;
    }

    public void setFever(boolean fever) {
        this.fever = fever;
    }

    public List<SupplyConcern> getConcerns() {
        return concerns;
    }

    public List<ContributingFactorType> getFactors() {
        return factors;
    }

    public void setFactors(List<ContributingFactorType> factors) {
        this.factors = factors == null ? new ArrayList<>() : factors;
    }

    /** The reasons for the visit as entered. @throws ClinicalRuleException when the other text is too long */
    public VisitReasons visitReasons() {
        return VisitReasons.of(visitReasons, visitReasonOther);
    }

    /** Replaces the reasons for the visit, as a copy of a stored consultation gives them. */
    public MotherFindings withVisitReasons(VisitReasons reasons) {
        visitReasons = new ArrayList<>(reasons.ordered());
        visitReasonOther = reasons.other();
        return this;
    }

    public List<VisitReasonType> getVisitReasons() {
        return visitReasons;
    }

    /** Takes the List its getter gives, so a page's select-many can write it. */
    public void setVisitReasons(List<VisitReasonType> visitReasons) {
        this.visitReasons = visitReasons == null ? new ArrayList<>() : visitReasons;
    }

    public String getVisitReasonOther() {
        return visitReasonOther;
    }

    public void setVisitReasonOther(String visitReasonOther) {
        this.visitReasonOther = visitReasonOther;
    }
}
