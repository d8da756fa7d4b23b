package org.lactationclinic.domain.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lactationclinic.domain.assessment.AssessmentThresholds;
import org.lactationclinic.domain.assessment.HatlffInterpretationType;
import org.lactationclinic.domain.weight.WeightFlagType;
import org.lactationclinic.domain.weight.WeightThresholds;

class ClinicThresholdsTest {

    @Test
    void defaults_shouldBeTheDocumentedOnes() {
        ClinicThresholds defaults = ClinicThresholds.defaults();

        assertEquals(AssessmentThresholds.defaults(), defaults.assessment());
        assertEquals(0, defaults.weight().lactationEvaluationLossPercent().compareTo(new BigDecimal("7")));
        assertEquals(0, defaults.weight().excessLossPercent().compareTo(new BigDecimal("10")));
        assertEquals(0, defaults.weight().minimumGainGramsPerDay().compareTo(new BigDecimal("20")));
        assertEquals(
                WeightThresholds.DEFAULTS.regainBirthWeightByDayOfLife(),
                defaults.weight().regainBirthWeightByDayOfLife());
        assertEquals(WeightFlagType.LOW_GAIN.getSource(), defaults.sourceOf(WeightFlagType.LOW_GAIN));
    }

    @Test
    void from_savedSettings_shouldOverrideTheDefaultsWithTheClinicsSource() {
        Map<ClinicSettingType, ClinicSetting> saved = new EnumMap<>(ClinicSettingType.class);
        ClinicSetting latch = new ClinicSetting(ClinicSettingType.LATCH_FLAG_BELOW);
        latch.change("9", "Kumar et al., J Hum Lact 2006");
        saved.put(ClinicSettingType.LATCH_FLAG_BELOW, latch);
        ClinicSetting gain = new ClinicSetting(ClinicSettingType.MINIMUM_GAIN_GRAMS_PER_DAY);
        gain.change("25.5", "local protocol");
        saved.put(ClinicSettingType.MINIMUM_GAIN_GRAMS_PER_DAY, gain);
        ClinicSetting hatlff = new ClinicSetting(ClinicSettingType.HATLFF_INTERPRETATION);
        hatlff.change("BALLARD", HatlffInterpretationType.BALLARD.source());
        saved.put(ClinicSettingType.HATLFF_INTERPRETATION, hatlff);

        ClinicThresholds thresholds = ClinicThresholds.from(saved);

        assertEquals(9, thresholds.assessment().latchFlagBelow());
        assertEquals("Kumar et al., J Hum Lact 2006", thresholds.assessment().latchSource());
        assertEquals(0, thresholds.weight().minimumGainGramsPerDay().compareTo(new BigDecimal("25.5")));
        assertEquals("local protocol", thresholds.sourceOf(WeightFlagType.LOW_GAIN));
        assertEquals(HatlffInterpretationType.BALLARD, thresholds.assessment().hatlffInterpretation());
    }

    @Test
    void from_shouldTakeTheNipplePainThresholdFromItsSettingDefault4() {
        assertEquals(4, ClinicThresholds.defaults().nipplePainCauseAtOrAbove());
        ClinicSetting pain = new ClinicSetting(ClinicSettingType.NIPPLE_PAIN_CAUSE_AT_OR_ABOVE);
        pain.change("6", "local audit");

        ClinicThresholds thresholds =
                ClinicThresholds.from(Map.of(ClinicSettingType.NIPPLE_PAIN_CAUSE_AT_OR_ABOVE, pain));

        assertEquals(6, thresholds.nipplePainCauseAtOrAbove());
        assertEquals("local audit", thresholds.sources().get(ClinicSettingType.NIPPLE_PAIN_CAUSE_AT_OR_ABOVE));
    }

    @Test
    void from_aValueTheRulesRefuse_shouldBeRefused() {
        ClinicSetting latch = new ClinicSetting(ClinicSettingType.LATCH_FLAG_BELOW);
        latch.change("eleven", "x");

        assertThrows(
                IllegalArgumentException.class,
                () -> ClinicThresholds.from(Map.of(ClinicSettingType.LATCH_FLAG_BELOW, latch)));
    }

    @ParameterizedTest
    @CsvSource({
        "LATCH_FLAG_BELOW, 1, true",
        "LATCH_FLAG_BELOW, 10, true",
        "LATCH_FLAG_BELOW, 0, false",
        "LATCH_FLAG_BELOW, 11, false",
        "LATCH_FLAG_BELOW, 7.5, false",
        "LATCH_FLAG_BELOW, 7.0, true",
        "BTAT_REFER_AT_OR_BELOW, 0, true",
        "BTAT_REFER_AT_OR_BELOW, 7, true",
        "BTAT_REFER_AT_OR_BELOW, 8, false",
        "LOSS_EVALUATION_ABOVE_PERCENT, 7.5, true",
        "LOSS_EVALUATION_ABOVE_PERCENT, 0, false",
        "LOSS_EVALUATION_ABOVE_PERCENT, 30, true",
        "LOSS_EVALUATION_ABOVE_PERCENT, 30.1, false",
        "MINIMUM_GAIN_GRAMS_PER_DAY, 0, true",
        "MINIMUM_GAIN_GRAMS_PER_DAY, 20.5, true",
        "MINIMUM_GAIN_GRAMS_PER_DAY, -1, false",
        "REGAIN_BIRTH_WEIGHT_BY_DAY, 14, true",
        "REGAIN_BIRTH_WEIGHT_BY_DAY, 0, false",
        "REGAIN_BIRTH_WEIGHT_BY_DAY, 61, false",
        "NIPPLE_PAIN_CAUSE_AT_OR_ABOVE, 1, true",
        "NIPPLE_PAIN_CAUSE_AT_OR_ABOVE, 10, true",
        "NIPPLE_PAIN_CAUSE_AT_OR_ABOVE, 0, false",
        "NIPPLE_PAIN_CAUSE_AT_OR_ABOVE, 11, false",
        "HATLFF_INTERPRETATION, BALLARD, true",
        "HATLFF_INTERPRETATION, ballard, false",
        "HATLFF_INTERPRETATION, 3, false"
    })
    void accepts_shouldHoldEachSettingToItsRange(ClinicSettingType setting, String value, boolean accepted) {
        assertEquals(accepted, setting.accepts(value));
    }

    @Test
    void accepts_blank_shouldBeRefused() {
        assertFalse(ClinicSettingType.LATCH_FLAG_BELOW.accepts(" "));
        assertFalse(ClinicSettingType.LATCH_FLAG_BELOW.accepts(null));
    }

    @Test
    void everyDefault_shouldBeAcceptedByItsOwnSetting() {
        for (ClinicSettingType setting : ClinicSettingType.values()) {
            assertTrue(setting.accepts(setting.getDefaultValue()), setting.name());
            assertTrue(new ClinicSetting(setting).isDefault(), setting.name());
        }
    }
}
