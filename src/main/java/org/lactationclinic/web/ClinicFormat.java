package org.lactationclinic.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** {@code #{clinicFormat.dateTime(instant)}}: a stored moment as the clinic reads it, its zone and the bundle's format. */
@Named
@ApplicationScoped
public class ClinicFormat {

    @Inject
    private Clock clock;

    public String dateTime(Instant at) {
        return at == null ? "" : LocalDateTime.ofInstant(at, clock.getZone())
                .format(DateTimeFormatter.ofPattern(BundleMessages.text("clinic.format.dateTime")));
    }
}
