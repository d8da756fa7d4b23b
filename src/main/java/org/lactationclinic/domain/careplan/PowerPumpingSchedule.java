package org.lactationclinic.domain.careplan;

import java.util.List;

/**
 * The power pumping hour: pump 20, rest 10, pump 10, rest 10, pump 10 minutes; 60 minutes in all, 40 of them pumping,
 * usually once a day.
 *
 * <p>Source: clinical-reference.md section 3, "Power pumping" (common protocol).
 */
public final class PowerPumpingSchedule {

    /** One step of the hour: pumping or resting, for so many minutes. */
    public record Step(boolean pumping, int minutes) {}

    public static final String SOURCE = "Power pumping: common protocol (clinical-reference.md, section 3)";

    /** The steps in order. */
    public static final List<Step> STEPS = List.of(
            new Step(true, 20), new Step(false, 10), new Step(true, 10), new Step(false, 10), new Step(true, 10));

    /** Usually once a day. */
    public static final int TIMES_PER_DAY = 1;

    private PowerPumpingSchedule() {}

    public static int totalMinutes() {
        return STEPS.stream().mapToInt(Step::minutes).sum();
    }

    public static int pumpingMinutes() {
        return STEPS.stream().filter(Step::pumping).mapToInt(Step::minutes).sum();
    }
}
