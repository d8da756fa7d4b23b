package org.lactationclinic.domain.breast;

import jakarta.validation.Valid;
import org.lactationclinic.domain.charting.BreastSideType;
import org.lactationclinic.domain.consultation.ConsultationFlag;
import org.lactationclinic.domain.wellbeing.EpdsFlagType;
import org.lactationclinic.domain.wellbeing.EpdsThresholds;
import org.lactationclinic.domain.wellbeing.MaternalWellbeing;
import org.lactationclinic.domain.wellbeing.WellbeingFlags;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the consultant records about the mother at one consultation, as the form holds it: her well-being
 * (EPDS, notes), breast and nipple findings per side, fever, supply concerns and contributing factors. The
 * consultation stores it ({@code Consultation.recordMotherFindings}); {@link #flags} gives the mother's
 * flags of clinical-reference.md, sections 1, 3 and 4.
 */
public class MotherFindings implements Serializable {

    @Valid
    private MaternalWellbeing wellbeing = new MaternalWellbeing();
    @Valid
    private List<BreastFindings> breasts = new ArrayList<>(List.of(new BreastFindings(BreastSideType.LEFT),
            new BreastFindings(BreastSideType.RIGHT)));
    private boolean fever;
    @Valid
    private List<SupplyConcern> concerns = new ArrayList<>();
    private List<ContributingFactorType> factors = new ArrayList<>();

    public MotherFindings() {
        // an empty form
    }

    public MotherFindings(MaternalWellbeing wellbeing, List<BreastFindings> breasts, boolean fever,
                          List<SupplyConcern> concerns, List<ContributingFactorType> factors) {
        this.wellbeing = wellbeing.copy();
        this.breasts = new ArrayList<>(breasts.stream().map(BreastFindings::copy).toList());
        for (BreastSideType side : BreastSideType.values()) {
            if (this.breasts.stream().noneMatch(breast -> breast.getSide() == side)) {
                this.breasts.add(new BreastFindings(side));
            }
        }
        this.fever = fever;
        this.concerns = new ArrayList<>(concerns.stream().map(SupplyConcern::copy).toList());
        this.factors = new ArrayList<>(factors);
    }

    /**
     * The mother's flags: EPDS (urgent first), then the breast red flags and the nipple pain rule.
     *
     * @param observedFeedPains the nipple pain recorded on every observed feed of the consultation, any infant;
     *                          the pain rule reads the highest pain anywhere ({@link NipplePain})
     */
    public List<ConsultationFlag> flags(EpdsThresholds epds, Collection<Integer> observedFeedPains) {
        List<ConsultationFlag> flags = new ArrayList<>(WellbeingFlags.of(wellbeing, epds));
        if (fever && breasts.stream().anyMatch(BreastFindings::isInflamed)) {
            flags.add(flag(BreastFlagType.MASTITIS_WITH_FEVER, ""));
        }
        NipplePain pain = NipplePain.of(breasts, observedFeedPains);
        if (pain.needsCauseFound()) {
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
}
