package org.lactationclinic.domain.pumping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lactationclinic.domain.dyad.PumpingPurposeType.BUILD_SUPPLY;
import static org.lactationclinic.domain.dyad.PumpingPurposeType.ESTABLISH_SUPPLY;
import static org.lactationclinic.domain.dyad.PumpingPurposeType.MAINTAIN;
import static org.lactationclinic.domain.dyad.PumpingPurposeType.OCCASIONAL;
import static org.lactationclinic.domain.pumping.PumpingFlagType.FEW_PUMPING_SESSIONS;
import static org.lactationclinic.domain.pumping.PumpingFlagType.LOW_VOLUME;
import static org.lactationclinic.domain.pumping.PumpingFlagType.NOT_YET_AT_VOLUME;
import static org.lactationclinic.domain.pumping.PumpingFlagType.PURPOSE_NOT_RECORDED;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.dyad.PumpingPurposeType;
import org.lactationclinic.domain.pumping.PumpingLog.DailyTotal;
import org.lactationclinic.domain.pumping.PumpingLog.RollingTotal;

/** Daily and rolling totals, bands, coming to volume and the flags of clinical-reference.md, section 3. */
class PumpingLogTest {

    private static final PumpingThresholds DEFAULTS = PumpingThresholds.DEFAULTS;

    /** A moment for the rolling rules (judged with no baby on record, so the volume rule stays silent). */
    private static final LocalDateTime AT = LocalDateTime.of(2025, 5, 10, 8, 0);
    /** A birth date for the coming-to-volume rules; day n after birth is {@code BIRTH.plusDays(n)}. */
    private static final LocalDate BIRTH = LocalDate.of(2025, 3, 1);

    private static PumpingSession session(LocalDateTime startedAt, int ml) {
        return PumpingSession.combined(startedAt, 20, ml);
    }

    private static LocalDateTime dayAfterBirth(int day, int hour, int minute) {
        return BIRTH.plusDays(day).atTime(hour, minute);
    }

    /**
     * A log whose whole window before {@link #AT} is logged: a session exactly 24 hours before {@code AT} (which is
     * itself outside the window), then {@code count} sessions two hours apart ending at {@code AT}, together giving
     * {@code totalMl}.
     */
    private static PumpingLog coveredLog(int count, int totalMl) {
        List<PumpingSession> sessions = new ArrayList<>();
        sessions.add(session(AT.minusHours(24), 100));
        for (int i = 0; i < count; i++) {
            int ml = totalMl / count + (i == 0 ? totalMl % count : 0);
            sessions.add(session(AT.minusHours(2L * i), ml));
        }
        return PumpingLog.of(sessions);
    }

    /** The rolling flags with no baby on record, so that only the sessions and band rules speak. */
    private static Set<PumpingFlagType> rollingFlags(PumpingLog log, PumpingPurposeType purpose) {
        return log.flags(AT, null, purpose, DEFAULTS);
    }

    // --- sessions and daily totals ---------------------------------------------------------------------------

    @Test
    void sessions_shouldBeInStartOrderWhateverTheOrderGiven() {
        PumpingSession late = session(AT, 50);
        PumpingSession early = session(AT.minusHours(5), 60);

        assertEquals(List.of(early, late), PumpingLog.of(List.of(late, early)).sessions());
    }

    @Test
    void dailyTotals_shouldCountASessionForTheDayItStarted() {
        LocalDate day = LocalDate.of(2025, 3, 10);
        // 30 minutes from 23:50 runs past midnight, yet all of it counts for the day it started
        PumpingSession beforeMidnight = PumpingSession.combined(day.atTime(23, 50), 30, 120);
        PumpingSession afterMidnight = session(day.plusDays(1).atTime(0, 5), 80);

        List<DailyTotal> totals =
                PumpingLog.of(List.of(afterMidnight, beforeMidnight)).dailyTotals();

        assertEquals(List.of(new DailyTotal(day, 120, 1), new DailyTotal(day.plusDays(1), 80, 1)), totals);
    }

