package org.lactationclinic.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.reflect.Field;
import java.net.URL;

/**
 * {@link DayViewBrowserIT}'s checks and screenshots against a clinic already running, for docs/images:
 * {@code mvn test -Dtest=DayViewTour -Dday.url=http://localhost:8080/ -Dscreenshots.dir=docs/images}.
 */
@EnabledIfSystemProperty(named = "day.url", matches = ".+")
class DayViewTour {

    @Test
    void tour() throws Exception {
        DayViewBrowserIT it = new DayViewBrowserIT();
        Field deployedAt = DayViewBrowserIT.class.getDeclaredField("deployedAt");
        deployedAt.setAccessible(true);
        deployedAt.set(it, new URL(System.getProperty("day.url")));
        it.useLoopback();
        it.consultant_shouldStartOnTodayOpenAMotherByKeyboardAndSeeHerFamilyAtAGlance();
        it.touchTargets_shouldBeAtLeast24PxAndButtons44PxOnATablet();
    }
}
