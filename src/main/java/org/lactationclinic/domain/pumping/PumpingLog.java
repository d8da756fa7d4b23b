package org.lactationclinic.domain.pumping;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.lactationclinic.domain.dyad.PumpingPurposeType;

/**
 * One mother's pumping log, with the totals and flags of clinical-reference.md, section 3. The log holds the sessions
 * as she wrote them down; every total, band and flag is computed from them again on each call.
 *
 * <p>Definitions, each chosen so a figure means the same on every page and in every letter:
 *
 * <ul>
 *   <li><b>Which day a session belongs to</b>: the calendar day it <em>started</em>, in local time. A session started
 *       at 23:50 counts for that day, all of it, even when it runs past midnight; one started at 00:05 counts for the
 *       next day. The same holds for the rolling window: a session belongs to it when its start does.
 *   <li><b>Daily total</b> ({@link #dailyTotals()}): the millilitres and sessions of one calendar day, for the days
 *       with at least one session only. A day without sessions is left out rather than shown as 0 mL: the log cannot
 *       tell a day she did not pump from a day she did not write down.
 *   <li><b>Rolling 24 hours</b> ({@link #rollingTotal(LocalDateTime)}): the sessions that started in ({@code at} − 24
 *       h, {@code at}], that is <em>after</em> the moment exactly 24 hours before {@code at} and <em>at or before</em>
 *       {@code at}. A session started exactly 24 hours earlier is out, one started exactly at {@code at} is in: the
 *       window is exactly 24 hours long, so a mother who pumps at 08:00 every day has one 08:00 session in it, never
 *       two. Sessions after {@code at} are never in it, so the figures at a past moment are the ones the consultant saw
 *       then. Hours are clock hours of local time: on the night the clocks change the window holds 23 or 25 real hours.
 *   <li><b>Whole window logged</b>: the log's first session started at or before {@code at} − 24 h, so the whole window
 *       lies in the time she was keeping the log. The rolling rules (the {@link #band(LocalDateTime, PumpingThresholds)
 *       band}, {@link PumpingFlagType#FEW_PUMPING_SESSIONS} and {@link PumpingFlagType#LOW_VOLUME}) speak only when the
 *       whole window is logged <em>and</em> at least one session started in it ({@link RollingTotal#isAssessable()}).
 *       Otherwise a log begun this morning would show three sessions and 180 mL as a low supply pumped too rarely, and
 *       a log she stopped keeping a week ago would show 0 mL; both say nothing about a whole day.
 *   <li><b>Day after birth</b>: calendar days from the birth date, birth = day 0, as for the infant's day of life.
 *       Sessions before birth (antenatal expression) appear in the daily totals but are never judged for coming to
 *       volume.
 *   <li><b>Every day judged</b> ({@link #days}): each calendar day of the log has its total (mL and oz), its sessions,
 *       its mean per session, its band and its flags, by the same rules as the rolling 24 hours. A day is judged once
 *       it is over: the day in progress at {@code at} shows what was logged so far, with no band and no flag, because
 *       three morning sessions are not a low day. Days without sessions are not listed (see above).
 *   <li><b>Not yet at volume</b> (reference, section 3, "Coming to volume",
 *       {@value PumpingThresholds#COMING_TO_VOLUME_SOURCE}): from day 14 (default) after birth on, a day whose total is
 *       below 500 mL (default) is flagged, for as long as it lasts, whatever happened before day 14: a mother who
 *       reached 600 mL on day 10 and pumps 350 mL at three weeks is flagged again. Before day 14 nothing is flagged:
 *       her milk is still coming in.
 *   <li><b>The sessions rule needs her reason</b>: with the reason she pumps not recorded, a day (or window) with fewer
 *       than 8 sessions raises {@link PumpingFlagType#PURPOSE_NOT_RECORDED} ("record why she pumps") instead of
 *       assuming a reason either way (reference, section 3: "when it is not recorded, say so instead of assuming one").
 *   <li><b>Change between two days</b> ({@link #change}): the later day's total minus the earlier one's, in mL and in %
 *       of the earlier one (no % from a day of 0 mL); only between two days of the log.
 * </ul>
 *
 * The volume rules read the log as all the milk the mother removed in a day, as for a mother who pumps exclusively. A
 * mother who also feeds at the breast pumps only part of her supply, and a low pumped volume then says little about it;
 * the consultant judges that, the rules cannot see it.
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
     * @param date the calendar day
     * @param totalMl millilitres of the sessions started that day
     * @param sessions sessions started that day, at least one
     */
    public record DailyTotal(LocalDate date, int totalMl, int sessions) {

        public DailyTotal {
            Objects.requireNonNull(date, "date");
            if (totalMl < 0 || sessions < 1) {
                throw new IllegalArgumentException("A day has at least one session and no negative volume: " + sessions
                        + " sessions, " + totalMl + " mL");
            }
        }

        /** The day's total in US fluid ounces, one decimal, for display. */
        public BigDecimal totalOz() {
            return FluidOunces.ofMillilitres(totalMl);
        }

        /** Millilitres per session, half-up to one decimal (310 mL in 4 sessions is 77.5 mL). */
        public BigDecimal meanPerSessionMl() {
            return BigDecimal.valueOf(totalMl).divide(BigDecimal.valueOf(sessions), 1, RoundingMode.HALF_UP);
        }
    }

    /**
     * The sessions of the rolling 24 hours that end at a moment.
     *
     * @param fromExclusive {@code at} − 24 h; a session started exactly then is <em>not</em> in the window
     * @param toInclusive {@code at}; a session started exactly then <em>is</em> in the window
     * @param totalMl millilitres of the sessions in the window
     * @param sessions sessions in the window
     * @param wholeWindowLogged whether the log's first session started at or before {@code fromExclusive}, so that the
     *     whole window lies in the time the log was kept
     */
    public record RollingTotal(
            LocalDateTime fromExclusive,
            LocalDateTime toInclusive,
            int totalMl,
            int sessions,
            boolean wholeWindowLogged) {

        public RollingTotal {
            Objects.requireNonNull(fromExclusive, "fromExclusive");
            Objects.requireNonNull(toInclusive, "toInclusive");
            if (totalMl < 0 || sessions < 0) {
                throw new IllegalArgumentException(
                        "Totals must not be negative: " + sessions + " sessions, " + totalMl + " mL");
            }
        }

        /**
         * Whether the rolling rules may judge this window: the whole window is logged and at least one session started
         * in it.
         */
        public boolean isAssessable() {
            return wholeWindowLogged && sessions > 0;
        }
    }

    /**
     * The log of these sessions, which may come in any order; they are kept in start order, and sessions that started
     * at the same moment keep the order given. The log may be empty.
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
        boolean wholeWindowLogged =
                !sessions.isEmpty() && !sessions.get(0).startedAt().isAfter(from);
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
                ? Optional.of(VolumeBandType.of(rolling.totalMl(), thresholds))
                : Optional.empty();
    }

    /**
     * One calendar day of the log as the rules judge it.
     *
     * @param total the day's millilitres and sessions
     * @param dayAfterBirth the day after birth (birth = day 0), or null when no birth date is known
     * @param complete whether the day was over at the moment judged; a day in progress has no band and no flags
     * @param band the band of the day's total; null while the day is in progress
     * @param flags the day's flags in declaration order; empty while the day is in progress
     */
    public record Day(
            DailyTotal total, Long dayAfterBirth, boolean complete, VolumeBandType band, Set<PumpingFlagType> flags) {

        public Day {
            Objects.requireNonNull(total, "total");
            flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        }

        public LocalDate date() {
            return total.date();
        }
    }

    /**
     * The change from one logged day to another.
     *
     * @param from the earlier day (as chosen; it may also be the later one)
     * @param to the day compared with it
     */
    public record DayChange(DailyTotal from, DailyTotal to) {

        public DayChange {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        /** {@code to} minus {@code from}, in millilitres: negative when she pumped less. */
        public int changeMl() {
            return to.totalMl() - from.totalMl();
        }

        /**
         * The change in % of {@code from}'s total, half-up to one decimal for display (600 to 450 mL is -25.0 %); empty
         * when {@code from} gave 0 mL, as no percentage of nothing exists.
         */
        public Optional<BigDecimal> changePercent() {
            if (from.totalMl() == 0) {
                return Optional.empty();
            }
            return Optional.of(BigDecimal.valueOf(changeMl())
                    .multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(from.totalMl()), 1, RoundingMode.HALF_UP));
        }
    }

    /**
     * Every day of the log with a session started by {@code at}, judged as the rolling 24 hours are (see
     * {@link #flags}), in date order. Sessions after {@code at} are left out, so a past moment shows what the
     * consultant saw then; the day of {@code at} itself is in progress.
     *
     * @param birthDate day 0 for coming to volume, or null when she has no baby on record (no volume rule then)
     * @param purpose why she pumps, or null when not recorded
     */
    public List<Day> days(
            LocalDateTime at, LocalDate birthDate, PumpingPurposeType purpose, PumpingThresholds thresholds) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(thresholds, "thresholds");
        List<PumpingSession> upToAt = sessions.stream()
                .filter(session -> !session.startedAt().isAfter(at))
                .toList();
        List<Day> days = new ArrayList<>();
        for (DailyTotal total : dailyTotalsOf(upToAt)) {
            Long dayAfterBirth = birthDate == null ? null : ChronoUnit.DAYS.between(birthDate, total.date());
            boolean complete = total.date().isBefore(at.toLocalDate());
            days.add(
                    complete
                            ? new Day(
                                    total,
                                    dayAfterBirth,
                                    true,
                                    VolumeBandType.of(total.totalMl(), thresholds),
                                    judge(total.totalMl(), total.sessions(), dayAfterBirth, purpose, thresholds))
                            : new Day(total, dayAfterBirth, false, null, Set.of()));
        }
        return Collections.unmodifiableList(days);
    }

    /**
     * The change between two days of the log; empty when either has no session (the log cannot tell 0 mL from not
     * written down).
     */
    public Optional<DayChange> change(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Optional<DailyTotal> first =
                dailyTotals.stream().filter(day -> day.date().equals(from)).findFirst();
        Optional<DailyTotal> second =
                dailyTotals.stream().filter(day -> day.date().equals(to)).findFirst();
        return first.isPresent() && second.isPresent()
                ? Optional.of(new DayChange(first.get(), second.get()))
                : Optional.empty();
    }

    /**
     * The flags the rolling 24 hours ending at {@code at} raise, judged only on the sessions started at or before
     * {@code at}, in declaration order; unmodifiable. Nothing is raised unless the window is
     * {@link RollingTotal#isAssessable() assessable}. The rules are the same for a calendar day ({@link #days}):
     *
     * <ul>
     *   <li>{@link PumpingFlagType#FEW_PUMPING_SESSIONS}: the purpose is to establish or build supply and fewer than
     *       {@link PumpingThresholds#minSessionsPer24h()} sessions (7 is flagged, 8 is not).
     *   <li>{@link PumpingFlagType#PURPOSE_NOT_RECORDED}: no purpose recorded and fewer than that many sessions:
     *       whether it is too few depends on why she pumps.
     *   <li>{@link PumpingFlagType#LOW_VOLUME}: the total is in the {@link VolumeBandType#LOW} band, whatever the
     *       purpose.
     *   <li>{@link PumpingFlagType#NOT_YET_AT_VOLUME}: on or after day 14 (default) after birth (for the window: the
     *       day of {@code at}), a total below 500 mL (default): 499 mL is flagged, 500 mL is not.
     * </ul>
     *
     * @param birthDate day 0 for coming to volume, or null when she has no baby on record
     * @param purpose why she pumps, or null when not recorded
     */
    public Set<PumpingFlagType> flags(
            LocalDateTime at, LocalDate birthDate, PumpingPurposeType purpose, PumpingThresholds thresholds) {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(thresholds, "thresholds");
        RollingTotal rolling = rollingTotal(at);
        if (!rolling.isAssessable()) {
            return Set.of();
        }
        Long dayAfterBirth = birthDate == null ? null : ChronoUnit.DAYS.between(birthDate, at.toLocalDate());
        return Collections.unmodifiableSet(
                judge(rolling.totalMl(), rolling.sessions(), dayAfterBirth, purpose, thresholds));
    }

    /** The rules of section 3 applied to one day's or one window's figures. */
    private static Set<PumpingFlagType> judge(
            int totalMl, int sessions, Long dayAfterBirth, PumpingPurposeType purpose, PumpingThresholds thresholds) {
        Set<PumpingFlagType> flags = EnumSet.noneOf(PumpingFlagType.class);
        if (sessions < thresholds.minSessionsPer24h()) {
            if (purpose == null) {
                flags.add(PumpingFlagType.PURPOSE_NOT_RECORDED);
            } else if (purpose.needsFrequentPumping()) {
                flags.add(PumpingFlagType.FEW_PUMPING_SESSIONS);
            }
        }
        if (VolumeBandType.of(totalMl, thresholds) == VolumeBandType.LOW) {
            flags.add(PumpingFlagType.LOW_VOLUME);
        }
        if (dayAfterBirth != null
                && dayAfterBirth >= thresholds.comingToVolumeByDayPostpartum()
                && totalMl < thresholds.atVolumeFromMl()) {
            flags.add(PumpingFlagType.NOT_YET_AT_VOLUME);
        }
        return flags;
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
