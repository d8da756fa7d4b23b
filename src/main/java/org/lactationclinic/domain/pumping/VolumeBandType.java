package org.lactationclinic.domain.pumping;

import java.util.Objects;
import org.lactationclinic.domain.shared.Labelled;

/**
 * Where a 24-hour pumped volume falls (clinical-reference.md, section 3;
 * {@value PumpingThresholds#VOLUME_BANDS_SOURCE}). With the defaults: low below 340 mL (11.5 oz), borderline from 340
 * to 738 mL, full from 739 mL (25 oz). The reference's "borderline 340-739 mL; full &gt;= 739 mL" puts 739 in both
 * bands; the explicit "&gt;= 739" wins, so 739 mL is full. The label is the bundle key {@code VolumeBandType.VALUE}.
 */
public enum VolumeBandType implements Labelled {
    /** Below {@link PumpingThresholds#lowBelowMl()}: {@link PumpingFlagType#LOW_VOLUME}. */
    LOW,
    /**
     * From {@link PumpingThresholds#lowBelowMl()} up to, not including, {@link PumpingThresholds#fullAtOrAboveMl()}.
     */
    BORDERLINE,
    /** At or above {@link PumpingThresholds#fullAtOrAboveMl()}: a full supply. */
    FULL;

    /**
     * The band of a volume pumped in 24 hours.
     *
     * @throws IllegalArgumentException when the volume is negative
     */
    public static VolumeBandType of(int mlPer24h, PumpingThresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        if (mlPer24h < 0) {
            throw new IllegalArgumentException("A volume must not be negative: " + mlPer24h);
        }
        if (mlPer24h < thresholds.lowBelowMl()) {
            return LOW;
        }
        return mlPer24h < thresholds.fullAtOrAboveMl() ? BORDERLINE : FULL;
    }
}
