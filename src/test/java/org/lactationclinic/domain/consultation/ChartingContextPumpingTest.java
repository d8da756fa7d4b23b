package org.lactationclinic.domain.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.careplan.CarePlanSuggestions;
import org.lactationclinic.domain.careplan.StandardInterventionType;
import org.lactationclinic.domain.dyad.PumpingPurposeType;
import org.lactationclinic.domain.pumping.PumpingContext;
import org.lactationclinic.domain.pumping.PumpingFlagType;
import org.lactationclinic.domain.pumping.PumpingLog;
import org.lactationclinic.domain.pumping.PumpingSession;
import org.lactationclinic.domain.settings.ClinicThresholds;
import org.lactationclinic.domain.shared.ConsultationFlag;

/**
 * A consultation's flags include her pumping log's flags for the 24 hours before the visit began
 * (clinical-reference.md, section 3), so that they reach the care-plan suggestions as the user guide says.
 */
class ChartingContextPumpingTest {

    private static final LocalDate BIRTH = LocalDate.of(2026, 10, 1);
    /** Day 21 after birth, 10:00. */
    private static final LocalDateTime VISIT = BIRTH.plusDays(21).atTime(10, 0);

    /** Six sessions of 50 mL a day, four hours apart, for the three days before the visit. */
    private static PumpingLog lowLog() {
        List<PumpingSession> sessions = new ArrayList<>();
        for (LocalDateTime at = VISIT.minusDays(3); at.isBefore(VISIT); at = at.plusHours(4)) {
            sessions.add(PumpingSession.combined(at, 20, 50));
        }
        return PumpingLog.of(sessions);
    }

    private static List<ConsultationFlag> flags(PumpingContext pumping, LocalDateTime at) {
        return new ChartingContext(ClinicThresholds.defaults(), Map.of(), pumping).flags(List.of(), null, at);
    }

    @Test
    void flags_shouldHoldThePumpingFlagsOfThe24HoursBeforeTheVisit() {
        List<ConsultationFlag> flags =
                flags(new PumpingContext(lowLog(), BIRTH, PumpingPurposeType.BUILD_SUPPLY), VISIT);

        assertEquals(
                List.of(
                        PumpingFlagType.FEW_PUMPING_SESSIONS.bundleKey(),
                        PumpingFlagType.LOW_VOLUME.bundleKey(),
                        PumpingFlagType.NOT_YET_AT_VOLUME.bundleKey()),
                flags.stream().map(ConsultationFlag::flagKey).toList());
        // the session exactly 24 hours before the visit is out of the window: 5 sessions, 250 mL
        assertEquals(
                List.of("5", "250", "250"),
                flags.stream().map(ConsultationFlag::detail).toList());
        assertTrue(flags.stream().allMatch(flag -> flag.infantUuid() == null && !flag.referral()));
    }

    @Test
    void flags_shouldSayThePurposeIsMissingRatherThanAssumeMaintain() {
        List<ConsultationFlag> flags = flags(new PumpingContext(lowLog(), BIRTH, null), VISIT);

        assertEquals(
                PumpingFlagType.PURPOSE_NOT_RECORDED.bundleKey(),
                flags.getFirst().flagKey());
    }

    @Test
    void flags_shouldRaiseNoPumpingFlagWithoutALog() {
        assertEquals(List.of(), flags(PumpingContext.NONE, VISIT));
        assertEquals(
                List.of(), new ChartingContext(ClinicThresholds.defaults(), Map.of()).flags(List.of(), null, VISIT));
    }

    @Test
    void pumpingFlags_shouldReachTheCarePlanSuggestions() {
        List<ConsultationFlag> flags =
                flags(new PumpingContext(lowLog(), BIRTH, PumpingPurposeType.BUILD_SUPPLY), VISIT);

        List<StandardInterventionType> suggested = CarePlanSuggestions.forFlags(flags, new CarePlan()).stream()
                .map(CarePlanSuggestions.Suggestion::intervention)
                .toList();

        assertEquals(
                List.of(
                        StandardInterventionType.PUMPING_SCHEDULE,
                        StandardInterventionType.POWER_PUMPING,
                        StandardInterventionType.PUMP_FLANGE_FIT,
                        StandardInterventionType.GALACTAGOGUE_DISCUSSION),
                suggested);
    }
}
