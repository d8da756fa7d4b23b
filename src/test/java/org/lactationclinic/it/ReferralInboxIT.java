package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.application.ReferralService;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditEvent;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.audit.AuditSearch;
import org.lactationclinic.domain.consultation.WeightHistory;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.PersonIdentifier;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.referral.NewBaby;
import org.lactationclinic.domain.referral.ReceivedReferralStatusType;
import org.lactationclinic.domain.referral.Referral;
import org.lactationclinic.domain.referral.ReferralChannelType;
import org.lactationclinic.domain.referral.ReferralConditionType;
import org.lactationclinic.domain.referral.SentReferral;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.demo.DemoClinic;
import org.lactationclinic.infrastructure.fhir.ReferralReader;

/**
 * The referral inbox (issue 14) in a running server: a referral received (uploaded, or posted to /fhir by an
 * integration account), stored with what was and was not understood, listed urgent first, matched to a mother by
 * identifier then by name and date of birth, accepted (a new mother, or hers with her baby matched) with the weights
 * imported with their source, or rejected with a reason. One class, one server; each test makes its own family.
 */
class ReferralInboxIT extends ContainerTestBase {

    private static final String MRN = "https://hospital.example/mrn";

    @EJB
    private ReferralService referrals;

    @EJB
    private AuditTrail auditTrail;

    @ArquillianResource
    private URL deployedAt;

    /**
     * A referral for a baby born 6 days ago: birth weight 3400 g, 3020 g yesterday (88.8%), 2.95 "kilos" without a unit
     * the inbox knows, milk not in, 4 and 5 wet diapers, a concern, and an answer the rules do not read.
     */
    static String referral(String family, String motherMrn, String babyMrn, LocalDate motherBorn) {
        LocalDate born = LocalDate.now().minusDays(6);
        return """
                { "resourceType": "Bundle", "type": "collection", "entry": [
                  { "fullUrl": "urn:uuid:m", "resource": { "resourceType": "Patient", "id": "m",
                      "identifier": [ { "system": "%1$s", "value": "%2$s" } ],
                      "name": [ { "family": "%3$s", "given": [ "Amara" ] } ], "gender": "female", "birthDate": "%4$s" } },
                  { "fullUrl": "urn:uuid:b", "resource": { "resourceType": "Patient", "id": "b",
                      "identifier": [ { "system": "%1$s", "value": "%5$s" } ],
                      "name": [ { "family": "%3$s", "given": [ "Maya" ] } ], "gender": "female", "birthDate": "%6$s" } },
                  { "resource": { "resourceType": "RelatedPerson", "patient": { "reference": "urn:uuid:b" },
                      "name": [ { "family": "%3$s", "given": [ "Amara" ] } ], "birthDate": "%4$s" } },
                  { "resource": { "resourceType": "Observation", "id": "bw", "status": "final",
                      "code": { "coding": [ { "system": "http://loinc.org", "code": "8339-4" } ] }, "subject": { "reference": "urn:uuid:b" },
                      "effectiveDateTime": "%6$s", "valueQuantity": { "value": 3400, "code": "g" } } },
                  { "resource": { "resourceType": "Observation", "id": "w5", "status": "final",
                      "code": { "coding": [ { "system": "http://loinc.org", "code": "29463-7" } ] }, "subject": { "reference": "urn:uuid:b" },
                      "effectiveDateTime": "%7$s", "valueQuantity": { "value": "3020", "unit": "g" } } },
                  { "resource": { "resourceType": "Observation", "id": "w6", "status": "final",
                      "code": { "coding": [ { "system": "http://loinc.org", "code": "29463-7" } ] }, "subject": { "reference": "urn:uuid:b" },
                      "effectiveDateTime": "%8$s", "valueQuantity": { "value": 2.95, "unit": "kilos" } } },
                  { "resource": { "resourceType": "QuestionnaireResponse", "status": "completed", "authored": "%8$s",
                      "item": [ { "linkId": "milk-came-in", "answer": { "valueBoolean": "false" } },
                                { "linkId": "wet-diapers",
                                  "answer": [ { "valueInteger": 4 }, { "valueInteger": "5" } ] },
                                { "linkId": "concerns",
                                  "answer": [ { "valueString": "She falls asleep at the breast" } ] },
                                { "linkId": "sleep", "answer": [ { "valueString": "in our room" } ] } ] } } ] }
                """.formatted(MRN, motherMrn, family, motherBorn, babyMrn, born, born.plusDays(5), born.plusDays(6));
    }