    @Test
    void dailyTotals_shouldCountMidnightItselfForTheNewDay() {
        LocalDate day = LocalDate.of(2025, 3, 10);

        List<DailyTotal> totals = PumpingLog.of(List.of(session(day.plusDays(1).atStartOfDay(), 70)))
                .dailyTotals();

        assertEquals(List.of(new DailyTotal(day.plusDays(1), 70, 1)), totals);
    }

    @Test
    void dailyTotals_shouldAddTheSessionsOfADayGivenInAnyOrder() {
        LocalDate day = LocalDate.of(2025, 3, 10);
        List<PumpingSession> sessions = List.of(
                session(day.plusDays(1).atTime(9, 0), 30),
                PumpingSession.perSide(day.atTime(6, 0), 20, 60, 50),
                session(day.atTime(23, 50), 90),
                PumpingSession.perSide(day.atTime(12, 0), 15, 40, null));

        List<DailyTotal> totals = PumpingLog.of(sessions).dailyTotals();

        assertEquals(List.of(new DailyTotal(day, 240, 3), new DailyTotal(day.plusDays(1), 30, 1)), totals);
    }

    @Test
    void dailyTotals_shouldLeaveOutADayWithoutSessions() {
        LocalDate day = LocalDate.of(2025, 3, 10);

        List<DailyTotal> totals = PumpingLog.of(List.of(
                        session(day.atTime(8, 0), 100), session(day.plusDays(2).atTime(8, 0), 110)))
                .dailyTotals();

        assertEquals(List.of(new DailyTotal(day, 100, 1), new DailyTotal(day.plusDays(2), 110, 1)), totals);
    }

    @Test
    void dailyTotals_shouldBeEmptyForAnEmptyLog() {
        assertEquals(List.of(), PumpingLog.of(List.of()).dailyTotals());
    }

    @Test
    void dailyTotals_shouldBeUnmodifiable() {
        List<DailyTotal> totals = PumpingLog.of(List.of(session(AT, 10))).dailyTotals();

        assertThrows(UnsupportedOperationException.class, () -> totals.add(new DailyTotal(AT.toLocalDate(), 1, 1)));
    }

    // --- rolling 24 hours ------------------------------------------------------------------------------------

    @Test
    void rollingTotal_shouldLeaveOutASessionStartedExactly24HoursBefore() {
        PumpingLog log = PumpingLog.of(List.of(
                session(AT.minusHours(24), 100), session(AT.minusHours(24).plusMinutes(1), 60)));

        RollingTotal rolling = log.rollingTotal(AT);

        assertEquals(60, rolling.totalMl());
        assertEquals(1, rolling.sessions());
    }

    @Test
    void rollingTotal_shouldIncludeASessionStartedExactlyAtTheMoment() {
        PumpingLog log = PumpingLog.of(List.of(session(AT, 70), session(AT.plusMinutes(1), 500)));

        RollingTotal rolling = log.rollingTotal(AT);

        assertEquals(70, rolling.totalMl());
        assertEquals(1, rolling.sessions());
    }

    @Test
    void rollingTotal_shouldCountAcrossMidnight() {
        LocalDateTime at = LocalDateTime.of(2025, 5, 10, 6, 0);
        PumpingLog log = PumpingLog.of(List.of(
                session(at.minusDays(1).withHour(23).withMinute(50), 90),
                session(at.withHour(0).withMinute(5), 80),
                session(at.minusDays(1).withHour(7), 100)));

        RollingTotal rolling = log.rollingTotal(at);

        assertEquals(270, rolling.totalMl());
        assertEquals(3, rolling.sessions());
    }

    @Test
    void rollingTotal_shouldNameTheEndsOfTheWindow() {
        RollingTotal rolling = PumpingLog.of(List.of()).rollingTotal(AT);

        assertEquals(AT.minusHours(24), rolling.fromExclusive());
        assertEquals(AT, rolling.toInclusive());
        assertEquals(0, rolling.totalMl());
        assertEquals(0, rolling.sessions());
    }

