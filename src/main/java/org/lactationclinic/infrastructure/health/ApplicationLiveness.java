package org.lactationclinic.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * MicroProfile Health liveness (issue 15, point 4), served by Payara at {@code /health/live}: the application is
 * deployed and a request thread answers. Deliberately not the database: a database outage makes the server not ready
 * ({@link DatabaseReadiness}), and restarting the application server would not bring the database back. A JVM out of
 * heap exits (-XX:+ExitOnOutOfMemoryError in deploy/) rather than live on here. Anonymous callers get UP or DOWN and
 * the check's name, nothing about the JVM.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    static final String NAME = "application";

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up(NAME);
    }
}