    /** The facts a new baby's record needs that the referral did not send, as the consultant types them. */
    private static Map<String, NewBaby> typed(String payload) {
        SentReferral result = ReferralReader.read(payload);
        NewBaby form = NewBaby.of(result, result.babies().getFirst());
        form.setBirthTime(LocalTime.of(7, 15));
        form.setGestationalWeeks(39);
        form.setGestationalDays(2);
        return Map.of(result.babies().getFirst().key(), form);
    }

    @Test
    void receive_shouldStoreWhatWasSentUnderstoodAndNotAndListTheUrgentFirst() throws Exception {
        String family = uniqueName("Inbox");
        String payload = referral(family, "M-" + family, "B-" + family, LocalDate.of(1991, 4, 12));
        String calm = """
                { "resourceType": "Patient", "id": "x",
                  "name": [ { "family": "%s", "given": [ "Ruth" ] } ], "birthDate": "1990-01-01" }
                """.formatted(uniqueName("Calm"));
        Referral quiet = asConsultant.call(() ->
                referrals.receive(ReferralChannelType.UPLOAD, "calm.json", calm).referral());
        Referral urgent = asConsultant.call(() -> referrals
                .receive(ReferralChannelType.UPLOAD, "maya.json", payload)
                .referral());

        assertEquals(payload, urgent.getPayload());
        assertEquals(ReceivedReferralStatusType.RECEIVED, urgent.getStatus());
        assertEquals(AsConsultant.USERNAME, urgent.getCreatedBy());
        assertEquals(
                List.of(
                        ReferralConditionType.MOTHER_CONCERNS,
                        ReferralConditionType.MILK_NOT_IN_BY_DAY_4,
                        ReferralConditionType.FEW_WET_DIAPERS,
                        ReferralConditionType.WEIGHT_UNDER_91_PERCENT_BEFORE_DAY_10),
                urgent.getConditionsMet());
        // the weight in "kilos" and the unread answer are listed, not used
        assertEquals(
                2,
                urgent.getNotUnderstoodCount(),
                urgent.getNotUnderstoodItems().toString());
        assertTrue(urgent.getNotUnderstoodItems().stream().anyMatch(item -> item.contains("Observation/w6")));
        assertTrue(urgent.getUnderstood().contains("\"grams\":3020"));
        assertTrue(
                !urgent.getUnderstood().contains("2950")
                        && !urgent.getUnderstood().contains("2.95"),
                urgent.getUnderstood());

        List<Referral> inbox = asConsultant.call(() -> referrals.inbox());
        int urgentAt = inbox.indexOf(urgent);
        int quietAt = inbox.indexOf(quiet);
        assertTrue(urgentAt >= 0 && urgentAt < quietAt, "urgent at " + urgentAt + ", quiet at " + quietAt);
        assertEquals(0, inbox.get(quietAt).getConditionCount());
    }

