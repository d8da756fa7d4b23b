package org.lactationclinic.domain.charting;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.shared.Labelled;

/**
 * The infant red flags of clinical-reference.md, section 4, that come from what the consultant observes rather than
 * from weights or counts (those are {@code WeightFlagType} and {@code IntakeFlagType}): each needs a referral. The
 * label is the bundle entry {@code InfantRedFlagType.VALUE}.
 */
public enum InfantRedFlagType implements Labelled {
    /** 38.0 °C or more in a baby under one month old. */
    FEVER_UNDER_ONE_MONTH,
    /** Lethargic or hard to wake. */
    LETHARGY,
    /** Dark urine or urate crystals after day 3 of life. */
    DARK_URINE_AFTER_DAY_3,
    /** Jaundice the consultant judges significant. */
    SIGNIFICANT_JAUNDICE;

    public static final BigDecimal FEVER_AT_OR_ABOVE_CELSIUS = new BigDecimal("38.0");
    public static final int DARK_URINE_AFTER_DAY_OF_LIFE = 3;
    public static final String SOURCE = "clinical-reference.md section 4: red flags that need a referral";

    /**
     * The red flags of these observations. "Under one month" is by the calendar: a baby born on 15 March is one month
     * old on 15 April. Temperatures compare exactly: 38.0 is fever, 37.9 is not.
     */
    public static Set<InfantRedFlagType> of(
            Infant infant,
            LocalDateTime at,
            BigDecimal temperatureCelsius,
            boolean lethargic,
            boolean darkUrineOrUrates,
            boolean significantJaundice) {
        Set<InfantRedFlagType> flags = EnumSet.noneOf(InfantRedFlagType.class);
        boolean underOneMonth = at.toLocalDate()
                .isBefore(infant.getBirthDateTime().toLocalDate().plusMonths(1));
        if (temperatureCelsius != null
                && underOneMonth
                && temperatureCelsius.compareTo(FEVER_AT_OR_ABOVE_CELSIUS) >= 0) {
            flags.add(FEVER_UNDER_ONE_MONTH);
        }
        if (lethargic) {
            flags.add(LETHARGY);
        }
        if (darkUrineOrUrates && infant.ageAt(at).dayOfLife() > DARK_URINE_AFTER_DAY_OF_LIFE) {
            flags.add(DARK_URINE_AFTER_DAY_3);
        }
        if (significantJaundice) {
            flags.add(SIGNIFICANT_JAUNDICE);
        }
        return flags;
    }
}
