package org.lactationclinic.domain.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.careplan.Referral;
import org.lactationclinic.domain.careplan.ReferralDestinationType;
import org.lactationclinic.domain.careplan.ReferralOutcomeType;
import org.lactationclinic.domain.careplan.ReferralUrgencyType;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;

/** Issue 13, "Progress across visits": whether a referral took place ({@link ReferralOutcome}). */
class ReferralOutcomeTest {

    private static final LocalDateTime VISIT = LocalDateTime.of(2025, 3, 5, 10, 0);
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 20);
    private static final StaffUser ANA =
            new StaffUser("ana", "Ana López, IBCLC", "hash", EnumSet.of(RoleType.CONSULTANT));

    private static Consultation withReferrals(boolean signed) {
        Mother mother = new Mother("Ada", "Okafor", LocalDate.of(1991, 4, 12));
        mother.addInfant(new Infant("Maya", "Okafor", SexType.FEMALE, LocalDateTime.of(2025, 3, 1, 8, 0), 266, 3100));
        Consultation consultation =
                Consultation.start(mother, mother.getInfants(), ANA, ConsultationType.INITIAL, VISIT);
        CarePlan plan = new CarePlan();
        plan.getReferrals()
                .add(new Referral(ReferralDestinationType.FRENOTOMY_ASSESSMENT, ReferralUrgencyType.WITHIN_WEEK, null));
        plan.getReferrals()
                .add(new Referral(ReferralDestinationType.MENTAL_HEALTH, ReferralUrgencyType.SAME_DAY, null));
        consultation.recordCarePlan(ANA, plan);
        if (signed) {
            consultation.sign(ANA, Instant.parse("2025-03-05T11:30:00Z"));
        }
        return consultation;
    }

    @Test
    void record_shouldKeepWhatHappenedToThatLineOfThePlan() {
        Consultation consultation = withReferrals(true);

        ReferralOutcome seen = ReferralOutcome.record(
                consultation,
                1,
                ReferralOutcomeType.SEEN,
                LocalDate.of(2025, 3, 6),
                "  Dr Patel, perinatal mental health ",
                " ",
                TODAY);

        assertEquals(ReferralDestinationType.MENTAL_HEALTH, seen.getDestination());
        assertEquals("Dr Patel, perinatal mental health", seen.getSeenBy());
        assertNull(seen.getNote(), "blank is none");
        assertTrue(seen.isFor(1, consultation.carePlan().getReferrals().get(1)));
        assertFalse(seen.isFor(0, consultation.carePlan().getReferrals().get(0)));
        assertFalse(
                seen.isFor(1, new Referral(ReferralDestinationType.PAEDIATRICIAN, ReferralUrgencyType.ROUTINE, null)),
                "an amendment that puts another referral on that line leaves the outcome behind");
    }

    @Test
    void date_shouldBeFromTheVisitToToday_bothIncluded() {
        Consultation consultation = withReferrals(true);
        LocalDate visit = VISIT.toLocalDate();

        assertEquals(
                visit,
                ReferralOutcome.record(consultation, 0, ReferralOutcomeType.NOT_SEEN, visit, null, null, TODAY)
                        .getOutcomeOn());
        assertEquals(
                TODAY,
                ReferralOutcome.record(consultation, 0, ReferralOutcomeType.DECLINED, TODAY, null, null, TODAY)
                        .getOutcomeOn());
        for (LocalDate wrong : new LocalDate[] {visit.minusDays(1), TODAY.plusDays(1), null}) {
            assertEquals(
                    "referral.message.error.date",
                    assertThrows(
                                    ClinicalRuleException.class,
                                    () -> ReferralOutcome.record(
                                            consultation, 0, ReferralOutcomeType.SEEN, wrong, null, null, TODAY))
                            .getMessageKey());
        }
    }

    @Test
    void record_shouldRefuseADraft_aMissingLine_aMissingOutcome_andTooLongText() {
        assertEquals(
                "referral.message.error.notSigned",
                assertThrows(
                                ClinicalRuleException.class,
                                () -> ReferralOutcome.record(
                                        withReferrals(false), 0, ReferralOutcomeType.SEEN, TODAY, null, null, TODAY))
                        .getMessageKey());
        Consultation signed = withReferrals(true);
        for (int line : new int[] {-1, 2}) {
            assertEquals(
                    "referral.message.error.noSuchReferral",
                    assertThrows(
                                    ClinicalRuleException.class,
                                    () -> ReferralOutcome.record(
                                            signed, line, ReferralOutcomeType.SEEN, TODAY, null, null, TODAY))
                            .getMessageKey());
        }
        assertEquals(
                "referral.message.error.outcomeRequired",
                assertThrows(
                                ClinicalRuleException.class,
                                () -> ReferralOutcome.record(signed, 0, null, TODAY, null, null, TODAY))
                        .getMessageKey());
        assertEquals(
                "referral.message.error.tooLong",
                assertThrows(
                                ClinicalRuleException.class,
                                () -> ReferralOutcome.record(
                                        signed,
                                        0,
                                        ReferralOutcomeType.SEEN,
                                        TODAY,
                                        "x".repeat(ReferralOutcome.SEEN_BY_MAX + 1),
                                        null,
                                        TODAY))
                        .getMessageKey());
        assertEquals(
                "x".repeat(ReferralOutcome.SEEN_BY_MAX),
                ReferralOutcome.record(
                                signed,
                                0,
                                ReferralOutcomeType.SEEN,
                                TODAY,
                                "x".repeat(ReferralOutcome.SEEN_BY_MAX),
                                null,
                                TODAY)
                        .getSeenBy());
    }
}