    @Test
    void accept_shouldRegisterANewMotherAndImportTheWeightsWithTheirSource() throws Exception {
        String family = uniqueName("Newmum");
        String payload = referral(family, "M-" + family, "B-" + family, LocalDate.of(1991, 4, 12));
        Referral received = asConsultant.call(() ->
                referrals.receive(ReferralChannelType.UPLOAD, "r.json", payload).referral());
        assertEquals(List.of(), asConsultant.call(() -> referrals.candidates(received.getUuid())));

        // a new baby's record needs facts the referral did not send: refused until they are typed
        assertThrows(
                ClinicalRuleException.class,
                () -> asConsultant.call(
                        () -> referrals.accept(received.getUuid(), received.getVersion(), null, Map.of())));
        Mother mother = asConsultant.call(
                () -> referrals.accept(received.getUuid(), received.getVersion(), null, typed(payload)));

        Mother stored = asConsultant.call(() -> dyads.getMother(mother.getUuid()));
        assertEquals("Amara", stored.getGivenName());
        assertEquals(LocalDate.of(1991, 4, 12), stored.getDateOfBirth());
        assertEquals(
                List.of("M-" + family),
                stored.getIdentifiers().stream().map(PersonIdentifier::getValue).toList());
        Infant baby = stored.getInfants().getFirst();
        assertEquals("Maya", baby.getGivenName());
        assertEquals(SexType.FEMALE, baby.getSex());
        assertEquals(3400, baby.getBirthWeightGrams());
        assertEquals(39 * 7 + 2, baby.getGestationalAgeDays());
        assertEquals(LocalDate.now().minusDays(6).atTime(7, 15), baby.getBirthDateTime());
        assertEquals("B-" + family, baby.getIdentifiers().getFirst().getValue());

        // the weight sent is one of her weights, with its source; the one in "kilos" is not
        WeightHistory weights = asConsultant.call(() -> dyads.viewWeightHistory(baby.getUuid()));
        assertEquals(1, weights.rows().size());
        WeightHistory.Row row = weights.rows().getFirst();
        assertNull(row.findings());
        assertEquals(3020, row.point().weightGrams());
        assertEquals(5, row.point().dayOfLife());
        assertEquals("Observation/w5", row.imported().getSource());
        assertEquals(received.getUuid(), row.imported().getReferral().getUuid());

        Referral accepted = asConsultant.call(() -> referrals.view(received.getUuid()));
        assertEquals(ReceivedReferralStatusType.ACCEPTED, accepted.getStatus());
        assertEquals(mother.getUuid(), accepted.getMother().getUuid());
        assertEquals(AsConsultant.USERNAME, accepted.getDecidedBy());
        assertThrows(
                ClinicalRuleException.class,
                () -> asConsultant.call(
                        () -> referrals.accept(received.getUuid(), accepted.getVersion(), null, typed(payload))));

        List<AuditEvent> rows =
                asAdmin.call(() -> auditTrail.search(new AuditSearch(AsConsultant.USERNAME, null, null, null), 0, 40));
        List<AuditActionType> onReferral = rows.stream()
                .filter(e -> received.getUuid().equals(e.getRecordUuid()))
                .map(AuditEvent::getAction)
                .toList();
        // newest first: the view, the acceptance, the receipt (the refused acceptance left none)
        assertEquals(List.of(AuditActionType.VIEW, AuditActionType.UPDATE, AuditActionType.CREATE), onReferral);
        assertTrue(rows.stream()
                .anyMatch(e -> e.getRecordType() == AuditRecordType.MOTHER
                        && mother.getUuid().equals(e.getRecordUuid())
                        && e.getAction() == AuditActionType.CREATE));
    }

    @Test
    void candidates_shouldFindHerByIdentifierThenByNameAndBirth_andAcceptingMatchesHerBaby() throws Exception {
        String family = uniqueName("Known");
        LocalDate born = LocalDate.of(1988, 2, 3);
        Mother known = new Mother("Amara", family, born);
        known.identifyAs(new PersonIdentifier(MRN, "M-" + family));
        known.addInfant(new Infant(
                "Maya", family, SexType.FEMALE, LocalDate.now().minusDays(6).atTime(3, 40), 275, 3400));
        Mother registered = asConsultant.call(() -> dyads.register(known));
        Mother namesake = asConsultant.call(() -> dyads.register(new Mother("Amara", family, born)));

        // the baby's number differs from any the clinic has: she is matched by her given name and birth date
        String payload = referral(family, "M-" + family, "NEW-" + family, born);
        Referral received = asConsultant.call(() ->
                referrals.receive(ReferralChannelType.UPLOAD, null, payload).referral());
        List<ReferralService.Candidate> candidates = asConsultant.call(() -> referrals.candidates(received.getUuid()));
        assertEquals(
                List.of(registered.getUuid(), namesake.getUuid()),
                candidates.stream().map(c -> c.mother().getUuid()).toList());
        assertEquals(
                List.of(ReferralService.MatchType.IDENTIFIER, ReferralService.MatchType.NAME_AND_BIRTH),
                candidates.stream().map(ReferralService.Candidate::matchedBy).toList());

        // accepting into a new mother would give her the number another mother has: refused
        assertThrows(
                ClinicalRuleException.class,
                () -> asConsultant.call(
                        () -> referrals.accept(received.getUuid(), received.getVersion(), null, typed(payload))));

        asConsultant.call(
                () -> referrals.accept(received.getUuid(), received.getVersion(), registered.getUuid(), Map.of()));
        Mother stored = asConsultant.call(() -> dyads.getMother(registered.getUuid()));
        assertEquals(1, stored.getInfants().size());
        WeightHistory weights = asConsultant.call(
                () -> dyads.viewWeightHistory(stored.getInfants().getFirst().getUuid()));
        assertEquals(
                List.of(3020),
                weights.rows().stream().map(r -> r.point().weightGrams()).toList());
    }

