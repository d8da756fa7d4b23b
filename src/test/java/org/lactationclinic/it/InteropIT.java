package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Patient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.application.ProviderDirectoryService;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditEvent;
import org.lactationclinic.domain.audit.AuditSearch;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.MotherSearch;
import org.lactationclinic.domain.dyad.PersonIdentifier;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.provider.Npi;
import org.lactationclinic.domain.provider.Provider;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.demo.DemoClinic;
import org.lactationclinic.infrastructure.fhir.ClinicFhir;
import org.lactationclinic.infrastructure.fhir.FhirR4Check;

/**
 * Interoperability (issue 14) in a running server: identifiers stored, searched and kept unique. One class, so one
 * server start; every test makes its own uniquely numbered records.
 */
class InteropIT extends ContainerTestBase {

    private static final String MRN = "https://hospital.example/mrn";

    @EJB
    private ProviderDirectoryService directory;

    @Test
    void identifiers_shouldBeStoredSearchedAndUniquePerSystem() throws Exception {
        String family = uniqueName("Ident");
        String number = "MRN-" + family;
        Mother mother = motherWithBaby(family);
        mother.identifyAs(new PersonIdentifier(MRN, number));
        mother.getInfants().getFirst().identifyAs(new PersonIdentifier(MRN, "B-" + number));
        Mother registered = asConsultant.call(() -> dyads.register(mother));

        Mother stored = asConsultant.call(() -> dyads.getMother(registered.getUuid()));
        assertEquals(number, stored.getIdentifiers().getFirst().getValue());
        assertEquals(
                "B-" + number,
                stored.getInfants().getFirst().getIdentifiers().getFirst().getValue());

        // found by her number and by her baby's, in any system
        assertEquals(1, asConsultant.call(() -> dyads.count(new MotherSearch(null, null, null, " " + number + " "))));
        assertEquals(1, asConsultant.call(() -> dyads.count(new MotherSearch(null, null, null, "B-" + number))));
        assertEquals(
                List.of(registered.getUuid()),
                asConsultant.call(() -> dyads.findByIdentifier(MRN, number)).stream()
                        .map(Mother::getUuid)
                        .toList());

        // a second mother with the same number in the same system is refused, nothing stored
        Mother other = motherWithBaby(uniqueName("Ident"));
        other.identifyAs(new PersonIdentifier(MRN, number));
        ClinicalRuleException refused =
                assertThrows(ClinicalRuleException.class, () -> asConsultant.call(() -> dyads.register(other)));
        assertEquals("dyad_edit.message.error.identifierTaken", refused.getMessageKey());
        assertEquals(0, asConsultant.call(() -> dyads.count(new MotherSearch(other.getFamilyName(), null, null))));

        // the same value in another system is another number
        Mother third = motherWithBaby(uniqueName("Ident"));
        third.identifyAs(new PersonIdentifier("urn:oid:1.2.3.4", number));
        asConsultant.call(() -> dyads.register(third));

        // removing and editing her identifiers is a normal edit
        stored.getIdentifiers().clear();
        stored.identifyAs(new PersonIdentifier(MRN, number + "-2"));
        asConsultant.call(() -> dyads.update(stored));
        assertEquals(
                0, asConsultant.call(() -> dyads.findByIdentifier(MRN, number)).size());
        assertEquals(
                1,
                asConsultant
                        .call(() -> dyads.findByIdentifier(null, number + "-2"))
                        .size());
    }

    @Test
    void babysIdentifier_shouldFindHerMotherAndBeRefusedToAnotherBaby() throws Exception {
        String family = uniqueName("Babyid");
        String number = "B-" + family;
        Mother mother = motherWithBaby(family);
        mother.addInfant(new Infant(
                "Obi", family, SexType.MALE, LocalDateTime.now().minusDays(6).withNano(0), 275, 3200));
        mother.getInfants().getLast().identifyAs(new PersonIdentifier(MRN, number));
        Mother registered = asConsultant.call(() -> dyads.register(mother));

        assertEquals(
                List.of(registered.getUuid()),
                asConsultant.call(() -> dyads.findByIdentifier(MRN, number)).stream()
                        .map(Mother::getUuid)
                        .toList());
        assertEquals(
                1, asConsultant.call(() -> dyads.findByIdentifier(null, number)).size(), "any system");
        assertEquals(
                0,
                asConsultant
                        .call(() -> dyads.findByIdentifier("urn:oid:1.2.3.4", number))
                        .size());
        assertEquals(1, asConsultant.call(() -> dyads.count(new MotherSearch(null, null, null, number))));

        // another baby with the same number in the same system is refused (the infant's own check)
        Mother other = motherWithBaby(uniqueName("Babyid"));
        other.getInfants().getFirst().identifyAs(new PersonIdentifier(MRN, number));
        assertEquals(
                "dyad_edit.message.error.identifierTaken",
                assertThrows(ClinicalRuleException.class, () -> asConsultant.call(() -> dyads.register(other)))
                        .getMessageKey());

        // the baby registered in error and voided: FHIR and referral matching no longer find her by its number, the
        // search box still does: the two behaviours as they were written, kept
        Infant obi = asConsultant.call(() -> dyads.getMother(registered.getUuid())).getInfants().stream()
                .filter(infant -> infant.getGivenName().equals("Obi"))
                .findFirst()
                .orElseThrow();
        asConsultant.call(() -> {
            dyads.voidInfant(registered.getUuid(), obi.getUuid(), obi.getVersion(), "entered twice");
            return null;
        });
        assertEquals(
                0, asConsultant.call(() -> dyads.findByIdentifier(MRN, number)).size());
        assertEquals(1, asConsultant.call(() -> dyads.count(new MotherSearch(null, null, null, number))));
    }

