package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.application.ConsentService;
import org.lactationclinic.application.FamilyProgressService;
import org.lactationclinic.application.PrintService;
import org.lactationclinic.application.PumpingService;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditEvent;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.audit.AuditSearch;
import org.lactationclinic.domain.breast.SupplyConcern;
import org.lactationclinic.domain.breast.SupplyConcernType;
import org.lactationclinic.domain.consent.ConsentDecision;
import org.lactationclinic.domain.consent.ConsentType;
import org.lactationclinic.domain.consent.MotherConsent;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.consultation.DraftForm;
import org.lactationclinic.domain.consultation.MotherFindings;
import org.lactationclinic.domain.consultation.SoapNote;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.pumping.PumpingEntry;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.wellbeing.MaternalWellbeing;

/**
 * Issue 13, "Consent" and rule 6, in a running Payara Micro against the real database: decisions recorded, dated, by
 * whom and audited; her current consent is her latest decision; the letter carries her details only with her consent
 * and the consultant's choice for that letter, her mood screening only when ticked as well.
 */
class ConsentIT extends ContainerTestBase {

    @EJB
    private ConsentService consents;

    @EJB
    private PrintService printing;

    @EJB
    private AuditTrail auditTrail;

    @EJB
    private FamilyProgressService familyPage;

    @EJB
    private PumpingService pumping;

    @Test
    void decisions_shouldBeDatedByWhomAndAudited_andTheLatestCounts() throws Exception {
        Mother mother = registered();
        LocalDate today = LocalDate.now();

        asConsultant.call(() -> consents.record(mother.getUuid(), ConsentType.PHOTOGRAPHS, true, today.minusDays(2)));
        ConsentDecision withdrawn =
                asConsultant.call(() -> consents.record(mother.getUuid(), ConsentType.PHOTOGRAPHS, false, today));
        MotherConsent consent = asConsultant.call(() -> consents.consentOf(mother.getUuid()));

        assertFalse(consent.isGiven(ConsentType.PHOTOGRAPHS));
        assertEquals(
                today, consent.current(ConsentType.PHOTOGRAPHS).orElseThrow().getDecidedOn());
        assertEquals(
                AsConsultant.USERNAME,
                consent.current(ConsentType.PHOTOGRAPHS).orElseThrow().getObtainedBy());
        assertEquals(2, consent.history().size());
        assertFalse(consent.isGiven(ConsentType.ASSESSMENT), "never asked is not given");

        asConsultant.call(() -> {
            consents.voidDecision(withdrawn.getUuid(), withdrawn.getVersion(), "recorded in error");
            return null;
        });
        assertTrue(
                asConsultant.call(() -> consents.consentOf(mother.getUuid())).isGiven(ConsentType.PHOTOGRAPHS),
                "voiding the withdrawal brings back the decision before it");

        List<AuditEvent> audited =
                asAdmin.call(() -> auditTrail.search(new AuditSearch(null, withdrawn.getUuid(), null, null), 0, 10));
        assertEquals(
                List.of(AuditActionType.VOID, AuditActionType.CREATE),
                audited.stream().map(AuditEvent::getAction).toList());
        assertTrue(audited.stream().allMatch(event -> event.getRecordType() == AuditRecordType.CONSENT));
    }

    @Test
    void familyPage_shouldReadHerConsentAndPumpingWithItsView_andRecordTheViewOnce() throws Exception {
        Mother mother = registered();
        LocalDate today = LocalDate.now();
        asConsultant.call(() -> consents.record(mother.getUuid(), ConsentType.ASSESSMENT, true, today));
        PumpingEntry session = new PumpingEntry(mother);
        session.setStartedAt(today.minusDays(1).atTime(9, 0));
        session.setDurationMinutes(20);
        session.setCombinedMl(80);
        asConsultant.call(() -> pumping.add(mother.getUuid(), session));

        FamilyProgressService.FamilyProgress viewed = asConsultant.call(() -> familyPage.view(mother.getUuid()));
        asConsultant.call(() -> familyPage.progress(mother.getUuid())); // read again after a failover: no view

        assertTrue(viewed.consent().isGiven(ConsentType.ASSESSMENT));
        assertEquals(1, viewed.pumpingDays().size());
        assertEquals(80, viewed.pumpingDays().getFirst().totalMl());
        assertEquals(
                asConsultant.call(() -> pumping.summary(mother.getUuid())).thresholds(), viewed.pumpingThresholds());
        List<AuditEvent> views =
                asAdmin
                        .call(() -> auditTrail.search(new AuditSearch(null, mother.getUuid(), null, null), 0, 50))
                        .stream()
                        .filter(event -> event.getAction() == AuditActionType.VIEW)
                        .toList();
        assertEquals(1, views.size(), "one view recorded, in the read's transaction");
        assertEquals(AuditRecordType.MOTHER, views.getFirst().getRecordType());
        assertEquals("overview", views.getFirst().getDetail());
    }