    @Test
    void reject_shouldNeedAReasonAndKeepTheReferral() throws Exception {
        String family = uniqueName("Reject");
        String payload = referral(family, "M-" + family, "B-" + family, LocalDate.of(1993, 6, 1));
        Referral received = asConsultant.call(() ->
                referrals.receive(ReferralChannelType.UPLOAD, "x.json", payload).referral());
        assertThrows(
                ClinicalRuleException.class,
                () -> asConsultant.call(() -> {
                    referrals.reject(received.getUuid(), received.getVersion(), " ");
                    return null;
                }));
        asConsultant.call(() -> {
            referrals.reject(received.getUuid(), received.getVersion(), "Sent to the wrong clinic");
            return null;
        });
        Referral rejected = asConsultant.call(() -> referrals.view(received.getUuid()));
        assertEquals(ReceivedReferralStatusType.REJECTED, rejected.getStatus());
        assertEquals("Sent to the wrong clinic", rejected.getRejectReason());
        assertEquals(payload, rejected.getPayload());
        assertTrue(asConsultant.call(() -> referrals.inbox()).contains(rejected));
    }

    @Test
    void endpoint_shouldTakeAReferralFromAnIntegrationAccountAndAuditIt() throws Exception {
        String username = "it.referrer." + uniqueName("").toLowerCase();
        asAdmin.call(() -> staffService.createAccount(
                username, "Hospital EHR", "integration-password-1".toCharArray(), Set.of(RoleType.INTEGRATION)));
        String family = uniqueName("Posted");
        String payload = referral(family, "M-" + family, "B-" + family, LocalDate.of(1990, 9, 9));

        assertEquals(401, post(payload, null).statusCode());
        assertEquals(
                403,
                post(payload, basic(DemoClinic.ADMIN_USERNAME, DemoClinic.DEMO_PASSWORD))
                        .statusCode());
        HttpResponse<String> sent = post(payload, basic(username, "integration-password-1"));
        assertEquals(201, sent.statusCode(), sent.body());
        assertTrue(sent.body().contains("OperationOutcome") && sent.body().contains("Observation/w6"), sent.body());

        List<AuditEvent> rows =
                asAdmin.call(() -> auditTrail.search(new AuditSearch(username, null, null, null), 0, 5));
        AuditEvent created = rows.stream()
                .filter(e -> e.getRecordType() == AuditRecordType.REFERRAL)
                .findFirst()
                .orElseThrow();
        assertEquals(AuditActionType.CREATE, created.getAction());
        Referral stored = asConsultant.call(() -> referrals.view(created.getRecordUuid()));
        assertEquals(ReferralChannelType.ENDPOINT, stored.getChannel());
        assertEquals(username, stored.getCreatedBy());
        assertEquals(payload, stored.getPayload());

        // an integration retrying after a time-out: the same text again is answered with the referral received before
        HttpResponse<String> again = post(payload, basic(username, "integration-password-1"));
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(
                again.body().contains("Already received")
                        && again.body().contains(stored.getUuid().toString()),
                again.body());
        assertEquals(
                1,
                asConsultant.call(() -> referrals.inbox()).stream()
                        .filter(referral -> referral.getMotherName() != null
                                && referral.getMotherName().contains(family))
                        .count());
    }

    private HttpResponse<String> post(String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(deployedAt.toURI().resolve("fhir/Bundle"))
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
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
}
