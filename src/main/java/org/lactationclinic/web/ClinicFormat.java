package org.lactationclinic.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.lactationclinic.application.PrintedWords;

/**
 * {@code #{clinicFormat.dateTime(instant)}}, {@code #{clinicFormat.local(localDateTime)}}: a stored moment as the
 * clinic reads it, its zone and the bundle's format.
 */
@Named
@ApplicationScoped
public class ClinicFormat {

    @Inject
    private Clock clock;

    public String dateTime(Instant at) {
        return at == null ? "" : local(LocalDateTime.ofInstant(at, clock.getZone()));
    }

    /**
     * A language the plan prints in, by its own name ("Español"), from the printed plan's bundles, so a language a
     * translator adds is named without a change here.
     */
    public String language(String code) {
        return PrintedWords.languageName(code);
    }

    /** A wall-clock time already in the clinic's zone, such as when a visit started. */
    public String local(LocalDateTime at) {
        return at == null ? "" : at.format(DateTimeFormatter.ofPattern(BundleMessages.text("clinic.format.dateTime")));
    }
}
