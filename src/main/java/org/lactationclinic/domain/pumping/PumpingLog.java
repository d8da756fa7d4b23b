package org.lactationclinic.domain.pumping;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One mother's pumping log, with the totals and flags of clinical-reference.md, section 3. The log holds
 * the sessions as she wrote them down; every total, band and flag is computed from them again on each call.
 * <p>
 * Definitions, each chosen so a figure means the same on every page and in every letter:
 * <ul>
 *   <li><b>Which day a session belongs to</b>: the calendar day it <em>started</em>, in local time. A
 *       session started at 23:50 counts for that day, all of it, even when it runs past midnight; one
 *       started at 00:05 counts for the next day. The same holds for the rolling window: a session
 *       belongs to it when its start does.</li>
 *   <li><b>Daily total</b> ({@link #dailyTotals()}): the millilitres and sessions of one calendar day,
 *       for the days with at least one session only. A day without sessions is left out rather than shown
 *       as 0 mL: the log cannot tell a day she did not pump from a day she did not write down.</li>
 *   <li><b>Rolling 24 hours</b> ({@link #rollingTotal(LocalDateTime)}): the sessions that started in
 *       ({@code at} − 24 h, {@code at}], that is <em>after</em> the moment exactly 24 hours before
 *       {@code at} and <em>at or before</em> {@code at}. A session started exactly 24 hours earlier is out,
 *       one started exactly at {@code at} is in: the window is exactly 24 hours long, so a mother who pumps
 *       at 08:00 every day has one 08:00 session in it, never two. Sessions after {@code at} are never in
 *       it, so the figures at a past moment are the ones the consultant saw then. Hours are clock hours of
 *       local time: on the night the clocks change the window holds 23 or 25 real hours.</li>
 *   <li><b>Whole window logged</b>: the log's first session started at or before {@code at} − 24 h, so
 *       the whole window lies in the time she was keeping the log. The rolling rules (the {@link
 *       #band(LocalDateTime, PumpingThresholds) band}, {@link PumpingFlagType#FEWER_THAN_8_SESSIONS} and
 *       {@link PumpingFlagType#LOW_VOLUME}) speak only when the whole window is logged <em>and</em> at least
 *       one session started in it ({@link RollingTotal#isAssessable()}). Otherwise a log begun this
 *       morning would show three sessions and 180 mL as a low supply pumped too rarely, and a log she
 *       stopped keeping a week ago would show 0 mL; both say nothing about a whole day.</li>
 *   <li><b>Day after birth</b>: calendar days from the birth date, birth = day 0, as for the infant's day
 *       of life. Sessions before birth (antenatal expression) appear in the daily totals but never count
 *       for coming to volume.</li>
 *   <li><b>Coming to volume</b> ({@link #cameToVolume(LocalDate, PumpingThresholds)}): some calendar day
 *       from day 0 to day 14 (default) gave more than 500 mL (default); a day after day 14 does not count,
 *       whatever its volume. Source: {@value PumpingThresholds#COMING_TO_VOLUME_SOURCE}.</li>
 * </ul>
 * The volume rules read the log as all the milk the mother removed in a day, as for a mother who pumps
 * exclusively. A mother who also feeds at the breast pumps only part of her supply, and a low pumped volume
 * then says little about it; the consultant judges that, the rules cannot see it.
 */
public final class PumpingLog {

    /** Length of the rolling window, in clock hours. */
    public static final int ROLLING_WINDOW_HOURS = 24;

    private final List<PumpingSession> sessions;
    private final List<DailyTotal> dailyTotals;

    private PumpingLog(List<PumpingSession> sessions) {
        this.sessions = sessions;
        this.dailyTotals = dailyTotalsOf(sessions);
    }

    /**
     * The millilitres and sessions of one calendar day, counted by the day each session started.
     *
     * @param date     the calendar day
     * @param totalMl  millilitres of the sessions started that day
     * @param sessions sessions started that day, at least one
     */
    public record DailyTotal(LocalDate date, int totalMl, int sessions) {

        public DailyTotal {
            Objects.requireNonNull(date, "date");
            if (totalMl < 0 || sessions < 1) {
                throw new IllegalArgumentException("A day has at least one session and no negative volume: "
                        + sessions + " sessions, " + totalMl + " mL");
            }
        }
    }

    /**
     * The sessions of the rolling 24 hours that end at a moment.
     *
     * @param fromExclusive    {@code at} − 24 h; a session started exactly then is <em>not</em> in the window
     * @param toInclusive      {@code at}; a session started exactly then <em>is</em> in the window
     * @param totalMl          millilitres of the sessions in the window
     * @param sessions         sessions in the window
     * @param wholeWindowLogged whether the log's first session started at or before {@code fromExclusive},
     *                         so that the whole window lies in the time the log was kept
     */
    public record RollingTotal(LocalDateTime fromExclusive, LocalDateTime toInclusive, int totalMl, int sessions,
                               boolean wholeWindowLogged) {

        public RollingTotal {
            Objects.requireNonNull(fromExclusive, "fromExclusive");
            Objects.requireNonNull(toInclusive, "toInclusive");
            if (totalMl < 0 || sessions < 0) {
                throw new IllegalArgumentException("Totals must not be negative: " + sessions + " sessions, "
                        + totalMl + " mL");
            }
        }

        /**
         * Whether the rolling rules may judge this window: the whole window is logged and at least one
         * session started in it.
         */
        public boolean isAssessable() {
            return wholeWindowLogged && sessions > 0;
        }
    }

    /**
     * The log of these sessions, which may come in any order; they are kept in start order, and sessions
     * that started at the same moment keep the order given. The log may be empty.
     */
    public static PumpingLog of(Collection<PumpingSession> sessions) {
        Objects.requireNonNull(sessions, "sessions");
        List<PumpingSession> inStartOrder = new ArrayList<>(sessions);
        inStartOrder.forEach(session -> Objects.requireNonNull(session, "session"));
        inStartOrder.sort(Comparator.comparing(PumpingSession::startedAt));
        return new PumpingLog(Collections.unmodifiableList(inStartOrder));
    }

    /** The sessions in start order; unmodifiable. */
    public List<PumpingSession> sessions() {
        return sessions;
    }

    /** One total per calendar day with at least one session, in date order; unmodifiable. */
    public List<DailyTotal> dailyTotals() {
        return dailyTotals;
    }

    /** The sessions that started in ({@code at} − 24 h, {@code at}], and whether the whole window is logged. */
    public RollingTotal rollingTotal(LocalDateTime at) {
        Objects.requireNonNull(at, "at");
        LocalDateTime from = at.minusHours(ROLLING_WINDOW_HOURS);
        int totalMl = 0;
        int count = 0;
        for (PumpingSession session : sessions) {
            LocalDateTime started = session.startedAt();
            if (started.isAfter(from) && !started.isAfter(at)) {
                totalMl = Math.addExact(totalMl, session.totalMl());
                count++;
            }
        }
        boolean wholeWindowLogged = !sessions.isEmpty() && !sessions.get(0).startedAt().isAfter(from);
        return new RollingTotal(from, at, totalMl, count, wholeWindowLogged);
    }

    /** {@link #band(LocalDateTime, PumpingThresholds)} with {@link PumpingThresholds#DEFAULTS}. */
    public Optional<VolumeBandType> band(LocalDateTime at) {
        return band(at, PumpingThresholds.DEFAULTS);
    }

    /**
     * The band of the rolling 24-hour total at {@code at}; empty unless the window is
     * {@link RollingTotal#isAssessable() assessable}.
     */
    public Optional<VolumeBandType> band(LocalDateTime at, PumpingThresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        RollingTotal rolling = rollingTotal(at);
        return rolling.isAssessable()
                ? Optional.of(VolumeBandType.of(rolling.totalMl(), thresholds)) : Optional.empty();
    }

    /** {@link #cameToVolume(LocalDate, PumpingThresholds)} with {@link PumpingThresholds#DEFAULTS}. */
    public boolean cameToVolume(LocalDate birthDate) {
        return cameToVolume(birthDate, PumpingThresholds.DEFAULTS);
    }

    /**
     * Whether some calendar day from day 0 (the birth date) to day 14 (default) after birth gave more than
     * 500 mL (default), counting every session in the log.
     */
    public boolean cameToVolume(LocalDate birthDate, PumpingThresholds thresholds) {
        Objects.requireNonNull(thresholds, "thresholds");
        return daysCountingForVolume(birthDate, thresholds, LocalDateTime.MAX).stream()
                .anyMatch(day -> day.totalMl() > thresholds.comingToVolumeAboveMl());
    }

    /**
     * The flags the log raises at {@code at}, judged only on the sessions started at or before {@code at}, in
     * declaration order; unmodifiable.
     * <ul>
     *   <li>{@link PumpingFlagType#FEWER_THAN_8_SESSIONS}: the purpose is to establish or build supply, the
     *       rolling window is assessable and holds fewer than {@link PumpingThresholds#minSessionsPer24h()}
     *       sessions (7 is flagged, 8 is not).</li>
     *   <li>{@link PumpingFlagType#LOW_VOLUME}: the rolling window is assessable and its total is in the
     *       {@link VolumeBandType#LOW} band, whatever the purpose.</li>
     *   <li>{@link PumpingFlagType#NOT_COMING_TO_VOLUME}: {@code at} is on or after day 14 (default) after
     *       birth, the log has at least one session from day 0 to day 14 started by {@code at}, and no such
     *       day gave more than 500 mL (default). On day 14 itself the flag speaks of the day so far and goes
     *       once that day passes 500 mL. A log with nothing up to day 14 raises nothing: a mother who starts
     *       pumping at three months for her return to work has not failed to come to volume.</li>
     * </ul>
     */
    public Set<PumpingFlagType> flags(LocalDateTime at, LocalDate birthDate, PumpingPurposeType purpose,
                                     PumpingThresholds thresholds) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(thresholds, "thresholds");
        Set<PumpingFlagType> flags = EnumSet.noneOf(PumpingFlagType.class);

        RollingTotal rolling = rollingTotal(at);
        if (rolling.isAssessable()) {
            if (purpose.needsFrequentPumping() && rolling.sessions() < thresholds.minSessionsPer24h()) {
                flags.add(PumpingFlagType.FEWER_THAN_8_SESSIONS);
            }
            if (VolumeBandType.of(rolling.totalMl(), thresholds) == VolumeBandType.LOW) {
                flags.add(PumpingFlagType.LOW_VOLUME);
            }
        }

        long dayOfAt = ChronoUnit.DAYS.between(birthDate, at.toLocalDate());
        if (dayOfAt >= thresholds.comingToVolumeByDayPostpartum()) {
            List<DailyTotal> days = daysCountingForVolume(birthDate, thresholds, at);
            if (!days.isEmpty() && days.stream().noneMatch(day -> day.totalMl() > thresholds.comingToVolumeAboveMl())) {
                flags.add(PumpingFlagType.NOT_COMING_TO_VOLUME);
            }
        }
        return Collections.unmodifiableSet(flags);
    }

    /** The daily totals of day 0 to the last day that counts for coming to volume, of sessions started by {@code upTo}. */
    private List<DailyTotal> daysCountingForVolume(LocalDate birthDate, PumpingThresholds thresholds,
                                                   LocalDateTime upTo) {
        Objects.requireNonNull(birthDate, "birthDate");
        LocalDate lastDay = birthDate.plusDays(thresholds.comingToVolumeByDayPostpartum());
        List<PumpingSession> counting = sessions.stream()
                .filter(session -> !session.startedAt().isAfter(upTo))
                .filter(session -> {
                    LocalDate day = session.startedAt().toLocalDate();
                    return !day.isBefore(birthDate) && !day.isAfter(lastDay);
                })
                .toList();
        return dailyTotalsOf(counting);
    }

    /** Daily totals of sessions already in start order. */
    private static List<DailyTotal> dailyTotalsOf(List<PumpingSession> inStartOrder) {
        List<DailyTotal> totals = new ArrayList<>();
        LocalDate date = null;
        int totalMl = 0;
        int count = 0;
        for (PumpingSession session : inStartOrder) {
            LocalDate day = session.startedAt().toLocalDate();
            if (!day.equals(date)) {
                if (date != null) {
                    totals.add(new DailyTotal(date, totalMl, count));
                }
                date = day;
                totalMl = 0;
                count = 0;
            }
            totalMl = Math.addExact(totalMl, session.totalMl());
            count++;
        }
        if (date != null) {
            totals.add(new DailyTotal(date, totalMl, count));
        }
        return Collections.unmodifiableList(totals);
    }
}
