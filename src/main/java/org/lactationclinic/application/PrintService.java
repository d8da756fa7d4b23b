package org.lactationclinic.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.consent.ConsentType;
import org.lactationclinic.domain.consent.MaternalDisclosure;
import org.lactationclinic.domain.consent.MotherConsent;
import org.lactationclinic.domain.consultation.ChartingContext;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.pumping.PumpingContext;
import org.lactationclinic.domain.settings.ClinicThresholds;
import org.lactationclinic.domain.shared.RecordNotFoundException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.fhir.FhirRecordExport;
import org.lactationclinic.infrastructure.printing.ClinicHeader;
import org.lactationclinic.infrastructure.printing.DocumentRenderer;
import org.lactationclinic.infrastructure.printing.PrintTexts;
import org.lactationclinic.infrastructure.printing.ProviderLetter;
import org.lactationclinic.infrastructure.printing.TakeHomePlan;
import org.lactationclinic.infrastructure.repository.ClinicProfileRepository;
import org.lactationclinic.infrastructure.repository.ClinicSettingRepository;
import org.lactationclinic.infrastructure.repository.ConsentRepository;
import org.lactationclinic.infrastructure.repository.ConsultationRepository;
import org.lactationclinic.infrastructure.repository.PhotoRepository;
import org.lactationclinic.infrastructure.repository.PumpingRepository;

/**
 * Printing a consultation's take-home plan (in the mother's language) and the letter to the baby's doctor, as the
 * browser's print view (XHTML) or as PDF. Both come from one template each, so the view and the PDF say the same thing.
 */
@Stateless
@RolesAllowed(RoleType.CONSULTANT_ROLE)
public class PrintService {

    /** A document ready to send: its bytes, media type and a file name without the mother's name. */
    public record PrintedDocument(byte[] content, String mediaType, String fileName) {}

    /** Where the print view's buttons lead: the PDF of the same document and back to the consultation. */
    public record Links(String pdfUrl, String backUrl) {}

    @Inject
    private ConsultationService consultations;

    @Inject
    private ClinicSettingsService settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private ConsentRepository consents;

    @Inject
    private PhotoRepository photoRecords;

    @Inject
    private Clock clock;

    @Inject
    private ConsultationRepository consultationRepository;

    @Inject
    private PumpingRepository pumpingRepository;

    @Inject
    private ClinicSettingRepository settingRepository;

    @Inject
    private ClinicProfileRepository profileRepository;

    /** The take-home plan as the print view, or as PDF when {@code links} is null. */
    public PrintedDocument takeHomePlan(@NotNull UUID consultationUuid, Links links) {
        Consultation consultation = printable(consultationUuid);
        PrintTexts texts = PrintTexts.in(consultation.getMother().getPreferredLanguage());
        TakeHomePlan plan = TakeHomePlan.of(consultation, context(consultation), clinic(), texts);
        Map<String, Object> variables = variables(texts, links);
        variables.put("plan", plan);
        audited(consultation, "take-home plan", links);
        return render(DocumentRenderer.TAKE_HOME_PLAN, texts, variables, links, "care-plan-" + consultationUuid);
    }

    /** The letter to the baby's doctor with nothing of the mother's own record. */
    public PrintedDocument providerLetter(@NotNull UUID consultationUuid, Links links) {
        return providerLetter(consultationUuid, links, false, false);
    }

    /**
     * The letter to the baby's doctor as the print view, or as PDF when {@code links} is null. The mother's findings
     * and her mental-health items are in it only when the consultant chose them for this letter and the mother's
     * current consent to share with her baby's doctor allows it ({@link MaternalDisclosure}).
     */
    public PrintedDocument providerLetter(
            @NotNull UUID consultationUuid, Links links, boolean motherFindings, boolean mentalHealth) {
        return providerLetter(consultationUuid, links, motherFindings, mentalHealth, false);
    }

    /**
     * The letter to the baby's doctor, as above, with the consultation's photographs when the consultant chose them for
     * this letter and the mother's current consent allows both photographs and sharing with her baby's doctor (a
     * photograph of her breast is her detail as much as her findings are). Voided photographs never print.
     */
    public PrintedDocument providerLetter(
            @NotNull UUID consultationUuid,
            Links links,
            boolean motherFindings,
            boolean mentalHealth,
            boolean photographs) {
        Consultation consultation = printable(consultationUuid);
        PrintTexts texts = PrintTexts.in("en");
        MotherConsent consent = MotherConsent.of(consents.decisionsOf(consultation.getMother()));
        boolean consented = consent.isGiven(ConsentType.SHARE_WITH_BABYS_DOCTOR);
        boolean photosAllowed = consented && consent.isGiven(ConsentType.PHOTOGRAPHS);
        MaternalDisclosure disclosure = MaternalDisclosure.allowed(consented, motherFindings, mentalHealth);
        ProviderLetter letter =
                ProviderLetter.of(consultation, context(consultation), clinic(), clock.getZone(), disclosure);
        List<LetterPhoto> photos = photographs && photosAllowed ? letterPhotos(consultation, texts) : List.of();
        Map<String, Object> variables = variables(texts, links);
        variables.put("letter", letter);
        variables.put("consented", consented);
        variables.put("disclosure", disclosure);
        variables.put("photosAllowed", photosAllowed);
        variables.put("photosChosen", photographs && photosAllowed);
        variables.put("photos", photos);
        variables.put("consultationUuid", consultationUuid.toString());
        audited(
                consultation,
                "provider letter" + (disclosure.motherFindings() ? " with the mother's findings" : "")
                        + (disclosure.mentalHealth() ? " and mental health" : "")
                        + (photos.isEmpty() ? "" : ", photographs: " + photos.size()),
                links);
        return render(DocumentRenderer.PROVIDER_LETTER, texts, variables, links, "letter-" + consultationUuid);
    }

