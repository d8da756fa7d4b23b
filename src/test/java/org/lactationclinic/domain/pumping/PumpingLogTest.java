package org.lactationclinic.domain.pumping;

import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.pumping.PumpingLog.DailyTotal;
import org.lactationclinic.domain.pumping.PumpingLog.RollingTotal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lactationclinic.domain.pumping.PumpingFlagType.FEWER_THAN_8_SESSIONS;
import static org.lactationclinic.domain.pumping.PumpingFlagType.LOW_VOLUME;
import static org.lactationclinic.domain.pumping.PumpingFlagType.NOT_COMING_TO_VOLUME;
import static org.lactationclinic.domain.pumping.PumpingPurposeType.BUILD_SUPPLY;
import static org.lactationclinic.domain.pumping.PumpingPurposeType.ESTABLISH_SUPPLY;
import static org.lactationclinic.domain.pumping.PumpingPurposeType.MAINTAIN;
import static org.lactationclinic.domain.pumping.PumpingPurposeType.OCCASIONAL;

/** Daily and rolling totals, bands, coming to volume and the flags of clinical-reference.md, section 3. */
class PumpingLogTest {

    private static final PumpingThresholds DEFAULTS = PumpingThresholds.DEFAULTS;

    /** A moment long after day 14 of {@link #LONG_AGO_BIRTH}, for the rolling rules. */
    private static final LocalDateTime AT = LocalDateTime.of(2025, 5, 10, 8, 0);
    /** A birth 70 days before {@link #AT}, with no session logged up to day 14: coming to volume stays silent. */
    private static final LocalDate LONG_AGO_BIRTH = AT.toLocalDate().minusDays(70);

    /** A birth date for the coming-to-volume rules; day n after birth is {@code BIRTH.plusDays(n)}. */
    private static final LocalDate BIRTH = LocalDate.of(2025, 3, 1);

    private static PumpingSession session(LocalDateTime startedAt, int ml) {
        return PumpingSession.combined(startedAt, 20, ml);
    }

    private static LocalDateTime dayAfterBirth(int day, int hour, int minute) {
        return BIRTH.plusDays(day).atTime(hour, minute);
    }

