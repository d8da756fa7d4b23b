package org.lactationclinic.domain.careplan;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PowerPumpingScheduleTest {

    @Test
    void schedule_shouldBe20On10Off10On10Off10On() {
        assertEquals(List.of(20, 10, 10, 10, 10), PowerPumpingSchedule.STEPS.stream().map(PowerPumpingSchedule.Step::minutes).toList());
        assertEquals(List.of(true, false, true, false, true), PowerPumpingSchedule.STEPS.stream().map(PowerPumpingSchedule.Step::pumping).toList());
    }

    @Test
    void hour_shouldHold40MinutesOfPumping() {
        assertEquals(60, PowerPumpingSchedule.totalMinutes());
        assertEquals(40, PowerPumpingSchedule.pumpingMinutes());
        assertEquals(1, PowerPumpingSchedule.TIMES_PER_DAY);
    }
}
