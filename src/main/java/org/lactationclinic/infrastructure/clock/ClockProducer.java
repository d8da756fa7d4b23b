package org.lactationclinic.infrastructure.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clinic's clock: one place to read "now", so rules that depend on today can be tested. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clinicClock() {
        return Clock.systemDefaultZone();
    }
}
