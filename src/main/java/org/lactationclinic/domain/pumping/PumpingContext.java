package org.lactationclinic.domain.pumping;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.PumpingPurposeType;

/**
 * A mother's pumping log with what its rules need besides the sessions: day 0 for coming to volume and why she pumps.
 * The pumping page and the consultation read the same one, so a flag means the same on both (and a consultation's
 * pumping flags reach its care-plan suggestions, clinical-reference.md, section 3).
 *
 * @param log her sessions, voided ones left out
 * @param birthDate day 0: the birth date of her most recent baby on record, or null with none (no volume rule then)
 * @param purpose why she pumps, or null when not recorded (the sessions rule then says so, it assumes nothing)
 */
public record PumpingContext(PumpingLog log, LocalDate birthDate, PumpingPurposeType purpose) {

    /** No log at all: raises nothing. */
    public static final PumpingContext NONE = new PumpingContext(PumpingLog.of(List.of()), null, null);

    public PumpingContext {
        Objects.requireNonNull(log, "log");
    }

    /**
     * The context of a mother's log: her entries that are not voided, her latest baby's birth date, her recorded
     * purpose.
     */
    public static PumpingContext of(Mother mother, Collection<PumpingEntry> entries) {
        PumpingLog log = PumpingLog.of(entries.stream()
                .filter(entry -> !entry.isVoided())
                .map(PumpingEntry::toSession)
                .toList());
        LocalDate birthDate = mother.getActiveInfants().stream()
                .map(Infant::getBirthDateTime)
                .max(Comparator.naturalOrder())
                .map(LocalDateTime::toLocalDate)
                .orElse(null);
        return new PumpingContext(log, birthDate, mother.getPumpingPurpose());
    }

    /** The rolling 24 hours' flags at {@code at} (see {@link PumpingLog#flags}). */
    public Set<PumpingFlagType> flagsAt(LocalDateTime at, PumpingThresholds thresholds) {
        return log.flags(at, birthDate, purpose, thresholds);
    }

    /** Every logged day up to {@code at}, judged (see {@link PumpingLog#days}). */
    public List<PumpingLog.Day> daysAt(LocalDateTime at, PumpingThresholds thresholds) {
        return log.days(at, birthDate, purpose, thresholds);
    }
}
