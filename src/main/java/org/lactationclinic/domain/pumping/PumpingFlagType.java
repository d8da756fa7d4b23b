package org.lactationclinic.domain.pumping;

import org.lactationclinic.domain.shared.ClinicalFlagType;

import java.util.Objects;

/**
 * A milk expression finding the consultant should act on, raised by
 * {@link PumpingLog#flags(java.time.LocalDateTime, java.time.LocalDate, PumpingPurposeType, PumpingThresholds)}.
 * Each flag carries the source of its rule, shown next to it so the consultant can judge it
 * (clinical-reference.md, section 3); source citations are bibliographic and stay untranslated. None of them
 * is a referral red flag of section 4. The label is the bundle key {@code PumpingFlagType.VALUE}, whose
 * {@code {0}} and {@code {1}} are the {@link #messageArguments(PumpingLog.RollingTotal, PumpingThresholds)
 * message arguments}: the clinic's own numbers, so the text stays true when an admin changes a threshold.
 * <p>
 * Flags are independent: a mother building her supply with 6 sessions and 300 mL in 24 hours raises both
 * {@link #FEWER_THAN_8_SESSIONS} and {@link #LOW_VOLUME}, because each is a true statement with its own source.
 */
public enum PumpingFlagType implements ClinicalFlagType {

    /**
     * Fewer than 8 (default) sessions in the rolling 24 hours while establishing or building supply.
     * Message arguments: sessions in the window, the minimum.
     */
    FEWER_THAN_8_SESSIONS(PumpingThresholds.FREQUENCY_SOURCE),
    /**
     * Rolling 24-hour volume in the {@link VolumeBandType#LOW} band, below 340 mL (default).
     * Message arguments: millilitres in the window, the low band's limit.
     */
    LOW_VOLUME(PumpingThresholds.VOLUME_BANDS_SOURCE),
    /**
     * On or after day 14 (default) after birth, and no logged day up to day 14 gave more than 500 mL (default).
     * Message arguments: the day, the millilitres.
     */
    NOT_COMING_TO_VOLUME(PumpingThresholds.COMING_TO_VOLUME_SOURCE);

    private final String source;

    PumpingFlagType(String source) {
        this.source = source;
    }

    /** The citation of the rule, for display next to the flag. */
    @Override
    public String getSource() {
        return source;
    }

    /** Always false: clinical-reference.md, section 4 lists no pumping finding among the referral red flags. */
    @Override
    public boolean isReferral() {
        return false;
    }


    /**
     * The numbers the bundle text quotes as {@code {0}} and {@code {1}}: for {@link #FEWER_THAN_8_SESSIONS}
     * the sessions in the window and the minimum, for {@link #LOW_VOLUME} the millilitres in the window and
     * the low band's limit, for {@link #NOT_COMING_TO_VOLUME} the day after birth and the daily millilitres
     * to exceed.
     *
     * @param rolling    the rolling total at the moment the flags were computed for
     * @param thresholds the thresholds they were computed with
     */
    public Object[] messageArguments(PumpingLog.RollingTotal rolling, PumpingThresholds thresholds) {
        Objects.requireNonNull(rolling, "rolling");
        Objects.requireNonNull(thresholds, "thresholds");
        return switch (this) {
            case FEWER_THAN_8_SESSIONS -> new Object[] {rolling.sessions(), thresholds.minSessionsPer24h()};
            case LOW_VOLUME -> new Object[] {rolling.totalMl(), thresholds.lowBelowMl()};
            case NOT_COMING_TO_VOLUME -> new Object[] {thresholds.comingToVolumeByDayPostpartum(),
                    thresholds.comingToVolumeAboveMl()};
        };
    }
}
