package org.lactationclinic.web.dyad;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.lactationclinic.application.TodayService;

/**
 * dyad/today.xhtml, a consultant's home page: her consultations of today, her unsigned drafts, the mothers she opened.
 */
@Named
@RequestScoped
public class TodayBacking {

    /** Under two days a draft's age is told in hours, beyond in days. */
    private static final long HOURS_SHOWN_UP_TO = 48;

    @Inject
    private TodayService todayService;

    @Inject
    private Clock clock;

    private TodayService.Today today;

    @PostConstruct
    void load() {
        today = todayService.today();
    }

    public TodayService.Today getToday() {
        return today;
    }

    /** Whether the age is told in hours (else in days): the page picks the bundle key. */
    public boolean inHours(Duration age) {
        return age.toHours() < HOURS_SHOWN_UP_TO;
    }

    public LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, clock.getZone());
    }
}
