package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.application.TodayService;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditChainVerifier;
import org.lactationclinic.domain.audit.AuditEvent;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.audit.AuditSearch;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.DraftForm;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.shared.ConcurrentEditException;
import org.lactationclinic.infrastructure.demo.DemoClinic;
import org.lactationclinic.infrastructure.repository.AuditEventRepository;
import org.lactationclinic.infrastructure.security.StaffIdentityStore;

/**
 * The audit trail in a running Payara Micro against the real database (H2, or PostgreSQL with -Ppostgres): sign-ins,
 * views, changes and sign-outs are recorded, a failed change leaves no row, the tamper test (an audit row changed and
 * another deleted directly in the database, behind the trigger's back, and the verifier names both), and the role rules
 * around administration, the audit and charting. The page tests run as a client over HTTP on loopback, as a browser
 * would; the others in the container.
 */
class AuditTrailIT extends ContainerTestBase {

    private static final String CONSULTANT_PASSWORD = "integration-test-password";

    @EJB
    private AuditTrail auditTrail;

    @Inject
    private StaffIdentityStore identityStore;

    @EJB
    private TodayService today;

    @Resource(lookup = "java:app/jdbc/clinic")
    private DataSource dataSource;

    @ArquillianResource
    private URL deployedAt;

    @Resource
    private ManagedExecutorService executor;

    /** Only in the container: the page test runs as a client, where nothing is injected. */
    @Override
    @BeforeEach
    void ensureTestConsultantAccount() throws Exception {
        if (staffRepository != null) {
            super.ensureTestConsultantAccount();
        }
    }

    // --- in the container -------------------------------------------------------------------------------

    @Test
    void today_shouldListTheMothersSheOpenedLatestFirst_evenBehindManyViewsOfOneMother() throws Exception {
        Mother openedFirst = asConsultant.call(() -> dyads.register(motherWithOneInfant(uniqueName("Recent"))));
        Mother openedOften = asConsultant.call(() -> dyads.register(motherWithOneInfant(uniqueName("Recent"))));
        Mother openedLast = asConsultant.call(() -> dyads.register(motherWithOneInfant(uniqueName("Recent"))));
        asConsultant.run(() -> {
            auditTrail.record(AuditActionType.VIEW, AuditRecordType.MOTHER, openedFirst.getUuid(), "overview");
            // More views of one mother than one read of her views holds: the first mother is found by reading on.
            for (int view = 0; view <= AuditEventRepository.VIEWS_PER_READ; view++) {
                auditTrail.recordForMother(
                        AuditActionType.VIEW, AuditRecordType.CONSULTATION, null, openedOften.getUuid(), "edit");
            }
            auditTrail.record(AuditActionType.VIEW, AuditRecordType.MOTHER, openedLast.getUuid(), "overview");
        });

        List<UUID> recent = asConsultant.call(() -> today.today()).recentMothers().stream()
                .map(opened -> opened.mother().getUuid())
                .toList();

        assertEquals(
                List.of(openedLast.getUuid(), openedOften.getUuid(), openedFirst.getUuid()),
                recent.subList(0, Math.min(3, recent.size())));
    }

    @Test
    void signIn_shouldRecordSuccessAndEveryRefusalWithTheAddress() throws Exception {
        String stranger = "nobody." + uniqueName("x").toLowerCase();

        assertEquals(
                CredentialValidationResult.Status.VALID,
                identityStore
                        .validate(credential(AsConsultant.USERNAME, CONSULTANT_PASSWORD))
                        .getStatus());
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                identityStore
                        .validate(credential(AsConsultant.USERNAME, "not-the-password"))
                        .getStatus());
        assertEquals(
                CredentialValidationResult.Status.INVALID,
                identityStore
                        .validate(credential(stranger, "any-password-at-all"))
                        .getStatus());