    @Test
    void rollingTotal_shouldCallTheWholeWindowLoggedWhenTheLogBeganExactly24HoursBefore() {
        assertTrue(PumpingLog.of(List.of(session(AT.minusHours(24), 100), session(AT, 50)))
                .rollingTotal(AT)
                .wholeWindowLogged());
        assertFalse(PumpingLog.of(List.of(session(AT.minusHours(24).plusMinutes(1), 100), session(AT, 50)))
                .rollingTotal(AT)
                .wholeWindowLogged());
        assertFalse(PumpingLog.of(List.of()).rollingTotal(AT).wholeWindowLogged());
    }

    @Test
    void rollingTotal_shouldBeAssessableOnlyWhenTheWholeWindowIsLoggedAndHoldsASession() {
        assertTrue(coveredLog(1, 100).rollingTotal(AT).isAssessable());
        assertFalse(PumpingLog.of(List.of(session(AT.minusHours(3), 100)))
                .rollingTotal(AT)
                .isAssessable());
        assertFalse(PumpingLog.of(List.of(session(AT.minusHours(30), 100)))
                .rollingTotal(AT)
                .isAssessable());
    }

    // --- bands -----------------------------------------------------------------------------------------------

    @Test
    void band_shouldBeLowAt339AndBorderlineAt340Millilitres() {
        assertEquals(Optional.of(VolumeBandType.LOW), coveredLog(4, 339).band(AT));
        assertEquals(Optional.of(VolumeBandType.BORDERLINE), coveredLog(4, 340).band(AT));
    }

    @Test
    void band_shouldBeBorderlineAt738AndFullAt739Millilitres() {
        assertEquals(Optional.of(VolumeBandType.BORDERLINE), coveredLog(8, 738).band(AT));
        assertEquals(Optional.of(VolumeBandType.FULL), coveredLog(8, 739).band(AT));
    }

    @Test
    void band_shouldUseTheClinicsThresholds() {
        PumpingThresholds clinic = new PumpingThresholds(400, 800, 8, 500, 14);

        assertEquals(Optional.of(VolumeBandType.LOW), coveredLog(8, 399).band(AT, clinic));
        assertEquals(Optional.of(VolumeBandType.BORDERLINE), coveredLog(8, 739).band(AT, clinic));
    }

    @Test
    void band_shouldBeEmptyWhenTheLogBeganInsideTheWindow() {
        PumpingLog startedThisMorning = PumpingLog.of(List.of(session(AT.minusHours(3), 60), session(AT, 60)));

        assertEquals(Optional.empty(), startedThisMorning.band(AT));
    }

    @Test
    void band_shouldBeEmptyWhenNoSessionStartedInTheWindow() {
        PumpingLog stoppedLogging =
                PumpingLog.of(List.of(session(AT.minusDays(3), 900), session(AT.minusHours(24), 900)));

        assertEquals(Optional.empty(), stoppedLogging.band(AT));
    }

    // --- flags: frequency ------------------------------------------------------------------------------------

    @Test
    void flags_shouldFlagSevenSessionsButNotEightWhileEstablishingSupply() {
        assertEquals(Set.of(FEW_PUMPING_SESSIONS), rollingFlags(coveredLog(7, 700), ESTABLISH_SUPPLY));
        assertEquals(Set.of(), rollingFlags(coveredLog(8, 700), ESTABLISH_SUPPLY));
    }

    @Test
    void flags_shouldFlagSevenSessionsWhileBuildingSupply() {
        assertEquals(Set.of(FEW_PUMPING_SESSIONS), rollingFlags(coveredLog(7, 700), BUILD_SUPPLY));
    }

    @Test
    void flags_shouldNotFlagFrequencyWhenMaintainingOrPumpingOccasionally() {
        assertEquals(Set.of(), rollingFlags(coveredLog(7, 700), MAINTAIN));
        assertEquals(Set.of(), rollingFlags(coveredLog(1, 700), OCCASIONAL));
    }

