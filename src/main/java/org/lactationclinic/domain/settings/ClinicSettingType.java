package org.lactationclinic.domain.settings;

import java.math.BigDecimal;
import java.util.Arrays;
import org.lactationclinic.domain.assessment.AssessmentThresholds;
import org.lactationclinic.domain.assessment.HatlffInterpretationType;
import org.lactationclinic.domain.breast.NipplePain;
import org.lactationclinic.domain.pumping.PumpingThresholds;
import org.lactationclinic.domain.shared.Labelled;
import org.lactationclinic.domain.weight.WeightFlagType;
import org.lactationclinic.domain.weight.WeightThresholds;
import org.lactationclinic.domain.wellbeing.EpdsThresholds;

/**
 * Every threshold a clinic admin may change, with its documented default and source (clinical-reference.md, sections 1
 * and 2; EPDS cut-offs: section 1, "configurable per clinic"; the nipple-pain threshold: section 1, "Pain threshold
 * configurable"), and the largest photograph accepted as uploaded ({@link PhotoSizeLimit}). The defaults are read from
 * the rule classes' own defaults, so there is one place for each number. The label and help are the bundle entries
 * {@code ClinicSettingType.VALUE} and {@code ClinicSettingType.VALUE.help}.
 */
public enum ClinicSettingType implements Labelled {
    LATCH_FLAG_BELOW(
            ValueKind.WHOLE_NUMBER,
            "1",
            "10",
            String.valueOf(AssessmentThresholds.DEFAULT_LATCH_FLAG_BELOW),
            AssessmentThresholds.DEFAULT_LATCH_SOURCE),
    BTAT_REFER_AT_OR_BELOW(
            ValueKind.WHOLE_NUMBER,
            "0",
            "7",
            String.valueOf(AssessmentThresholds.DEFAULT_BTAT_REFER_AT_OR_BELOW),
            AssessmentThresholds.DEFAULT_BTAT_SOURCE),
    HATLFF_INTERPRETATION(
            ValueKind.HATLFF_CHOICE,
            null,
            null,
            AssessmentThresholds.DEFAULT_HATLFF_INTERPRETATION.name(),
            AssessmentThresholds.DEFAULT_HATLFF_INTERPRETATION.source()),
    LOSS_EVALUATION_ABOVE_PERCENT(
            ValueKind.DECIMAL,
            "0.1",
            "30",
            WeightThresholds.DEFAULTS.lactationEvaluationLossPercent().toPlainString(),
            WeightFlagType.LOSS_ABOVE_LACTATION_EVALUATION.getSource()),
    EXCESS_LOSS_AT_OR_ABOVE_PERCENT(
            ValueKind.DECIMAL,
            "0.1",
            "30",
            WeightThresholds.DEFAULTS.excessLossPercent().toPlainString(),
            WeightFlagType.EXCESS_LOSS.getSource()),
    REGAIN_BIRTH_WEIGHT_BY_DAY(
            ValueKind.WHOLE_NUMBER,
            "1",
            "60",
            String.valueOf(WeightThresholds.DEFAULTS.regainBirthWeightByDayOfLife()),
            WeightFlagType.BIRTH_WEIGHT_NOT_REGAINED.getSource()),
    MINIMUM_GAIN_GRAMS_PER_DAY(
            ValueKind.DECIMAL,
            "0",
            "100",
            WeightThresholds.DEFAULTS.minimumGainGramsPerDay().toPlainString(),
            WeightFlagType.LOW_GAIN.getSource()),
    STILL_LOSING_AFTER_DAY(
            ValueKind.WHOLE_NUMBER,
            "0",
            "60",
            String.valueOf(WeightThresholds.DEFAULTS.stillLosingAfterDayOfLife()),
            WeightFlagType.STILL_LOSING.getSource()),
    PROJECTED_REGAIN_LATEST_DAY(
            ValueKind.WHOLE_NUMBER,
            "1",
            "60",
            String.valueOf(WeightThresholds.DEFAULTS.projectedRegainLatestDayOfLife()),
            WeightFlagType.REGAIN_PROJECTED_LATE.getSource()),
    EPDS_REFERRAL_AT_OR_ABOVE(
            ValueKind.WHOLE_NUMBER,
            "1",
            "30",
            String.valueOf(EpdsThresholds.DEFAULT_REFERRAL_AT_OR_ABOVE),
            EpdsThresholds.DEFAULT_SOURCE),
    EPDS_ADVISORY_AT_OR_ABOVE(
            ValueKind.WHOLE_NUMBER,
            "1",
            "30",
            String.valueOf(EpdsThresholds.DEFAULT_ADVISORY_AT_OR_ABOVE),
            EpdsThresholds.DEFAULT_SOURCE),
    NIPPLE_PAIN_CAUSE_AT_OR_ABOVE(
            ValueKind.WHOLE_NUMBER,
            String.valueOf(NipplePain.MIN_CAUSE_AT_OR_ABOVE),
            String.valueOf(NipplePain.MAX_CAUSE_AT_OR_ABOVE),
            String.valueOf(NipplePain.DEFAULT_CAUSE_AT_OR_ABOVE),
            NipplePain.DEFAULT_SOURCE),
    PUMPING_LOW_BELOW_ML(
            ValueKind.WHOLE_NUMBER,
            "50",
            "1500",
            String.valueOf(PumpingThresholds.DEFAULTS.lowBelowMl()),
            PumpingThresholds.VOLUME_BANDS_SOURCE),
    PUMPING_FULL_AT_OR_ABOVE_ML(
            ValueKind.WHOLE_NUMBER,
            "50",
            "1500",
            String.valueOf(PumpingThresholds.DEFAULTS.fullAtOrAboveMl()),
            PumpingThresholds.VOLUME_BANDS_SOURCE),
    PUMPING_MIN_SESSIONS_PER_24H(
            ValueKind.WHOLE_NUMBER,
            "1",
            "15",
            String.valueOf(PumpingThresholds.DEFAULTS.minSessionsPer24h()),
            PumpingThresholds.FREQUENCY_SOURCE),
    // the name is the key of saved settings; the number is now the day total below which a day is flagged
    // (PumpingThresholds.atVolumeFromMl), the same 500 mL default
    COMING_TO_VOLUME_ABOVE_ML(
            ValueKind.WHOLE_NUMBER,
            "50",
            "1500",
            String.valueOf(PumpingThresholds.DEFAULTS.atVolumeFromMl()),
            PumpingThresholds.COMING_TO_VOLUME_SOURCE),
    COMING_TO_VOLUME_BY_DAY(
            ValueKind.WHOLE_NUMBER,
            "1",
            "60",
            String.valueOf(PumpingThresholds.DEFAULTS.comingToVolumeByDayPostpartum()),
            PumpingThresholds.COMING_TO_VOLUME_SOURCE),
    PHOTO_MAX_MEGABYTES(
            ValueKind.WHOLE_NUMBER,
            String.valueOf(PhotoSizeLimit.MIN_MEGABYTES),
            String.valueOf(PhotoSizeLimit.MAX_MEGABYTES),
            String.valueOf(PhotoSizeLimit.DEFAULT_MEGABYTES),
            PhotoSizeLimit.DEFAULT_SOURCE);