    @Test
    void providerDirectory_shouldBeAdminsToKeepAndABabyNamesHerDoctor() throws Exception {
        Provider doctor = new Provider("Dr " + uniqueName("Mensah"));
        doctor.setPractice("Riverside Paediatrics");
        doctor.setFax("+44 20 7946 0000");
        // a consultant picks from the directory but does not keep it
        assertThrows(EJBAccessException.class, () -> asConsultant.call(() -> directory.save(doctor)));
        Provider saved = asAdmin.call(() -> directory.save(doctor));

        Mother mother = motherWithBaby(uniqueName("Doctor"));
        mother.getInfants().getFirst().setDoctor(saved);
        Mother registered = asConsultant.call(() -> dyads.register(mother));
        assertEquals(
                saved,
                asConsultant
                        .call(() -> dyads.getMother(registered.getUuid()))
                        .getInfants()
                        .getFirst()
                        .getDoctor());

        // retired: no longer offered, but the baby keeps her
        assertThrows(
                ClinicalRuleException.class,
                () -> asAdmin.call(() -> {
                    directory.retire(saved.getUuid(), saved.getVersion(), "");
                    return null;
                }));
        asAdmin.call(() -> {
            directory.retire(saved.getUuid(), saved.getVersion(), "Left the practice");
            return null;
        });
        assertFalse(asConsultant.call(() -> directory.active()).contains(saved));
        assertTrue(asAdmin.call(() -> directory.all()).contains(saved));
        assertEquals(
                saved,
                asConsultant
                        .call(() -> dyads.getMother(registered.getUuid()))
                        .getInfants()
                        .getFirst()
                        .getDoctor());

        // a second entry with the same NPI is refused
        Provider first = new Provider("Dr " + uniqueName("Npi"));
        String npi = npiFor(uniqueName(""));
        first.setNpi(npi);
        asAdmin.call(() -> directory.save(first));
        Provider second = new Provider("Dr " + uniqueName("Npi"));
        second.setNpi(npi);
        assertThrows(ClinicalRuleException.class, () -> asAdmin.call(() -> directory.save(second)));
    }

    /** A valid NPI that no other test uses: nine digits from the unique name, then the check digit. */
    private static String npiFor(String unique) {
        String nine = String.format("%09d", Math.floorMod(unique.hashCode(), 1_000_000_000));
        return nine + Npi.checkDigit(nine);
    }

    // --- the /fhir endpoint ---------------------------------------------------------------------------------

    @ArquillianResource
    private URL deployedAt;

    @Inject
    private AuditTrail auditTrail;

    /** Only in the container: the endpoint tests that run as a client have nothing injected. */
    @Override
    @BeforeEach
    void ensureTestConsultantAccount() throws Exception {
        if (staffRepository != null) {
            super.ensureTestConsultantAccount();
        }
    }

