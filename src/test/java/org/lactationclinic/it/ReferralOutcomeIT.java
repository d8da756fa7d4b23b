package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.application.ReferralOutcomeService;
import org.lactationclinic.application.ReferralOutcomeService.ReferralLine;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditEvent;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.audit.AuditSearch;
import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.careplan.Referral;
import org.lactationclinic.domain.careplan.ReferralDestinationType;
import org.lactationclinic.domain.careplan.ReferralOutcomeType;
import org.lactationclinic.domain.careplan.ReferralUrgencyType;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.consultation.ReferralOutcome;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * Issue 13, "Progress across visits": the family page's referrals, open until whether they took place is recorded;
 * outcomes audited, voided (never deleted) to reopen, in a running Payara Micro on H2 or PostgreSQL.
 */
class ReferralOutcomeIT extends ContainerTestBase {

    @EJB
    private ReferralOutcomeService referrals;

    @EJB
    private AuditTrail auditTrail;

    @Resource(lookup = "java:app/jdbc/clinic")
    private DataSource dataSource;

    @Test
    void referrals_shouldBeOpenUntilTheirOutcome_closedWhenRecorded_andOpenAgainWhenVoided() throws Exception {
        Mother mother = registered();
        Consultation signed = signedWithReferrals(mother);
        startDraftWithReferral(mother);

        List<ReferralLine> before = asConsultant.call(() -> referrals.referralsOf(mother.getUuid()));
        assertEquals(2, before.size(), "the signed consultation's two referrals; the draft's are not yet made");
        assertTrue(before.stream().allMatch(ReferralLine::isOpen));

        ReferralOutcome seen = asConsultant.call(() -> referrals.record(
                signed.getUuid(),
                1,
                ReferralOutcomeType.SEEN,
                LocalDate.now(),
                "Dr Patel, paediatrics",
                "weight gain reviewed"));
        List<ReferralLine> after = asConsultant.call(() -> referrals.referralsOf(mother.getUuid()));

        assertTrue(after.getFirst().isOpen(), "open first");
        assertEquals(
                ReferralDestinationType.FRENOTOMY_ASSESSMENT,
                after.getFirst().referral().getDestination());
        ReferralLine closed = after.getLast();
        assertFalse(closed.isOpen());
        assertEquals(ReferralOutcomeType.SEEN, closed.outcome().getOutcome());
        assertEquals("Dr Patel, paediatrics", closed.outcome().getSeenBy());
        assertEquals(AsConsultant.USERNAME, closed.outcome().getCreatedBy());

        assertEquals(
                "referral.message.error.alreadyClosed",
                assertThrows(
                                ClinicalRuleException.class,
                                () -> asConsultant.call(() -> referrals.record(
                                        signed.getUuid(),
                                        1,
                                        ReferralOutcomeType.DECLINED,
                                        LocalDate.now(),
                                        null,
                                        null)))
                        .getMessageKey());

        asConsultant.call(() -> {
            referrals.voidOutcome(seen.getUuid(), seen.getVersion(), "it was the other baby's appointment");
            return null;
        });
        assertTrue(
                asConsultant.call(() -> referrals.referralsOf(mother.getUuid())).stream()
                        .allMatch(ReferralLine::isOpen),
                "voided: open again");
        assertEquals(1, rowsOf(signed), "voided, not deleted");

        List<AuditEvent> audited =
                asAdmin.call(() -> auditTrail.search(new AuditSearch(null, seen.getUuid(), null, null), 0, 10));
        assertEquals(
                List.of(AuditActionType.VOID, AuditActionType.CREATE),
                audited.stream().map(AuditEvent::getAction).toList());
        assertTrue(audited.stream().allMatch(event -> event.getRecordType() == AuditRecordType.REFERRAL_OUTCOME));

        ReferralOutcome declined = asConsultant.call(
                () -> referrals.record(signed.getUuid(), 1, ReferralOutcomeType.DECLINED, LocalDate.now(), null, null));
        assertEquals(
                ReferralOutcomeType.DECLINED,
                asConsultant
                        .call(() -> referrals.referralsOf(mother.getUuid()))
                        .getLast()
                        .outcome()
                        .getOutcome());
        assertEquals(2, rowsOf(signed));
        assertNull(declined.getSeenBy());
    }

