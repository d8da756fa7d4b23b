package org.lactationclinic.domain.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.dyad.Mother;

/** Issue 13, "Consent": her consent as it stands is her latest decision of each kind; never asked is not given. */
class MotherConsentTest {

    private static final Mother ADA = new Mother("Ada", "Okafor", LocalDate.of(1991, 4, 12));
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    private static ConsentDecision decision(ConsentType type, boolean granted, LocalDate on) {
        return new ConsentDecision(ADA, type, granted, on, "ana");
    }

    @Test
    void isGiven_shouldBeFalse_whenNeverAsked() {
        MotherConsent consent = MotherConsent.of(List.of(decision(ConsentType.ASSESSMENT, true, MONDAY)));

        assertTrue(consent.isGiven(ConsentType.ASSESSMENT));
        assertFalse(consent.isGiven(ConsentType.PHOTOGRAPHS));
        assertFalse(MotherConsent.of(List.of()).isGiven(ConsentType.SHARE_WITH_BABYS_DOCTOR));
    }

    @Test
    void isGiven_shouldFollowTheLatestDecision_whateverTheOrder() {
        ConsentDecision given = decision(ConsentType.PHOTOGRAPHS, true, MONDAY);
        ConsentDecision withdrawnNextDay = decision(ConsentType.PHOTOGRAPHS, false, MONDAY.plusDays(1));

        assertFalse(MotherConsent.of(List.of(withdrawnNextDay, given)).isGiven(ConsentType.PHOTOGRAPHS));
        assertFalse(MotherConsent.of(List.of(given, withdrawnNextDay)).isGiven(ConsentType.PHOTOGRAPHS));
        assertEquals(
                List.of(withdrawnNextDay, given),
                MotherConsent.of(List.of(given, withdrawnNextDay)).history());
    }

    @Test
    void isGiven_shouldIgnoreAVoidedDecision() {
        ConsentDecision given = decision(ConsentType.SHARE_WITH_BABYS_DOCTOR, true, MONDAY);
        ConsentDecision withdrawnInError = decision(ConsentType.SHARE_WITH_BABYS_DOCTOR, false, MONDAY.plusDays(1));
        withdrawnInError.voidRecord("recorded for the wrong mother", "ana", Instant.parse("2026-11-17T10:00:00Z"));

        assertTrue(MotherConsent.of(List.of(given, withdrawnInError)).isGiven(ConsentType.SHARE_WITH_BABYS_DOCTOR));
    }

    @Test
    void isValidDate_shouldAcceptTodayAndRefuseTomorrow() {
        assertTrue(MotherConsent.isValidDate(MONDAY, MONDAY));
        assertTrue(MotherConsent.isValidDate(MONDAY.minusDays(1), MONDAY));
        assertFalse(MotherConsent.isValidDate(MONDAY.plusDays(1), MONDAY));
        assertFalse(MotherConsent.isValidDate(null, MONDAY));
    }
}