    @Test
    void flags_shouldNotCountTheSessionExactly24HoursBefore() {
        // eight sessions 3 hours apart, the first exactly 24 hours before AT; one more at AT - 30 h logs the whole
        // window
        List<PumpingSession> sessions = new ArrayList<>();
        sessions.add(session(AT.minusHours(30), 100));
        for (int i = 0; i < 8; i++) {
            sessions.add(session(AT.minusHours(24).plusHours(3L * i), 100));
        }
        PumpingLog log = PumpingLog.of(sessions);

        // at AT the first of the eight is out of the window: seven sessions; a minute earlier all eight are in
        assertEquals(7, log.rollingTotal(AT).sessions());
        assertEquals(Set.of(FEW_PUMPING_SESSIONS), log.flags(AT, null, ESTABLISH_SUPPLY, DEFAULTS));
        assertEquals(8, log.rollingTotal(AT.minusMinutes(1)).sessions());
        assertEquals(Set.of(), log.flags(AT.minusMinutes(1), null, ESTABLISH_SUPPLY, DEFAULTS));
    }

    @Test
    void flags_shouldUseTheClinicsMinimumSessions() {
        PumpingThresholds tenSessions = new PumpingThresholds(340, 739, 10, 500, 14);

        assertEquals(Set.of(FEW_PUMPING_SESSIONS), coveredLog(9, 900).flags(AT, null, ESTABLISH_SUPPLY, tenSessions));
        assertEquals(Set.of(), coveredLog(10, 900).flags(AT, null, ESTABLISH_SUPPLY, tenSessions));
    }

    // --- flags: volume ---------------------------------------------------------------------------------------

    @Test
    void flags_shouldFlagLowVolumeAt339ButNot340Millilitres() {
        assertEquals(Set.of(LOW_VOLUME), rollingFlags(coveredLog(8, 339), MAINTAIN));
        assertEquals(Set.of(), rollingFlags(coveredLog(8, 340), MAINTAIN));
    }

    @Test
    void flags_shouldFlagLowVolumeWhateverThePurpose() {
        for (PumpingPurposeType purpose : PumpingPurposeType.values()) {
            assertTrue(rollingFlags(coveredLog(8, 200), purpose).contains(LOW_VOLUME), purpose.name());
        }
    }

    @Test
    void flags_shouldRaiseBothRollingFlagsTogether() {
        assertEquals(Set.of(FEW_PUMPING_SESSIONS, LOW_VOLUME), rollingFlags(coveredLog(6, 300), BUILD_SUPPLY));
    }

    @Test
    void flags_shouldRaiseNoRollingFlagWhenTheLogBeganInsideTheWindow() {
        PumpingLog startedThisMorning = PumpingLog.of(List.of(session(AT.minusHours(3), 60), session(AT, 60)));

        assertEquals(Set.of(), rollingFlags(startedThisMorning, ESTABLISH_SUPPLY));
    }

    @Test
    void flags_shouldRaiseNoRollingFlagWhenNoSessionStartedInTheWindow() {
        PumpingLog stoppedLogging = PumpingLog.of(List.of(session(AT.minusDays(2), 60)));

        assertEquals(Set.of(), rollingFlags(stoppedLogging, ESTABLISH_SUPPLY));
    }

    @Test
    void flags_shouldIgnoreSessionsAfterTheMoment() {
        PumpingLog log = coveredLog(8, 339);
        List<PumpingSession> withLater = new ArrayList<>(log.sessions());
        withLater.add(session(AT.plusMinutes(1), 500));

        assertEquals(Set.of(LOW_VOLUME), rollingFlags(PumpingLog.of(withLater), ESTABLISH_SUPPLY));
    }

    // --- flags: not yet at volume (from day 14, a day or window below 500 mL) ---------------------------------

    /** Days 1-13 after birth at 600 mL a day: at volume before day 14, which no longer excuses a later low day. */
    private static List<PumpingSession> goodFirstTwoWeeks() {
        List<PumpingSession> sessions = new ArrayList<>();
        for (int day = 1; day <= 13; day++) {
            sessions.add(session(dayAfterBirth(day, 6, 0), 600));
        }
        return sessions;
    }

