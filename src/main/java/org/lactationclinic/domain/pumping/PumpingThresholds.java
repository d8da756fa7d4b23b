package org.lactationclinic.domain.pumping;

/**
 * Every configurable number of the milk expression rules (clinical-reference.md, section 3), kept in one record so a
 * clinic admin can edit them as settings with the source next to each. All are whole millilitres, sessions or days,
 * compared exactly by {@link PumpingLog} and {@link VolumeBandType}.
 *
 * @param lowBelowMl pumped millilitres per 24 hours <em>below</em> which the volume is low. Default 340 (11.5 oz; 339
 *     mL is low, 340 mL is borderline). Source: {@value #VOLUME_BANDS_SOURCE}.
 * @param fullAtOrAboveMl pumped millilitres per 24 hours <em>at or above</em> which the volume is a full supply.
 *     Default 739 (25 oz). The reference writes "borderline 340-739 mL; full &gt;= 739 mL", which puts 739 in both; the
 *     "&gt;= 739" is taken as the rule, so borderline is 340-738 mL. Source: {@value #VOLUME_BANDS_SOURCE}.
 * @param minSessionsPer24h sessions per rolling 24 hours <em>below</em> which a mother who pumps to establish or build
 *     her supply pumps too rarely. Default 8 (8-10 expected, one of them overnight, 01:00-05:00; 7 is flagged, 8 is
 *     not). Source: {@value #FREQUENCY_SOURCE}.
 * @param atVolumeFromMl millilitres in a day <em>below</em> which, from {@code comingToVolumeByDayPostpartum} on, the
 *     day is "not yet at volume". Default 500 (499 mL is flagged, 500 mL is not). The reference's value column writes
 *     "&gt; 500 mL/day by day 14" for coming to volume and its flag "a day whose total is below 500 mL"; the two differ
 *     only at exactly 500 mL, and the flag's own wording is taken as the rule (as 739 mL is full for the bands).
 *     Source: {@value #COMING_TO_VOLUME_SOURCE}.
 * @param comingToVolumeByDayPostpartum the day after birth (birth = day 0, the infant's day of life) from which a day
 *     below {@code atVolumeFromMl} is flagged. Default 14. Source: {@value #COMING_TO_VOLUME_SOURCE}.
 */
public record PumpingThresholds(
        int lowBelowMl,
        int fullAtOrAboveMl,
        int minSessionsPer24h,
        int atVolumeFromMl,
        int comingToVolumeByDayPostpartum) {

    /** Source of the 24-hour volume bands. */
    public static final String VOLUME_BANDS_SOURCE = "common guidance (configurable)";
    /** Source of the minimum pumping frequency while establishing or building supply. */
    public static final String FREQUENCY_SOURCE = "common guidance; Mago-Shah, J Perinatol 2023";
    /** Source of coming to volume: 500 mL a day by day 14. */
    public static final String COMING_TO_VOLUME_SOURCE = "Mago-Shah, J Perinatol 2023";

    /** The defaults of clinical-reference.md, section 3; what a clinic gets until an admin changes them. */
    public static final PumpingThresholds DEFAULTS = new PumpingThresholds(340, 739, 8, 500, 14);

    /**
     * Refuses settings no rule could use: a number that is not positive, or a low band that starts above the full band.
     * A low band equal to the full band is accepted: the clinic then has no borderline band.
     *
     * @throws IllegalArgumentException when a number is not positive or {@code lowBelowMl > fullAtOrAboveMl}
     */
    public PumpingThresholds {
        requirePositive(lowBelowMl, "lowBelowMl");
        requirePositive(fullAtOrAboveMl, "fullAtOrAboveMl");
        requirePositive(minSessionsPer24h, "minSessionsPer24h");
        requirePositive(atVolumeFromMl, "atVolumeFromMl");
        requirePositive(comingToVolumeByDayPostpartum, "comingToVolumeByDayPostpartum");
        if (lowBelowMl > fullAtOrAboveMl) {
            throw new IllegalArgumentException(
                    "lowBelowMl " + lowBelowMl + " must not be above fullAtOrAboveMl " + fullAtOrAboveMl);
        }
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