    /** How the value is entered. */
    public enum ValueKind {
        WHOLE_NUMBER,
        DECIMAL,
        HATLFF_CHOICE
    }

    private final ValueKind kind;
    private final BigDecimal min;
    private final BigDecimal max;
    private final String defaultValue;
    private final String defaultSource;

    ClinicSettingType(ValueKind kind, String min, String max, String defaultValue, String defaultSource) {
        this.kind = kind;
        this.min = min == null ? null : new BigDecimal(min);
        this.max = max == null ? null : new BigDecimal(max);
        this.defaultValue = defaultValue;
        this.defaultSource = defaultSource;
    }

    /**
     * Whether the value is one an admin may save: a number of the right kind within the range, or a known HATLFF
     * reading. The ranges keep a typing slip (70 for 7) out of the clinic's rules while leaving room for a local
     * validation's cut-off; the percentages stop at 30 % because no guidance flags a larger loss.
     */
    public boolean accepts(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        if (kind == ValueKind.HATLFF_CHOICE) {
            return Arrays.stream(HatlffInterpretationType.values())
                    .anyMatch(choice -> choice.name().equals(value.strip()));
        }
        try {
            BigDecimal number = new BigDecimal(value.strip());
            boolean whole = number.stripTrailingZeros().scale() <= 0;
            return (kind == ValueKind.DECIMAL || whole) && number.compareTo(min) >= 0 && number.compareTo(max) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Smallest accepted number; null for a choice. */
    public BigDecimal getMin() {
        return min;
    }

    /** Largest accepted number; null for a choice. */
    public BigDecimal getMax() {
        return max;
    }

    public ValueKind getKind() {
        return kind;
    }

    public String getDefaultValue() {
        return defaultValue;
    }

    public String getDefaultSource() {
        return defaultSource;
    }

    /** The HATLFF readings a clinic can choose from, for {@link ValueKind#HATLFF_CHOICE}. */
    public static HatlffInterpretationType[] hatlffChoices() {
        return HatlffInterpretationType.values();
    }
}