    /** The rolling flags of a log whose last 24 hours before {@code at} hold one session of {@code ml}. */
    private static Set<PumpingFlagType> volumeFlags(int ml, LocalDateTime at) {
        List<PumpingSession> sessions = new ArrayList<>(goodFirstTwoWeeks().stream()
                .filter(early -> early.startedAt().isBefore(at.minusHours(24)))
                .toList());
        sessions.add(session(at.minusHours(24), 600)); // the whole window logged; this one is just out of it
        sessions.add(session(at.minusHours(1), ml));
        return PumpingLog.of(sessions).flags(at, BIRTH, OCCASIONAL, DEFAULTS);
    }

    @Test
    void flags_shouldFlag499ButNot500MillilitresFromDay14() {
        assertEquals(Set.of(NOT_YET_AT_VOLUME), volumeFlags(499, dayAfterBirth(14, 12, 0)));
        assertEquals(Set.of(), volumeFlags(500, dayAfterBirth(14, 12, 0)));
    }

    @Test
    void flags_shouldNotFlagALowDayBeforeDay14() {
        assertEquals(Set.of(), volumeFlags(400, dayAfterBirth(13, 23, 59)));
        assertEquals(Set.of(NOT_YET_AT_VOLUME), volumeFlags(400, dayAfterBirth(14, 0, 0)));
    }

    @Test
    void flags_shouldFlagLowOutputAtThreeWeeksWhateverCameBefore() {
        // the case: at volume in the first two weeks, 450 mL a day at three weeks
        assertEquals(Set.of(NOT_YET_AT_VOLUME), volumeFlags(450, dayAfterBirth(21, 12, 0)));
        assertEquals(Set.of(NOT_YET_AT_VOLUME), volumeFlags(450, dayAfterBirth(90, 12, 0)));
    }

    @Test
    void flags_shouldRaiseNoVolumeRuleWithoutABirthDate() {
        assertEquals(Set.of(), coveredLog(8, 400).flags(AT, null, MAINTAIN, DEFAULTS));
    }

    @Test
    void flags_shouldUseTheClinicsComingToVolumeDayAndVolume() {
        PumpingThresholds clinic = new PumpingThresholds(340, 739, 8, 600, 21);
        List<PumpingSession> sessions = goodFirstTwoWeeks();
        sessions.add(session(dayAfterBirth(20, 6, 0), 550));
        sessions.add(session(dayAfterBirth(21, 6, 0), 599));
        sessions.add(session(dayAfterBirth(22, 6, 0), 600));
        PumpingLog log = PumpingLog.of(sessions);

        assertEquals(Set.of(), log.flags(dayAfterBirth(20, 23, 0), BIRTH, OCCASIONAL, clinic));
        assertEquals(Set.of(NOT_YET_AT_VOLUME), log.flags(dayAfterBirth(21, 23, 0), BIRTH, OCCASIONAL, clinic));
        assertEquals(Set.of(), log.flags(dayAfterBirth(22, 23, 0), BIRTH, OCCASIONAL, clinic));
    }

    // --- flags: no reason for pumping recorded ---------------------------------------------------------------

    @Test
    void flags_shouldSayThePurposeIsMissingInsteadOfAssumingOne() {
        assertEquals(Set.of(PURPOSE_NOT_RECORDED), rollingFlags(coveredLog(7, 700), null));
        assertEquals(Set.of(), rollingFlags(coveredLog(8, 700), null));
    }

    // --- flags: all together and refusals --------------------------------------------------------------------