    /**
     * A log whose whole window before {@link #AT} is logged: a session exactly 24 hours before {@code AT}
     * (which is itself outside the window), then {@code count} sessions two hours apart ending at {@code AT},
     * together giving {@code totalMl}.
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

    private static Set<PumpingFlagType> rollingFlags(PumpingLog log, PumpingPurposeType purpose) {
        return log.flags(AT, LONG_AGO_BIRTH, purpose, DEFAULTS);
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

        List<DailyTotal> totals = PumpingLog.of(List.of(afterMidnight, beforeMidnight)).dailyTotals();

        assertEquals(List.of(new DailyTotal(day, 120, 1), new DailyTotal(day.plusDays(1), 80, 1)), totals);
    }

    @Test
    void dailyTotals_shouldCountMidnightItselfForTheNewDay() {
        LocalDate day = LocalDate.of(2025, 3, 10);

        List<DailyTotal> totals = PumpingLog.of(List.of(session(day.plusDays(1).atStartOfDay(), 70))).dailyTotals();

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

        List<DailyTotal> totals = PumpingLog.of(List.of(session(day.atTime(8, 0), 100),
                session(day.plusDays(2).atTime(8, 0), 110))).dailyTotals();

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
        PumpingLog log = PumpingLog.of(List.of(session(AT.minusHours(24), 100),
                session(AT.minusHours(24).plusMinutes(1), 60)));

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
        PumpingLog log = PumpingLog.of(List.of(session(at.minusDays(1).withHour(23).withMinute(50), 90),
                session(at.withHour(0).withMinute(5), 80), session(at.minusDays(1).withHour(7), 100)));

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
                .rollingTotal(AT).wholeWindowLogged());
        assertFalse(PumpingLog.of(List.of(session(AT.minusHours(24).plusMinutes(1), 100), session(AT, 50)))
                .rollingTotal(AT).wholeWindowLogged());
        assertFalse(PumpingLog.of(List.of()).rollingTotal(AT).wholeWindowLogged());
    }

    @Test
    void rollingTotal_shouldBeAssessableOnlyWhenTheWholeWindowIsLoggedAndHoldsASession() {
        assertTrue(coveredLog(1, 100).rollingTotal(AT).isAssessable());
        assertFalse(PumpingLog.of(List.of(session(AT.minusHours(3), 100))).rollingTotal(AT).isAssessable());
        assertFalse(PumpingLog.of(List.of(session(AT.minusHours(30), 100))).rollingTotal(AT).isAssessable());
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
        PumpingLog stoppedLogging = PumpingLog.of(List.of(session(AT.minusDays(3), 900), session(AT.minusHours(24), 900)));

        assertEquals(Optional.empty(), stoppedLogging.band(AT));
    }

    // --- coming to volume ------------------------------------------------------------------------------------

    @Test
    void cameToVolume_shouldNeedMoreThan500MillilitresOnADayUpToDay14() {
        assertFalse(PumpingLog.of(List.of(session(dayAfterBirth(14, 10, 0), 500))).cameToVolume(BIRTH));
        assertTrue(PumpingLog.of(List.of(session(dayAfterBirth(14, 10, 0), 501))).cameToVolume(BIRTH));
    }

    @Test
    void cameToVolume_shouldNotCountADayAfterDay14() {
        assertFalse(PumpingLog.of(List.of(session(dayAfterBirth(15, 0, 0), 900))).cameToVolume(BIRTH));
    }

    @Test
    void cameToVolume_shouldCountTheDayOfBirth() {
        assertTrue(PumpingLog.of(List.of(session(dayAfterBirth(0, 23, 0), 501))).cameToVolume(BIRTH));
    }

    @Test
    void cameToVolume_shouldNotCountAntenatalExpression() {
        assertFalse(PumpingLog.of(List.of(session(dayAfterBirth(-1, 10, 0), 600))).cameToVolume(BIRTH));
    }

    @Test
    void cameToVolume_shouldAddTheSessionsOfOneCalendarDay() {
        PumpingLog oneDay = PumpingLog.of(List.of(session(dayAfterBirth(14, 0, 5), 250),
                session(dayAfterBirth(14, 23, 50), 251)));
        // 600 mL within 24 hours, but split over two calendar days
        PumpingLog twoDays = PumpingLog.of(List.of(session(dayAfterBirth(13, 23, 50), 300),
                session(dayAfterBirth(14, 0, 5), 300)));

        assertTrue(oneDay.cameToVolume(BIRTH));
        assertFalse(twoDays.cameToVolume(BIRTH));
    }

    @Test
    void cameToVolume_shouldCountASessionStarted2350OnDay14ButNot0005OnDay15() {
        PumpingLog log = PumpingLog.of(List.of(session(dayAfterBirth(14, 12, 0), 300),
                session(dayAfterBirth(14, 23, 50), 200), session(dayAfterBirth(15, 0, 5), 300)));
        PumpingLog withTheLateSession = PumpingLog.of(List.of(session(dayAfterBirth(14, 12, 0), 300),
                session(dayAfterBirth(14, 23, 50), 201)));

        assertFalse(log.cameToVolume(BIRTH));
        assertTrue(withTheLateSession.cameToVolume(BIRTH));
    }

    @Test
    void cameToVolume_shouldUseTheClinicsThresholds() {
        PumpingThresholds clinic = new PumpingThresholds(340, 739, 8, 600, 21);
        PumpingLog log = PumpingLog.of(List.of(session(dayAfterBirth(21, 10, 0), 601)));

        assertTrue(log.cameToVolume(BIRTH, clinic));
        assertFalse(log.cameToVolume(BIRTH));
    }

    // --- flags: frequency ------------------------------------------------------------------------------------

    @Test
    void flags_shouldFlagSevenSessionsButNotEightWhileEstablishingSupply() {
        assertEquals(Set.of(FEWER_THAN_8_SESSIONS), rollingFlags(coveredLog(7, 700), ESTABLISH_SUPPLY));
        assertEquals(Set.of(), rollingFlags(coveredLog(8, 700), ESTABLISH_SUPPLY));
    }

    @Test
    void flags_shouldFlagSevenSessionsWhileBuildingSupply() {
        assertEquals(Set.of(FEWER_THAN_8_SESSIONS), rollingFlags(coveredLog(7, 700), BUILD_SUPPLY));
    }

    @Test
    void flags_shouldNotFlagFrequencyWhenMaintainingOrPumpingOccasionally() {
        assertEquals(Set.of(), rollingFlags(coveredLog(7, 700), MAINTAIN));
        assertEquals(Set.of(), rollingFlags(coveredLog(1, 700), OCCASIONAL));
    }

    @Test
    void flags_shouldNotCountTheSessionExactly24HoursBefore() {
        // eight sessions 3 hours apart, the first exactly 24 hours before AT; one more at AT - 30 h logs the whole window
        List<PumpingSession> sessions = new ArrayList<>();
        sessions.add(session(AT.minusHours(30), 100));
        for (int i = 0; i < 8; i++) {
            sessions.add(session(AT.minusHours(24).plusHours(3L * i), 100));
        }
        PumpingLog log = PumpingLog.of(sessions);

        // at AT the first of the eight is out of the window: seven sessions; a minute earlier all eight are in
        assertEquals(7, log.rollingTotal(AT).sessions());
        assertEquals(Set.of(FEWER_THAN_8_SESSIONS), log.flags(AT, LONG_AGO_BIRTH, ESTABLISH_SUPPLY, DEFAULTS));
        assertEquals(8, log.rollingTotal(AT.minusMinutes(1)).sessions());
        assertEquals(Set.of(), log.flags(AT.minusMinutes(1), LONG_AGO_BIRTH, ESTABLISH_SUPPLY, DEFAULTS));
    }

    @Test
    void flags_shouldUseTheClinicsMinimumSessions() {
        PumpingThresholds tenSessions = new PumpingThresholds(340, 739, 10, 500, 14);

        assertEquals(Set.of(FEWER_THAN_8_SESSIONS),
                coveredLog(9, 900).flags(AT, LONG_AGO_BIRTH, ESTABLISH_SUPPLY, tenSessions));
        assertEquals(Set.of(), coveredLog(10, 900).flags(AT, LONG_AGO_BIRTH, ESTABLISH_SUPPLY, tenSessions));
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
        assertEquals(Set.of(FEWER_THAN_8_SESSIONS, LOW_VOLUME), rollingFlags(coveredLog(6, 300), BUILD_SUPPLY));
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

    // --- flags: coming to volume -----------------------------------------------------------------------------

    /** Days 1-13 after birth at 400 mL a day: never more than 500 mL. */
    private static List<PumpingSession> slowFirstTwoWeeks() {
        List<PumpingSession> sessions = new ArrayList<>();
        for (int day = 1; day <= 13; day++) {
            sessions.add(session(dayAfterBirth(day, 6, 0), 400));
        }
        return sessions;
    }