    @Test
    @RunAsClient
    void endpoint_shouldExportEveryDemoMotherAsValidR4AndRefuseAnonymousAndAdmins() throws Exception {
        HttpResponse<String> anonymous = get("metadata", null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(
                401,
                get("metadata", basic(DemoClinic.CONSULTANT_USERNAME, "wrong-password"))
                        .statusCode());
        assertEquals(
                403,
                get("metadata", basic(DemoClinic.ADMIN_USERNAME, DemoClinic.DEMO_PASSWORD))
                        .statusCode());

        String ana = basic(DemoClinic.CONSULTANT_USERNAME, DemoClinic.DEMO_PASSWORD);
        HttpResponse<String> metadata = get("metadata", ana);
        assertEquals(200, metadata.statusCode());
        CapabilityStatement capabilities =
                ClinicFhir.r4().newJsonParser().parseResource(CapabilityStatement.class, metadata.body());
        assertEquals(
                "Patient", capabilities.getRestFirstRep().getResourceFirstRep().getType());

        FhirR4Check check = new FhirR4Check();
        int mothers = 0;
        int resources = 0;
        int documents = 0;
        for (int i = 0; ; i++) {
            String mrn = "RH-" + (100231 + i);
            HttpResponse<String> search = get("Patient?identifier=" + DemoClinic.DEMO_MRN_SYSTEM + "%7C" + mrn, ana);
            assertEquals(200, search.statusCode(), search.body());
            Bundle found = ClinicFhir.r4().newJsonParser().parseResource(Bundle.class, search.body());
            if (found.getTotal() == 0) {
                break;
            }
            assertEquals(1, found.getTotal(), mrn);
            String id = found.getEntryFirstRep().getResource().getIdElement().getIdPart();
            HttpResponse<String> read = get("Patient/" + id, ana);
            assertEquals(200, read.statusCode());

            HttpResponse<String> everything = get("Patient/" + id + "/$everything", ana);
            assertEquals(200, everything.statusCode());
            Bundle record = ClinicFhir.r4().newJsonParser().parseResource(Bundle.class, everything.body());
            assertEquals(List.of(), check.bundleErrors(record), mrn);
            assertTrue(check.errors(ClinicFhir.r4().newJsonParser().parseResource(Patient.class, read.body()))
                    .isEmpty());
            mothers++;
            resources += record.getEntry().size();
            for (Bundle.BundleEntryComponent entry : record.getEntry()) {
                if (entry.getResource() instanceof org.hl7.fhir.r4.model.DocumentReference document) {
                    byte[] pdf = document.getContentFirstRep().getAttachment().getData();
                    assertEquals(
                            "%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII), mrn + " " + document.getId());
                    documents++;
                }
            }
        }
        assertTrue(documents >= mothers, "letters and plans attached: " + documents);
        assertTrue(mothers >= 5, "demo mothers exported: " + mothers);
        assertTrue(resources > mothers * 5, "resources: " + resources);
        assertEquals(
                404, get("Patient/" + UUID.randomUUID() + "/$everything", ana).statusCode());
        assertEquals(400, get("Patient", ana).statusCode());
    }

    @Test
    void endpoint_shouldLetAnIntegrationAccountReadAndAuditEveryRead() throws Exception {
        String username = "it.integration." + uniqueName("").toLowerCase();
        asAdmin.call(() -> staffService.createAccount(
                username, "Hospital EHR", "integration-password-1".toCharArray(), Set.of(RoleType.INTEGRATION)));
        String family = uniqueName("Fhir");
        Mother mother = motherWithBaby(family);
        mother.identifyAs(new PersonIdentifier(MRN, "F-" + family));
        Mother registered = asConsultant.call(() -> dyads.register(mother));

        String integration = basic(username, "integration-password-1");
        assertEquals(200, get("Patient?identifier=F-" + family, integration).statusCode());
        assertEquals(200, get("Patient/" + registered.getUuid(), integration).statusCode());
        HttpResponse<String> everything = get("Patient/" + registered.getUuid() + "/$everything", integration);
        assertEquals(200, everything.statusCode());
        assertTrue(everything.body().contains("F-" + family));

        List<AuditEvent> rows =
                asAdmin.call(() -> auditTrail.search(new AuditSearch(username, null, null, null), 0, 20));
        List<AuditActionType> actions = rows.stream()
                .filter(row -> registered.getUuid().equals(row.getRecordUuid()))
                .map(AuditEvent::getAction)
                .toList();
        // newest first: the export, the read, the search
        assertEquals(List.of(AuditActionType.EXPORT, AuditActionType.VIEW, AuditActionType.VIEW), actions);

        // an integration account has no pages, and a wrong password reads nothing and is recorded as refused
        assertEquals(
                401,
                get("Patient/" + registered.getUuid(), basic(username, "not-the-password"))
                        .statusCode());
        assertEquals(
                AuditActionType.SIGN_IN_FAILED,
                asAdmin.call(() -> auditTrail.search(new AuditSearch(username, null, null, null), 0, 1))
                        .getFirst()
                        .getAction());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(deployedAt.toURI().resolve("fhir/" + path))
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static Mother motherWithBaby(String familyName) {
        Mother mother = new Mother("Ifeoma", familyName, LocalDate.now().minusYears(29));
        mother.addInfant(new Infant(
                "Ada",
                familyName,
                SexType.FEMALE,
                LocalDateTime.now().minusDays(6).withNano(0),
                275,
                3300));
        return mother;
    }
}
