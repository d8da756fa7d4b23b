package org.lactationclinic.domain.settings;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.lactationclinic.domain.assessment.AssessmentThresholds;
import org.lactationclinic.domain.assessment.HatlffInterpretationType;
import org.lactationclinic.domain.breast.NipplePain;
import org.lactationclinic.domain.pumping.PumpingThresholds;
import org.lactationclinic.domain.weight.WeightFlagType;
import org.lactationclinic.domain.weight.WeightThresholds;
import org.lactationclinic.domain.wellbeing.EpdsThresholds;

/**
 * The clinic's thresholds, as the rules take them (and the photograph size limit, as {@code PhotoImage} takes it), with
 * the source the clinic cites for each. Built from the saved {@link ClinicSetting}s; a setting never saved takes its
 * documented default.
 */
public record ClinicThresholds(
        AssessmentThresholds assessment,
        WeightThresholds weight,
        EpdsThresholds epds,
        PumpingThresholds pumping,
        int nipplePainCauseAtOrAbove,
        PhotoSizeLimit photoSizeLimit,
        Map<ClinicSettingType, String> sources) {

    private static final Map<WeightFlagType, ClinicSettingType> WEIGHT_FLAG_SETTINGS = Map.of(
            WeightFlagType.LOSS_ABOVE_LACTATION_EVALUATION, ClinicSettingType.LOSS_EVALUATION_ABOVE_PERCENT,
            WeightFlagType.EXCESS_LOSS, ClinicSettingType.EXCESS_LOSS_AT_OR_ABOVE_PERCENT,
            WeightFlagType.BIRTH_WEIGHT_NOT_REGAINED, ClinicSettingType.REGAIN_BIRTH_WEIGHT_BY_DAY,
            WeightFlagType.LOW_GAIN, ClinicSettingType.MINIMUM_GAIN_GRAMS_PER_DAY,
            WeightFlagType.STILL_LOSING, ClinicSettingType.STILL_LOSING_AFTER_DAY,
            WeightFlagType.REGAIN_PROJECTED_LATE, ClinicSettingType.PROJECTED_REGAIN_LATEST_DAY);

    public ClinicThresholds {
        Objects.requireNonNull(assessment);
        Objects.requireNonNull(weight);
        Objects.requireNonNull(epds);
        Objects.requireNonNull(pumping);
        Objects.requireNonNull(photoSizeLimit);
        if (nipplePainCauseAtOrAbove < NipplePain.MIN_CAUSE_AT_OR_ABOVE
                || nipplePainCauseAtOrAbove > NipplePain.MAX_CAUSE_AT_OR_ABOVE) {
            throw new IllegalArgumentException("nipplePainCauseAtOrAbove must be 1-10: " + nipplePainCauseAtOrAbove);
        }
        sources = Map.copyOf(sources);
    }

    /** The documented defaults of clinical-reference.md. */
    public static ClinicThresholds defaults() {
        return from(Map.of());
    }

    /**
     * The thresholds from the settings saved so far.
     *
     * @throws IllegalArgumentException when a value is not a number of its kind, or the rules refuse it
     */
    public static ClinicThresholds from(Map<ClinicSettingType, ClinicSetting> saved) {
        Map<ClinicSettingType, String> values = new EnumMap<>(ClinicSettingType.class);
        Map<ClinicSettingType, String> sources = new EnumMap<>(ClinicSettingType.class);
        for (ClinicSettingType type : ClinicSettingType.values()) {
            ClinicSetting setting = saved.get(type);
            values.put(type, setting == null ? type.getDefaultValue() : setting.getValue());
            sources.put(type, setting == null ? type.getDefaultSource() : setting.getSource());
        }
        AssessmentThresholds assessment = new AssessmentThresholds(
                whole(values, ClinicSettingType.LATCH_FLAG_BELOW),
                sources.get(ClinicSettingType.LATCH_FLAG_BELOW),
                whole(values, ClinicSettingType.BTAT_REFER_AT_OR_BELOW),
                sources.get(ClinicSettingType.BTAT_REFER_AT_OR_BELOW),
                hatlff(values.get(ClinicSettingType.HATLFF_INTERPRETATION)));
        WeightThresholds weight = new WeightThresholds(
                decimal(values, ClinicSettingType.LOSS_EVALUATION_ABOVE_PERCENT),
                decimal(values, ClinicSettingType.EXCESS_LOSS_AT_OR_ABOVE_PERCENT),
                whole(values, ClinicSettingType.REGAIN_BIRTH_WEIGHT_BY_DAY),
                decimal(values, ClinicSettingType.MINIMUM_GAIN_GRAMS_PER_DAY),
                whole(values, ClinicSettingType.STILL_LOSING_AFTER_DAY),
                whole(values, ClinicSettingType.PROJECTED_REGAIN_LATEST_DAY));
        EpdsThresholds epds = new EpdsThresholds(
                whole(values, ClinicSettingType.EPDS_REFERRAL_AT_OR_ABOVE),
                whole(values, ClinicSettingType.EPDS_ADVISORY_AT_OR_ABOVE),
                sources.get(ClinicSettingType.EPDS_REFERRAL_AT_OR_ABOVE));
        PumpingThresholds pumping = new PumpingThresholds(
                whole(values, ClinicSettingType.PUMPING_LOW_BELOW_ML),
                whole(values, ClinicSettingType.PUMPING_FULL_AT_OR_ABOVE_ML),
                whole(values, ClinicSettingType.PUMPING_MIN_SESSIONS_PER_24H),
                whole(values, ClinicSettingType.COMING_TO_VOLUME_ABOVE_ML),
                whole(values, ClinicSettingType.COMING_TO_VOLUME_BY_DAY));
        return new ClinicThresholds(
                assessment,
                weight,
                epds,
                pumping,
                whole(values, ClinicSettingType.NIPPLE_PAIN_CAUSE_AT_OR_ABOVE),
                new PhotoSizeLimit(whole(values, ClinicSettingType.PHOTO_MAX_MEGABYTES)),
                sources);
    }

    /** The source the clinic cites for the number behind a weight flag. */
    public String sourceOf(WeightFlagType flag) {
        return sources.get(settingOf(flag));
    }

    /** The setting that holds the number behind a weight flag. */
    public static ClinicSettingType settingOf(WeightFlagType flag) {
        return WEIGHT_FLAG_SETTINGS.get(flag);
    }

    private static int whole(Map<ClinicSettingType, String> values, ClinicSettingType type) {
        try {
            return new BigDecimal(values.get(type).strip()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(type + " must be a whole number, was " + values.get(type), e);
        }
    }

    private static BigDecimal decimal(Map<ClinicSettingType, String> values, ClinicSettingType type) {
        try {
            return new BigDecimal(values.get(type));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(type + " must be a number, was " + values.get(type), e);
        }
    }

    private static HatlffInterpretationType hatlff(String value) {
        return HatlffInterpretationType.valueOf(value);
    }
}