    @Test
    void outcome_shouldBeRefusedForADraft_aDayInTheFuture_andALineNotInThePlan() throws Exception {
        Mother mother = registered();
        Consultation draft = startDraftWithReferral(mother);
        Consultation signed = signedWithReferrals(mother);

        assertEquals(
                "referral.message.error.notSigned",
                assertThrows(
                                ClinicalRuleException.class,
                                () -> asConsultant.call(() -> referrals.record(
                                        draft.getUuid(), 0, ReferralOutcomeType.SEEN, LocalDate.now(), null, null)))
                        .getMessageKey());
        assertEquals(
                "referral.message.error.date",
                assertThrows(
                                ClinicalRuleException.class,
                                () -> asConsultant.call(() -> referrals.record(
                                        signed.getUuid(),
                                        0,
                                        ReferralOutcomeType.SEEN,
                                        LocalDate.now().plusDays(1),
                                        null,
                                        null)))
                        .getMessageKey());
        assertEquals(
                "referral.message.error.noSuchReferral",
                assertThrows(
                                ClinicalRuleException.class,
                                () -> asConsultant.call(() -> referrals.record(
                                        signed.getUuid(), 5, ReferralOutcomeType.SEEN, LocalDate.now(), null, null)))
                        .getMessageKey());
        assertEquals(0, rowsOf(signed) + rowsOf(draft));
    }

    private Mother registered() throws Exception {
        String family = uniqueName("Referral");
        Mother mother = new Mother("Rosa", family, LocalDate.now().minusYears(33));
        mother.addInfant(new Infant(
                "Teo", family, SexType.MALE, LocalDateTime.now().minusDays(10).withNano(0), 275, 3400));
        return asConsultant.call(() -> dyads.register(mother));
    }

    private Consultation startDraftWithReferral(Mother mother) throws Exception {
        List<UUID> baby = mother.getInfants().stream().map(Infant::getUuid).toList();
        Consultation started =
                asConsultant.call(() -> consultations.start(mother.getUuid(), baby, ConsultationType.FOLLOW_UP));
        CarePlan plan = new CarePlan();
        plan.getReferrals()
                .add(new Referral(ReferralDestinationType.GP_OBSTETRICIAN, ReferralUrgencyType.ROUTINE, null));
        return asConsultant.call(() -> consultations.saveCarePlan(started.getUuid(), started.getVersion(), plan));
    }

    private Consultation signedWithReferrals(Mother mother) throws Exception {
        List<UUID> baby = mother.getInfants().stream().map(Infant::getUuid).toList();
        Consultation started =
                asConsultant.call(() -> consultations.start(mother.getUuid(), baby, ConsultationType.INITIAL));
        CarePlan plan = new CarePlan();
        plan.getReferrals()
                .add(new Referral(ReferralDestinationType.FRENOTOMY_ASSESSMENT, ReferralUrgencyType.WITHIN_WEEK, null));
        plan.getReferrals()
                .add(new Referral(ReferralDestinationType.PAEDIATRICIAN, ReferralUrgencyType.ROUTINE, "weight check"));
        Consultation withPlan =
                asConsultant.call(() -> consultations.saveCarePlan(started.getUuid(), started.getVersion(), plan));
        return asConsultant.call(() -> consultations.sign(withPlan.getUuid(), withPlan.getVersion()));
    }

    private long rowsOf(Consultation consultation) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from referral_outcome where consultation_id = ?")) {
            count.setLong(1, consultation.getId());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