    /** A photograph as the letter prints it: what it shows and when, and the picture inline. */
    public record LetterPhoto(String caption, String dataUri) {}

    private List<LetterPhoto> letterPhotos(Consultation consultation, PrintTexts texts) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM uuuu", texts.locale());
        return photoRecords.summariesOf(consultation).stream()
                .filter(photo -> !photo.voided())
                .map(photo -> new LetterPhoto(
                        texts.text(
                                "letter.photo.caption",
                                texts.label(photo.subject()),
                                day.format(photo.createdAt().atZone(clock.getZone()))),
                        photoRecords
                                .bytesOf(photo.uuid(), false)
                                .map(bytes -> "data:" + bytes.mediaType() + ";base64,"
                                        + Base64.getEncoder().encodeToString(bytes.content()))
                                .orElseThrow()))
                .toList();
    }

    /**
     * The consultation's printed documents as PDF, for the FHIR export (issue 14): the letter to the baby's doctor,
     * with nothing of the mother's own record (her consent to share is chosen per letter, by a consultant), and the
     * take-home plan when a plan was agreed. Not recorded here: the export that includes them is
     * ({@link InteropService}). Built from the repositories rather than the consultation services, which another
     * system's account may not call.
     */
    @RolesAllowed({RoleType.CONSULTANT_ROLE, RoleType.INTEGRATION_ROLE})
    public List<FhirRecordExport.Document> forExport(@NotNull Consultation consultation) {
        if (consultation.isVoided()) {
            return List.of();
        }
        Mother mother = consultation.getMother();
        ChartingContext context = new ChartingContext(
                ClinicThresholds.from(settingRepository.saved()),
                consultationRepository.weighingsOf(mother.getActiveInfants(), consultation),
                PumpingContext.of(mother, pumpingRepository.entriesOf(mother)));
        ClinicHeader clinic = ClinicHeader.of(profileRepository.current());
        DocumentRenderer renderer = DocumentRenderer.get();
        List<FhirRecordExport.Document> documents = new ArrayList<>();
        PrintTexts english = PrintTexts.in("en");
        Map<String, Object> letterVariables = variables(english, null);
        letterVariables.put(
                "letter", ProviderLetter.of(consultation, context, clinic, clock.getZone(), MaternalDisclosure.NONE));
        letterVariables.put("consented", false);
        letterVariables.put("disclosure", MaternalDisclosure.NONE);
        letterVariables.put("consultationUuid", consultation.getUuid().toString());
        documents.add(new FhirRecordExport.Document(
                consultation.getUuid(),
                FhirRecordExport.DocumentType.PROVIDER_LETTER,
                english.get("letter.title"),
                renderer.pdf(DocumentRenderer.PROVIDER_LETTER, english.locale(), letterVariables)));
        if (!consultation.carePlan().isEmpty()) {
            PrintTexts texts = PrintTexts.in(mother.getPreferredLanguage());
            Map<String, Object> planVariables = variables(texts, null);
            planVariables.put("plan", TakeHomePlan.of(consultation, context, clinic, texts));
            documents.add(new FhirRecordExport.Document(
                    consultation.getUuid(),
                    FhirRecordExport.DocumentType.TAKE_HOME_PLAN,
                    texts.get("plan.title"),
                    renderer.pdf(DocumentRenderer.TAKE_HOME_PLAN, texts.locale(), planVariables)));
        }
        return documents;
    }

    /** A consultation voided as recorded in error has nothing to hand to a mother or a doctor. */
    private Consultation printable(UUID consultationUuid) {
        Consultation consultation = consultations.get(consultationUuid);
        if (consultation.isVoided()) {
            throw new RecordNotFoundException("Consultation", consultationUuid);
        }
        return consultation;
    }

    /** A print view or a PDF shows the record as much as a page does: both are on record as PRINT. */
    private void audited(Consultation consultation, String document, Links links) {
        audit.recordForMother(
                AuditActionType.PRINT,
                AuditRecordType.CONSULTATION,
                consultation.getUuid(),
                consultation.getMother().getUuid(),
                document + (links == null ? " PDF" : " print view") + ", mother "
                        + consultation.getMother().getUuid());
    }

    private ChartingContext context(Consultation consultation) {
        return consultations.chartingContext(consultation.getUuid());
    }

    private ClinicHeader clinic() {
        return ClinicHeader.of(settings.profile());
    }

    private static Map<String, Object> variables(PrintTexts texts, Links links) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("t", texts);
        variables.put("pdfUrl", links == null ? "" : links.pdfUrl());
        variables.put("backUrl", links == null ? "" : links.backUrl());
        return variables;
    }

    private static PrintedDocument render(
            String template, PrintTexts texts, Map<String, Object> variables, Links links, String fileName) {
        DocumentRenderer renderer = DocumentRenderer.get();
        if (links != null) {
            String xhtml = renderer.xhtml(template, texts.locale(), variables, true);
            return new PrintedDocument(
                    xhtml.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "text/html; charset=UTF-8",
                    fileName + ".html");
        }
        return new PrintedDocument(
                renderer.pdf(template, texts.locale(), variables), "application/pdf", fileName + ".pdf");
    }
}