    private static Set<PumpingFlagType> volumeFlags(List<PumpingSession> sessions, LocalDateTime at) {
        return PumpingLog.of(sessions).flags(at, BIRTH, MAINTAIN, DEFAULTS);
    }

    @Test
    void flags_shouldNotFlagComingToVolumeBeforeDay14() {
        assertEquals(Set.of(), volumeFlags(slowFirstTwoWeeks(), dayAfterBirth(13, 23, 59)));
    }

    @Test
    void flags_shouldFlagNotComingToVolumeFromDay14() {
        assertEquals(Set.of(NOT_COMING_TO_VOLUME), volumeFlags(slowFirstTwoWeeks(), dayAfterBirth(14, 0, 0)));
        assertEquals(Set.of(NOT_COMING_TO_VOLUME), volumeFlags(slowFirstTwoWeeks(), dayAfterBirth(40, 12, 0)));
    }

    @Test
    void flags_shouldNotFlagWhenADayUpToDay14GaveMoreThan500Millilitres() {
        List<PumpingSession> with500 = slowFirstTwoWeeks();
        with500.add(session(dayAfterBirth(14, 8, 0), 500));
        List<PumpingSession> with501 = slowFirstTwoWeeks();
        with501.add(session(dayAfterBirth(14, 8, 0), 501));

        assertEquals(Set.of(NOT_COMING_TO_VOLUME), volumeFlags(with500, dayAfterBirth(20, 12, 0)));
        assertEquals(Set.of(), volumeFlags(with501, dayAfterBirth(20, 12, 0)));
    }

