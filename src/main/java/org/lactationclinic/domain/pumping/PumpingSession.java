package org.lactationclinic.domain.pumping;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One pumping (or hand expression) session as the mother wrote it in her log (clinical-reference.md, section 3): when
 * it started, how long it took and how much milk it gave, either per breast or as one combined volume when both breasts
 * were pumped into one container. Pump type and flange size, which the reference also lists for a log entry, are not
 * part of the rules and are not modelled here.
 *
 * <p>Volumes are either per side or combined, never both: a combined figure next to per-side figures would leave the
 * total ambiguous (is it their sum, or a third container?). Per side, one side alone is a valid entry (she pumped one
 * breast while the baby fed from the other); its total is that side. A session with no volume at all is refused:
 * nothing pumped is recorded as 0 mL, which is itself a finding, while a missing volume would silently lower every
 * total it belongs to.
 *
 * <p>A power pumping hour (pump 20 / rest 10 / pump 10 / rest 10 / pump 10 minutes, common protocol) is entered as one
 * session of {@value #POWER_PUMPING_MINUTES} minutes with the volume of the whole hour.
 *
 * @param startedAt when the session started, local time; the session belongs to this calendar day and to every rolling
 *     24 hours this moment falls in
 * @param durationMinutes minutes from start to end, {@value #MIN_DURATION_MINUTES}-{@value #MAX_DURATION_MINUTES}
 * @param leftMl millilitres from the left breast, or {@code null} when not recorded per side
 * @param rightMl millilitres from the right breast, or {@code null} when not recorded per side
 * @param combinedMl millilitres from both breasts together, or {@code null} when recorded per side
 */
public record PumpingSession(
        LocalDateTime startedAt, int durationMinutes, Integer leftMl, Integer rightMl, Integer combinedMl) {

    /** Shortest session a log accepts. */
    public static final int MIN_DURATION_MINUTES = 1;
    /**
     * Longest session a log accepts: three hours leaves room for a power pumping hour and a long overnight session;
     * more is a typing error (or a pump left running), not a session.
     */
    public static final int MAX_DURATION_MINUTES = 180;
    /** Largest volume per side, or combined, a log accepts; more is a typing error. */
    public static final int MAX_VOLUME_ML = 1000;
    /** A power pumping hour: 20 + 10 + 10 + 10 + 10 minutes, 40 of them pumping (common protocol). */
    public static final int POWER_PUMPING_MINUTES = 60;

    /**
     * @throws NullPointerException when the start is missing
     * @throws IllegalArgumentException when the duration or a volume is out of range, when per-side and combined
     *     volumes are both given, or when no volume is given
     */
    public PumpingSession {
        Objects.requireNonNull(startedAt, "startedAt");
        problem(startedAt, durationMinutes, leftMl, rightMl, combinedMl).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /**
     * What keeps these values from making a session, in words for the log (not translated: the page shows its own
     * bundle message and this as detail), or empty when they make one. A form asks this instead of constructing a
     * session and catching the exception.
     */
    public static Optional<String> problem(
            LocalDateTime startedAt, Integer durationMinutes, Integer leftMl, Integer rightMl, Integer combinedMl) {
        if (startedAt == null) {
            return Optional.of("A session needs its start");
        }
        if (durationMinutes == null
                || durationMinutes < MIN_DURATION_MINUTES
                || durationMinutes > MAX_DURATION_MINUTES) {
            return Optional.of("A session lasts " + MIN_DURATION_MINUTES + "-" + MAX_DURATION_MINUTES + " minutes: "
                    + durationMinutes);
        }
        for (Integer ml : new Integer[] {leftMl, rightMl, combinedMl}) {
            if (ml != null && (ml < 0 || ml > MAX_VOLUME_ML)) {
                return Optional.of("A volume is 0-" + MAX_VOLUME_ML + " mL: " + ml);
            }
        }
        boolean perSide = leftMl != null || rightMl != null;
        if (perSide && combinedMl != null) {
            return Optional.of("Give the volume per side or combined, not both");
        }
        if (!perSide && combinedMl == null) {
            return Optional.of("A session needs a volume (0 mL when nothing came)");
        }
        return Optional.empty();
    }

    /** A session recorded per side; either side may be {@code null} when only the other was pumped. */
    public static PumpingSession perSide(
            LocalDateTime startedAt, int durationMinutes, Integer leftMl, Integer rightMl) {
        return new PumpingSession(startedAt, durationMinutes, leftMl, rightMl, null);
    }

    /** A session recorded as one volume for both breasts. */
    public static PumpingSession combined(LocalDateTime startedAt, int durationMinutes, int combinedMl) {
        return new PumpingSession(startedAt, durationMinutes, null, null, combinedMl);
    }

    /** Whether the volume was recorded as one figure for both breasts. */
    public boolean isCombined() {
        return combinedMl != null;
    }

    /** The millilitres of the session: the combined volume, or the sum of the sides recorded. */
    public int totalMl() {
        if (combinedMl != null) {
            return combinedMl;
        }
        // each side at most MAX_VOLUME_ML, so the sum cannot overflow
        return (leftMl == null ? 0 : leftMl) + (rightMl == null ? 0 : rightMl);
    }
}