    @Test
    void flags_shouldRaiseEveryFlagForARareLowPumperAfterDay14() {
        // day 14 at 08:00: since 08:00 yesterday 2 sessions, 200 mL
        List<PumpingSession> sessions = goodFirstTwoWeeks();
        sessions.add(session(dayAfterBirth(13, 14, 0), 100));
        sessions.add(session(dayAfterBirth(14, 2, 0), 100));

        assertEquals(
                Set.of(FEW_PUMPING_SESSIONS, LOW_VOLUME, NOT_YET_AT_VOLUME),
                PumpingLog.of(sessions).flags(dayAfterBirth(14, 8, 0), BIRTH, ESTABLISH_SUPPLY, DEFAULTS));
    }

    @Test
    void flags_shouldBeUnmodifiable() {
        Set<PumpingFlagType> flags = rollingFlags(coveredLog(1, 10), ESTABLISH_SUPPLY);

        assertThrows(UnsupportedOperationException.class, () -> flags.add(NOT_YET_AT_VOLUME));
    }

    @Test
    void flags_shouldRefuseAMissingMomentOrThresholds() {
        PumpingLog log = coveredLog(8, 800);

        assertThrows(NullPointerException.class, () -> log.flags(null, BIRTH, MAINTAIN, DEFAULTS));
        assertThrows(NullPointerException.class, () -> log.flags(AT, BIRTH, MAINTAIN, null));
    }

    // --- every day of the log --------------------------------------------------------------------------------