    @Test
    void flags_shouldNotLetADay15VolumeCount() {
        List<PumpingSession> sessions = slowFirstTwoWeeks();
        sessions.add(session(dayAfterBirth(15, 8, 0), 900));

        assertEquals(Set.of(NOT_COMING_TO_VOLUME), volumeFlags(sessions, dayAfterBirth(16, 12, 0)));
    }

    @Test
    void flags_shouldJudgeDay14OnTheSessionsStartedSoFar() {
        List<PumpingSession> sessions = slowFirstTwoWeeks();
        sessions.add(session(dayAfterBirth(14, 20, 0), 600));

        assertEquals(Set.of(NOT_COMING_TO_VOLUME), volumeFlags(sessions, dayAfterBirth(14, 8, 0)));
        assertEquals(Set.of(), volumeFlags(sessions, dayAfterBirth(14, 20, 0)));
    }

    @Test
    void flags_shouldNotFlagComingToVolumeWithoutAnySessionUpToDay14() {
        List<PumpingSession> fromDay20 = List.of(session(dayAfterBirth(20, 8, 0), 100));
        List<PumpingSession> antenatalOnly = List.of(session(dayAfterBirth(-3, 8, 0), 5));

        assertEquals(Set.of(), volumeFlags(fromDay20, dayAfterBirth(21, 8, 0)));
        assertEquals(Set.of(), volumeFlags(antenatalOnly, dayAfterBirth(21, 8, 0)));
    }

    @Test
    void flags_shouldUseTheClinicsComingToVolumeDay() {
        PumpingThresholds day21 = new PumpingThresholds(340, 739, 8, 500, 21);

        assertEquals(Set.of(), PumpingLog.of(slowFirstTwoWeeks()).flags(dayAfterBirth(20, 12, 0), BIRTH, MAINTAIN, day21));
        assertEquals(Set.of(NOT_COMING_TO_VOLUME),
                PumpingLog.of(slowFirstTwoWeeks()).flags(dayAfterBirth(21, 0, 0), BIRTH, MAINTAIN, day21));
    }

    // --- flags: all together and refusals --------------------------------------------------------------------

    @Test
    void flags_shouldRaiseEveryFlagForARareLowEarlyPumper() {
        // day 14 at 08:00: since 08:00 yesterday 2 sessions, 200 mL; never more than 500 mL a day
        List<PumpingSession> sessions = slowFirstTwoWeeks();
        sessions.add(session(dayAfterBirth(13, 14, 0), 100));
        sessions.add(session(dayAfterBirth(14, 2, 0), 100));

        assertEquals(Set.of(FEWER_THAN_8_SESSIONS, LOW_VOLUME, NOT_COMING_TO_VOLUME),
                PumpingLog.of(sessions).flags(dayAfterBirth(14, 8, 0), BIRTH, ESTABLISH_SUPPLY, DEFAULTS));
    }

    @Test
    void flags_shouldBeUnmodifiable() {
        Set<PumpingFlagType> flags = rollingFlags(coveredLog(1, 10), ESTABLISH_SUPPLY);

        assertThrows(UnsupportedOperationException.class, () -> flags.add(NOT_COMING_TO_VOLUME));
    }

    @Test
    void flags_shouldRefuseAMissingArgument() {
        PumpingLog log = coveredLog(8, 800);

        assertThrows(NullPointerException.class, () -> log.flags(null, BIRTH, MAINTAIN, DEFAULTS));
        assertThrows(NullPointerException.class, () -> log.flags(AT, null, MAINTAIN, DEFAULTS));
        assertThrows(NullPointerException.class, () -> log.flags(AT, BIRTH, null, DEFAULTS));
        assertThrows(NullPointerException.class, () -> log.flags(AT, BIRTH, MAINTAIN, null));
    }

    @Test
    void of_shouldRefuseAMissingSession() {
        List<PumpingSession> sessions = new ArrayList<>();
        sessions.add(null);

        assertThrows(NullPointerException.class, () -> PumpingLog.of(sessions));
    }
}
