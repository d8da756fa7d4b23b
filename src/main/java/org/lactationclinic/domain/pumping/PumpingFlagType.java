package org.lactationclinic.domain.pumping;

import org.lactationclinic.domain.shared.ClinicalFlagType;

/**
 * A milk expression finding the consultant should act on, raised by {@link PumpingLog} for the rolling 24 hours
 * ({@link PumpingLog#flags}) and for every calendar day of the log ({@link PumpingLog#days}). Each flag carries the
 * source of its rule, shown next to it so the consultant can judge it (clinical-reference.md, section 3); source
 * citations are bibliographic and stay untranslated. None of them is a referral red flag of section 4. The label is the
 * bundle key {@code PumpingFlagType.VALUE}, whose {@code {0}} is the {@link #figure figure} of the day or window; the
 * clinic's thresholds are quoted next to the flags, so the text stays true when an admin changes one.
 *
 * <p>Flags are independent: a mother building her supply with 6 sessions and 300 mL in a day raises both
 * {@link #FEW_PUMPING_SESSIONS} and {@link #LOW_VOLUME}, because each is a true statement with its own source.
 */
public enum PumpingFlagType implements ClinicalFlagType {

    /** Fewer than 8 (default) sessions in the day while establishing or building supply. Figure: the sessions. */
    FEW_PUMPING_SESSIONS(PumpingThresholds.FREQUENCY_SOURCE),
    /**
     * Fewer than 8 (default) sessions in the day and the reason she pumps is not recorded: the sessions rule cannot be
     * judged, and the reference says to say so rather than assume a reason. Figure: the sessions.
     */
    PURPOSE_NOT_RECORDED(PumpingThresholds.FREQUENCY_SOURCE),
    /** The day's volume in the {@link VolumeBandType#LOW} band, below 340 mL (default). Figure: the millilitres. */
    LOW_VOLUME(PumpingThresholds.VOLUME_BANDS_SOURCE),
    /**
     * From day 14 (default) after birth, a day below 500 mL (default): not yet at volume, for as long as it lasts.
     * Figure: the millilitres.
     */
    NOT_YET_AT_VOLUME(PumpingThresholds.COMING_TO_VOLUME_SOURCE);

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
     * The number the bundle text quotes as {@code {0}}: the sessions for the two sessions flags, the millilitres for
     * the two volume flags.
     */
    public int figure(int totalMl, int sessions) {
        return switch (this) {
            case FEW_PUMPING_SESSIONS, PURPOSE_NOT_RECORDED -> sessions;
            case LOW_VOLUME, NOT_YET_AT_VOLUME -> totalMl;
        };
    }
}
