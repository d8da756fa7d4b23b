package org.lactationclinic.domain.careplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PowerPumpingScheduleTest {

    @Test
    void schedule_shouldBe20On10Off10On10Off10On() {
        assertEquals(
                List.of(20, 10, 10, 10, 10),
                PowerPumpingSchedule.STEPS.stream()
                        .map(PowerPumpingSchedule.Step::minutes)
                        .toList());
        assertEquals(
                List.of(true, false, true, false, true),
                PowerPumpingSchedule.STEPS.stream()
                        .map(PowerPumpingSchedule.Step::pumping)
                        .toList());
    }

    @Test
    void hour_shouldHold40MinutesOfPumping() {
        assertEquals(60, PowerPumpingSchedule.totalMinutes());
        assertEquals(40, PowerPumpingSchedule.pumpingMinutes());
        assertEquals(1, PowerPumpingSchedule.TIMES_PER_DAY);
    }
}