    /**
     * Two days after birth day 20 and 21: 7 sessions of 60 mL (420 mL), then 8 of 80 mL (640 mL); today day 22, one
     * session.
     */
    private static PumpingLog threeDays() {
        List<PumpingSession> sessions = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            sessions.add(session(dayAfterBirth(20, 1 + 3 * i, 0), 60));
        }
        for (int i = 0; i < 8; i++) {
            sessions.add(session(dayAfterBirth(21, 1 + 2 * i, 30), 80));
        }
        sessions.add(session(dayAfterBirth(22, 2, 0), 90));
        return PumpingLog.of(sessions);
    }

    @Test
    void days_shouldJudgeEveryPastDayNotOnlyTheLast24Hours() {
        List<PumpingLog.Day> days = threeDays().days(dayAfterBirth(22, 9, 0), BIRTH, BUILD_SUPPLY, DEFAULTS);

        assertEquals(3, days.size());
        assertEquals(VolumeBandType.BORDERLINE, days.get(0).band());
        assertEquals(
                Set.of(FEW_PUMPING_SESSIONS, NOT_YET_AT_VOLUME), days.get(0).flags());
        assertEquals(20L, days.get(0).dayAfterBirth());
        assertEquals(VolumeBandType.BORDERLINE, days.get(1).band());
        assertEquals(Set.of(), days.get(1).flags());
    }

    @Test
    void days_shouldLeaveTheDayInProgressUnjudged() {
        PumpingLog.Day today = threeDays()
                .days(dayAfterBirth(22, 9, 0), BIRTH, BUILD_SUPPLY, DEFAULTS)
                .get(2);

        assertFalse(today.complete());
        assertEquals(null, today.band());
        assertEquals(Set.of(), today.flags());
        assertEquals(90, today.total().totalMl());
    }

    @Test
    void days_shouldCallADayCompleteFromMidnightAfterIt() {
        List<PumpingLog.Day> atMidnight = threeDays().days(dayAfterBirth(22, 0, 0), BIRTH, BUILD_SUPPLY, DEFAULTS);
        List<PumpingLog.Day> aMinuteBefore = threeDays().days(dayAfterBirth(21, 23, 59), BIRTH, BUILD_SUPPLY, DEFAULTS);

        assertTrue(atMidnight.get(1).complete());
        assertEquals(2, atMidnight.size()); // today's 02:00 session has not started yet
        assertFalse(aMinuteBefore.get(1).complete());
    }

    @Test
    void days_shouldFlagADayBelow340AsLowAndADayBelow500FromDay14() {
        List<PumpingSession> sessions = List.of(
                session(dayAfterBirth(15, 8, 0), 339),
                session(dayAfterBirth(16, 8, 0), 340),
                session(dayAfterBirth(17, 8, 0), 499),
                session(dayAfterBirth(18, 8, 0), 500));
        List<PumpingLog.Day> days = PumpingLog.of(sessions).days(dayAfterBirth(19, 8, 0), BIRTH, OCCASIONAL, DEFAULTS);

        assertEquals(Set.of(LOW_VOLUME, NOT_YET_AT_VOLUME), days.get(0).flags());
        assertEquals(Set.of(NOT_YET_AT_VOLUME), days.get(1).flags());
        assertEquals(Set.of(NOT_YET_AT_VOLUME), days.get(2).flags());
        assertEquals(Set.of(), days.get(3).flags());
    }

    @Test
    void days_shouldNotJudgeAntenatalDaysForVolume() {
        List<PumpingLog.Day> days = PumpingLog.of(List.of(session(dayAfterBirth(-3, 8, 0), 5)))
                .days(dayAfterBirth(20, 8, 0), BIRTH, OCCASIONAL, DEFAULTS);

        assertEquals(-3L, days.get(0).dayAfterBirth());
        assertEquals(Set.of(LOW_VOLUME), days.get(0).flags());
    }

    @Test
    void days_shouldSayThePurposeIsMissingForADayWithFewSessions() {
        PumpingLog.Day first =
                threeDays().days(dayAfterBirth(22, 9, 0), null, null, DEFAULTS).get(0);

        assertEquals(Set.of(PURPOSE_NOT_RECORDED), first.flags());
        assertEquals(null, first.dayAfterBirth());
    }

    @Test
    void dailyTotal_shouldGiveTheMeanPerSessionAndOunces() {
        DailyTotal day = new DailyTotal(BIRTH, 310, 4);

        assertEquals(new java.math.BigDecimal("77.5"), day.meanPerSessionMl());
        assertEquals(new java.math.BigDecimal("10.5"), day.totalOz()); // 310 / 29.5735 = 10.48
        assertEquals(new java.math.BigDecimal("33.3"), new DailyTotal(BIRTH, 100, 3).meanPerSessionMl());
        assertEquals(new java.math.BigDecimal("66.7"), new DailyTotal(BIRTH, 200, 3).meanPerSessionMl());
    }

    // --- change between two days ----------------------------------------------------------------------------

    @Test
    void change_shouldGiveMillilitresAndPercentOfTheFirstDay() {
        PumpingLog.DayChange change =
                threeDays().change(BIRTH.plusDays(20), BIRTH.plusDays(21)).orElseThrow();

        assertEquals(220, change.changeMl());
        assertEquals(new java.math.BigDecimal("52.4"), change.changePercent().orElseThrow()); // 220 / 420 = 52.38 %
    }

    @Test
    void change_shouldBeNegativeWhenSheDropped() {
        PumpingLog.DayChange change =
                threeDays().change(BIRTH.plusDays(21), BIRTH.plusDays(20)).orElseThrow();

        assertEquals(-220, change.changeMl());
        assertEquals(new java.math.BigDecimal("-34.4"), change.changePercent().orElseThrow()); // -220 / 640 = -34.375 %
    }

    @Test
    void change_shouldHaveNoPercentFromADayOfNothing() {
        PumpingLog log =
                PumpingLog.of(List.of(session(dayAfterBirth(1, 8, 0), 0), session(dayAfterBirth(2, 8, 0), 20)));

        assertEquals(
                20,
                log.change(BIRTH.plusDays(1), BIRTH.plusDays(2)).orElseThrow().changeMl());
        assertEquals(
                Optional.empty(),
                log.change(BIRTH.plusDays(1), BIRTH.plusDays(2)).orElseThrow().changePercent());
    }

    @Test
    void change_shouldBeEmptyForADayNotLogged() {
        assertEquals(Optional.empty(), threeDays().change(BIRTH.plusDays(19), BIRTH.plusDays(21)));
    }

    @Test
    void of_shouldRefuseAMissingSession() {
        List<PumpingSession> sessions = new ArrayList<>();
        sessions.add(null);

        assertThrows(NullPointerException.class, () -> PumpingLog.of(sessions));
    }
}