    @Test
    void decisionInTheFuture_shouldBeRefusedWithNothingStored() throws Exception {
        Mother mother = registered();

        assertThrows(
                ClinicalRuleException.class,
                () -> asConsultant.call(() -> consents.record(
                        mother.getUuid(),
                        ConsentType.ASSESSMENT,
                        true,
                        LocalDate.now().plusDays(1))));

        assertEquals(
                List.of(),
                asConsultant.call(() -> consents.consentOf(mother.getUuid())).history());
    }

    @Test
    void letter_shouldCarryHerDetailsOnlyWithConsentAndChoice() throws Exception {
        Mother mother = registered();
        Consultation consultation = consultationWithHerFindings(mother);
        UUID uuid = consultation.getUuid();

        String noConsent = pdfText(asConsultant.call(() -> printing.providerLetter(uuid, null, true, true)));
        assertFalse(noConsent.contains("Supply concern"), noConsent);
        assertFalse(noConsent.contains("EPDS"), noConsent);

        asConsultant.call(
                () -> consents.record(mother.getUuid(), ConsentType.SHARE_WITH_BABYS_DOCTOR, true, LocalDate.now()));

        String notChosen = pdfText(asConsultant.call(() -> printing.providerLetter(uuid, null, false, false)));
        String findingsOnly = pdfText(asConsultant.call(() -> printing.providerLetter(uuid, null, true, false)));
        String everything = pdfText(asConsultant.call(() -> printing.providerLetter(uuid, null, true, true)));

        assertFalse(notChosen.contains("Supply concern"), notChosen);
        assertTrue(findingsOnly.contains("Supply concern: "), findingsOnly);
        assertFalse(findingsOnly.contains("EPDS"), findingsOnly);
        assertFalse(findingsOnly.contains("self-harm"), findingsOnly);
        assertTrue(everything.contains("thoughts of self-harm (EPDS item 10)"), everything);
        assertTrue(everything.contains("EPDS total"), everything);

        List<String> details =
                asAdmin.call(() -> auditTrail.search(new AuditSearch(null, uuid, null, null), 0, 20)).stream()
                        .filter(event -> event.getAction() == AuditActionType.PRINT)
                        .map(AuditEvent::getDetail)
                        .toList();
        assertTrue(
                details.stream().anyMatch(detail -> detail.contains("with the mother's findings and mental health")),
                details.toString());
    }

    private Mother registered() throws Exception {
        String family = uniqueName("Consent");
        Mother mother = new Mother("Ada", family, LocalDate.now().minusYears(31));
        mother.addInfant(new Infant(
                "Maya", family, SexType.FEMALE, LocalDateTime.now().minusDays(8).withNano(0), 275, 3200));
        return asConsultant.call(() -> dyads.register(mother));
    }

    private Consultation consultationWithHerFindings(Mother mother) throws Exception {
        List<UUID> baby = mother.getInfants().stream().map(Infant::getUuid).toList();
        Consultation started =
                asConsultant.call(() -> consultations.start(mother.getUuid(), baby, ConsultationType.INITIAL));
        MotherFindings hers = new MotherFindings();
        MaternalWellbeing wellbeing = hers.getWellbeing();
        wellbeing.setEpds1(1);
        wellbeing.setEpds2(1);
        wellbeing.setEpds3(1);
        wellbeing.setEpds4(1);
        wellbeing.setEpds5(1);
        wellbeing.setEpds6(1);
        wellbeing.setEpds7(1);
        wellbeing.setEpds8(1);
        wellbeing.setEpds9(1);
        wellbeing.setEpds10(1);
        hers.getConcerns().add(new SupplyConcern(SupplyConcernType.PERCEIVED_LOW_SUPPLY, null, null));
        return asConsultant.call(() -> consultations.saveDraft(
                started.getUuid(),
                started.getVersion(),
                DraftForm.of(
                        ConsultationType.INITIAL, started.getStartedAt(), baby, SoapNote.empty(), List.of(), hers)));
    }

    private static String pdfText(PrintService.PrintedDocument document) throws IOException {
        assertEquals("application/pdf", document.mediaType());
        try (PDDocument pdf = Loader.loadPDF(document.content())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