        List<AuditEvent> consultant =
                asAdmin.call(() -> auditTrail.search(new AuditSearch(AsConsultant.USERNAME, null, null, null), 0, 2));
        assertEquals(
                List.of(AuditActionType.SIGN_IN_FAILED, AuditActionType.SIGN_IN),
                consultant.stream().map(AuditEvent::getAction).toList());
        assertNotNull(consultant.getFirst().getClientAddress(), "the address of the request");
        List<AuditEvent> unknown =
                asAdmin.call(() -> auditTrail.search(new AuditSearch(stranger, null, null, null), 0, 10));
        assertEquals(
                List.of(AuditActionType.SIGN_IN_FAILED),
                unknown.stream().map(AuditEvent::getAction).toList(),
                "a refused sign-in is recorded under the username typed, even one that names no account");
    }

    @Test
    void changes_shouldBeRecordedWithTheirRecordAndAFailedChangeShouldLeaveNone() throws Exception {
        Mother registered = asConsultant.call(() -> dyads.register(motherWithOneInfant(uniqueName("Audit"))));
        Mother form = asConsultant.call(() -> dyads.getMother(registered.getUuid()));
        Mother staleForm = asConsultant.call(() -> dyads.getMother(registered.getUuid()));
        form.setPhone("+44 20 7946 0555");
        asConsultant.call(() -> dyads.update(form));
        staleForm.setPhone("+44 20 7946 0666");
        assertThrows(ConcurrentEditException.class, () -> asConsultant.call(() -> dyads.update(staleForm)));
        Consultation started = asConsultant.call(() -> consultations.start(registered.getUuid()));
        asConsultant.call(() -> {
            consultations.voidConsultation(started.getUuid(), started.getVersion(), "Started for the wrong mother");
            return null;
        });

        // her uuid finds everything about her record: her own events and those on her baby and consultation
        List<AuditEvent> motherEvents = eventsOf(registered.getUuid());
        assertEquals(
                List.of("VOID CONSULTATION", "CREATE CONSULTATION", "UPDATE MOTHER", "CREATE INFANT", "CREATE MOTHER"),
                motherEvents.stream()
                        .map(event -> event.getAction() + " " + event.getRecordType())
                        .toList(),
                "newest first; the refused stale save left no row");
        assertTrue(
                motherEvents.stream()
                        .allMatch(event -> event.getActor().equals(AsConsultant.USERNAME)
                                && registered.getUuid().equals(event.getMotherUuid())),
                "each names her as the mother it concerns");
        assertEquals(
                5L,
                asAdmin.call(() -> auditTrail.count(new AuditSearch(null, registered.getUuid(), null, null))),
                "the count agrees with the list");
        assertEquals(
                List.of(),
                asAdmin.call(() ->
                        auditTrail.search(new AuditSearch(AsAdmin.USERNAME, registered.getUuid(), null, null), 0, 50)),
                "a user and a record together: what that user did to her record, here nothing");
        UUID infant = registered.getInfants().getFirst().getUuid();
        assertEquals(
                List.of(AuditActionType.CREATE),
                eventsOf(infant).stream().map(AuditEvent::getAction).toList());
        List<AuditEvent> consultationEvents = eventsOf(started.getUuid());
        assertEquals(
                List.of(AuditActionType.VOID, AuditActionType.CREATE),
                consultationEvents.stream().map(AuditEvent::getAction).toList());
        assertEquals(
                "mother " + registered.getUuid(), consultationEvents.getFirst().getDetail());
    }

    @Test
    void record_fromManyThreadsAtOnce_shouldNumberAndChainEveryEventWithoutGaps() throws Exception {
        UUID record = UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> appends = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String detail = "concurrent " + i;
            appends.add(executor.submit(() -> {
                start.await();
                auditTrail.record(AuditActionType.VIEW, AuditRecordType.MOTHER, record, detail);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> append : appends) {
            append.get(2, TimeUnit.MINUTES);
        }

        List<Long> numbers = eventsOf(record).stream()
                .map(AuditEvent::getSequenceNumber)
                .sorted()
                .toList();
        assertEquals(24, numbers.size());
        AuditChainVerifier.Result result = asAdmin.call(() -> auditTrail.verify());
        assertTrue(result.intact(), () -> "the chain after concurrent appends: " + result);
    }

    @Test
    void tamperTest_shouldNameTheChangedAndTheDeletedEvent() throws Exception {
        Mother registered = asConsultant.call(() -> dyads.register(motherWithOneInfant(uniqueName("Tamper"))));
        AuditEvent toChange = eventsOf(registered.getUuid()).stream()
                .filter(event -> event.getRecordType() == AuditRecordType.MOTHER)
                .findFirst()
                .orElseThrow();
        AuditEvent toDelete =
                eventsOf(registered.getInfants().getFirst().getUuid()).getFirst();
        assertTrue(asAdmin.call(() -> auditTrail.verify()).intact(), "the chain is intact before anyone touches it");

        try (Connection connection = dataSource.getConnection()) {
            assertThrows(
                    SQLException.class,
                    () -> execute(
                            connection, "update audit_event set detail = 'forged' where id = " + toChange.getId()),
                    "the trigger refuses an update");
            assertThrows(
                    SQLException.class,
                    () -> execute(connection, "delete from audit_event where id = " + toDelete.getId()),
                    "the trigger refuses a delete");
            Map<String, Object> deletedRow = row(connection, toDelete.getId());
            boolean postgres = connection.getMetaData().getURL().startsWith("jdbc:postgresql:");
            appendOnlyTrigger(connection, postgres, false); // as a DBA could
            try {
                execute(connection, "update audit_event set actor = 'someone.else' where id = " + toChange.getId());
                execute(connection, "delete from audit_event where id = " + toDelete.getId());

                AuditChainVerifier.Result tampered = asAdmin.call(() -> auditTrail.verify());

                assertFalse(tampered.intact());
                assertEquals(
                        List.of(new AuditChainVerifier.EditedEvent(toChange.getSequenceNumber(), toChange.getId())),
                        tampered.edited());
                assertEquals(
                        List.of(new AuditChainVerifier.MissingEvents(
                                toDelete.getSequenceNumber(), toDelete.getSequenceNumber())),
                        tampered.missing());
                assertEquals(List.of(), tampered.brokenLinks());
            } finally {
                execute(
                        connection,
                        "update audit_event set actor = '" + toChange.getActor() + "' where id = " + toChange.getId());
                insert(connection, deletedRow);
                appendOnlyTrigger(connection, postgres, true);
            }
        }
        assertTrue(
                asAdmin.call(() -> auditTrail.verify()).intact(), "restored, so that other tests find the chain whole");
    }

    @Test
    void roles_shouldKeepTheAuditForAdminsAndConsultationsForConsultants() {
        AuditSearch everything = AuditSearch.EVERYTHING;
        assertThrows(EJBAccessException.class, () -> auditTrail.search(everything, 0, 10), "nobody signed in");
        assertThrows(
                EJBAccessException.class,
                () -> asConsultant.call(() -> auditTrail.search(everything, 0, 10)),
                "a consultant cannot search the audit");
        assertThrows(EJBAccessException.class, () -> asConsultant.call(() -> auditTrail.count(everything)));
        assertThrows(
                EJBAccessException.class,
                () -> asConsultant.call(() -> auditTrail.verify()),
                "a consultant cannot run the verifier");
        assertThrows(
                EJBAccessException.class,
                () -> asConsultant.call(() -> staffService.listStaff()),
                "a consultant cannot manage staff");
        UUID anyConsultation = UUID.randomUUID();
        assertThrows(
                EJBAccessException.class,
                () -> asAdmin.call(() -> consultations.sign(anyConsultation, 0)),
                "an admin without the consultant role cannot sign a consultation");
        assertThrows(
                EJBAccessException.class,
                () -> asAdmin.call(() -> consultations.saveDraft(
                        anyConsultation,
                        0,
                        DraftForm.of(
                                null,
                                LocalDateTime.now(),
                                List.of(),
                                org.lactationclinic.domain.consultation.SoapNote.empty(),
                                List.of(),
                                null))),
                "an admin without the consultant role cannot edit a consultation");
        assertThrows(
                EJBAccessException.class,
                () -> asAdmin.call(() -> {
                    consultations.voidConsultation(anyConsultation, 0, "reason");
                    return null;
                }),
                "an admin without the consultant role cannot void a consultation");
    }

    // --- as a browser would, over HTTP ------------------------------------------------------------------

    @Test
    @RunAsClient
    void pages_shouldRecordSignInViewsAndSignOutAndKeepEachRoleToItsPages() throws Exception {
        String base = new URL("http", "localhost", deployedAt.getPort(), deployedAt.getPath()).toString();
        Http consultant = new Http(base);
        assertEquals(
                200,
                consultant.signIn(DemoClinic.CONSULTANT_USERNAME, "not-the-password"),
                "refused, the form is shown again");
        assertEquals(302, consultant.signIn(DemoClinic.CONSULTANT_USERNAME, DemoClinic.DEMO_PASSWORD));
        String[] motherAndConsultation = consultant.aMotherWithAConsultation();
        String mother = motherAndConsultation[0];
        String consultation = motherAndConsultation[1];
        assertEquals(
                200,
                consultant
                        .get("consultation/edit.xhtml?consultation=" + consultation)
                        .statusCode());
        for (String adminPage :
                List.of("admin/staff/list.xhtml", "admin/settings/edit.xhtml", "admin/audit/search.xhtml")) {
            HttpResponse<String> refused = consultant.get(adminPage);
            assertEquals(403, refused.statusCode(), "a consultant cannot open " + adminPage);
            assertFalse(refused.body().contains("audit:events"), "no audit rows on the refusal page");
        }
        assertEquals(302, consultant.post("logout", Map.of()).statusCode());

        Http admin = new Http(base);
        assertEquals(302, admin.signIn(DemoClinic.ADMIN_USERNAME, DemoClinic.DEMO_PASSWORD));
        assertEquals(
                403,
                admin.get("consultation/edit.xhtml?consultation=" + consultation)
                        .statusCode(),
                "an admin without the consultant role cannot open a consultation");
        assertEquals(403, admin.get("dyad/overview.xhtml?mother=" + mother).statusCode());
        HttpResponse<String> audit = admin.get("admin/audit/search.xhtml");
        assertEquals(200, audit.statusCode());
        String newestFirst = audit.body();
        // newest first: the admin's sign-in, the consultant's sign-out, the consultation and mother views, her sign-in,
        // her refusal
        List<String> expected = List.of("Signed in", "Signed out", "Viewed", "Viewed", "Signed in", "Sign-in refused");
        List<Integer> positions = new ArrayList<>();
        for (String action : expected) {
            int from = positions.isEmpty() ? 0 : positions.getLast() + 1;
            int at = newestFirst.indexOf(">" + action + "<", from);
            assertTrue(at >= 0, action + " after position " + from + " in the audit page");
            positions.add(at);
        }
        assertTrue(newestFirst.contains(consultation) && newestFirst.contains(mother), "the viewed records are named");
        assertTrue(newestFirst.contains(DemoClinic.CONSULTANT_USERNAME));
    }

    /** The infant page's read records its view itself, in its own transaction, naming the baby and her mother. */
    @Test
    void infantPage_shouldRecordOneViewOfTheBaby_withItsRead() throws Exception {
        Mother mother = asConsultant.call(() -> dyads.register(motherWithOneInfant(uniqueName("Weights"))));
        Infant baby = mother.getInfants().getFirst();

        asConsultant.call(() -> dyads.viewWeightHistory(baby.getUuid()));

        List<AuditEvent> views = eventsOf(baby.getUuid()).stream()
                .filter(event -> event.getAction() == AuditActionType.VIEW)
                .toList();
        assertEquals(1, views.size());
        assertEquals(AuditRecordType.INFANT, views.getFirst().getRecordType());
        assertEquals(mother.getUuid(), views.getFirst().getMotherUuid());
        assertEquals("weights, mother " + mother.getUuid(), views.getFirst().getDetail());
        assertEquals(AsConsultant.USERNAME, views.getFirst().getActor());
    }

    // --- helpers ----------------------------------------------------------------------------------------

    private List<AuditEvent> eventsOf(UUID record) throws Exception {
        return asAdmin.call(() -> auditTrail.search(new AuditSearch(null, record, null, null), 0, 50));
    }

    private static UsernamePasswordCredential credential(String username, String password) {
        return new UsernamePasswordCredential(username, new Password(password));
    }

    private static Mother motherWithOneInfant(String familyName) {
        Mother mother = new Mother("Ifeoma", familyName, LocalDate.now().minusYears(29));
        mother.addInfant(new Infant(
                "Zara",
                familyName,
                SexType.FEMALE,
                LocalDateTime.now().minusDays(5).withNano(0),
                275,
                3200));
        return mother;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void appendOnlyTrigger(Connection connection, boolean postgres, boolean on) throws SQLException {
        if (postgres) {
            execute(
                    connection,
                    "alter table audit_event " + (on ? "enable" : "disable") + " trigger audit_event_append_only");
        } else if (on) {
            execute(
                    connection,
                    "create trigger audit_event_append_only before update, delete on audit_event for each row "
                            + "call 'org.lactationclinic.infrastructure.persistence.AuditAppendOnlyGuard'");
        } else {
            execute(connection, "drop trigger audit_event_append_only");
        }
    }

    private static Map<String, Object> row(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select * from audit_event where id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                assertTrue(rs.next());
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.put(meta.getColumnName(i), rs.getObject(i));
                }
                return values;
            }
        }
    }

    private static void insert(Connection connection, Map<String, Object> row) throws SQLException {
        String sql = "insert into audit_event (" + String.join(", ", row.keySet()) + ") values ("
                + row.keySet().stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object value : row.values()) {
                insert.setObject(index++, value);
            }
            insert.executeUpdate();
        }
    }

    /** A browser's session: cookies kept, redirects not followed, so each answer's status is seen. */
    private static final class Http {

        private static final Pattern VIEW_STATE =
                Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*?value=\"([^\"]+)\"");
        private static final Pattern MOTHER_LINK = Pattern.compile("overview\\.xhtml\\?mother=([0-9a-f-]{36})");
        private static final Pattern CONSULTATION_LINK =
                Pattern.compile("consultation/edit\\.xhtml\\?consultation=([0-9a-f-]{36})");

        private final String base;
        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        Http(String base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Posts the sign-in form as the browser does; 302 is a sign-in, 200 the form shown again. */
        int signIn(String username, String password) throws Exception {
            String page = get("login.xhtml").body();
            Matcher viewState = VIEW_STATE.matcher(page);
            assertTrue(viewState.find(), "the sign-in form has a view state");
            Map<String, String> form = new LinkedHashMap<>();
            CspNonce.addTo(form, page);
            form.put("login", "login");
            form.put("login:username", username);
            form.put("login:password", password);
            form.put("login:signIn", "");
            form.put("jakarta.faces.ViewState", viewState.group(1));
            return post("login.xhtml", form).statusCode();
        }

        /** Opens the mother search and the overviews until one mother has a consultation: [mother, consultation]. */
        String[] aMotherWithAConsultation() throws Exception {
            Matcher mothers = MOTHER_LINK.matcher(get("dyad/search.xhtml").body());
            while (mothers.find()) {
                HttpResponse<String> overview = get("dyad/overview.xhtml?mother=" + mothers.group(1));
                assertEquals(200, overview.statusCode());
                Matcher consultation = CONSULTATION_LINK.matcher(overview.body());
                if (consultation.find()) {
                    return new String[] {mothers.group(1), consultation.group(1)};
                }
            }
            throw new AssertionError("no demo mother with a consultation on the first page of the search");
        }
    }
}
