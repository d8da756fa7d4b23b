package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditEvent;
import org.lactationclinic.domain.audit.AuditSearch;
import org.lactationclinic.infrastructure.demo.DemoClinic;
import org.lactationclinic.infrastructure.security.StaffIdentityStore;
import org.xml.sax.InputSource;

/**
 * Bad input from issue 11, item 8, posted as a browser (or a crafted request) would: each is refused with a message at
 * its field, the answer is 200, nothing is stored (the save's redirect to the new record never comes) and what was
 * typed is still on the form. Run it on PostgreSQL too (-Ppostgres): a NUL is what PostgreSQL refuses and H2 does not.
 */
class BadInputIT extends ContainerTestBase {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private StaffIdentityStore identityStore;

    @EJB
    private AuditTrail auditTrail;

    @ArquillianResource
    private URL deployedAt;

    /** Only in the container: the page tests run as a client, where nothing is injected. */
    @Override
    @BeforeEach
    void ensureTestConsultantAccount() throws Exception {
        if (staffRepository != null) {
            super.ensureTestConsultantAccount();
        }
    }

    // --- sign-in, in the container ---------------------------------------------------------------------

    @Test
    void signIn_withANulOrALineBreakInTheUsername_shouldBeRefusedAndRecordedEscaped() throws Exception {
        String nul = "nul" + uniqueName("x").toLowerCase() + "\u0000";
        String forged = "crlf" + uniqueName("x").toLowerCase() + "\r\n2026-01-01 SIGN_IN admin";

        for (String username : List.of(nul, forged)) {
            CredentialValidationResult result =
                    identityStore.validate(new UsernamePasswordCredential(username, new Password("any-password")));
            assertEquals(CredentialValidationResult.Status.INVALID, result.getStatus());
        }

        String nulEscaped = nul.replace("\u0000", "\\u0000");
        String forgedEscaped = forged.replace("\r", "\\r").replace("\n", "\\n");
        for (String escaped : List.of(nulEscaped, forgedEscaped)) {
            List<AuditEvent> events =
                    asAdmin.call(() -> auditTrail.search(new AuditSearch(escaped, null, null, null), 0, 10));
            assertEquals(
                    List.of(AuditActionType.SIGN_IN_FAILED),
                    events.stream().map(AuditEvent::getAction).toList(),
                    "the refused sign-in is on record, its username escaped: " + escaped);
        }
    }

    // --- pages, as a browser would ----------------------------------------------------------------------

    @Test
    @RunAsClient
    void registration_shouldRefuseEachBadInputAtItsFieldAndKeepTheForm() throws Exception {
        Http consultant = new Http(base());
        assertEquals(302, consultant.signIn(DemoClinic.CONSULTANT_USERNAME, DemoClinic.DEMO_PASSWORD));
        String family = uniqueName("Bad");
        LocalDateTime born = LocalDateTime.now().minusDays(6).withHour(7).withMinute(30);

        assertRefused(
                consultant,
                family,
                Map.of("form:givenName", "Ama\u0000"),
                "form:givenName",
                "letters|invisible control character");
        assertRefused(
                consultant,
                family,
                Map.of("form:medications", "Metformin\u0000"),
                "form:medications",
                "invisible control character");
        assertRefused(
                consultant, family, Map.of("form:familyName", family + "\r\nX"), "form:familyName", "letters|one line");
        assertRefused(
                consultant,
                family,
                Map.of("form:medications", "m".repeat(501)),
                "form:medications",
                "at most 500 characters|between 0 and 500");
        assertRefused(
                consultant,
                family,
                Map.of("form:dateOfBirth_input", "1990-02-30"),
                "form:dateOfBirth",
                "not a date on the calendar");
        assertRefused(
                consultant,
                family,
                Map.of("form:infant:0:born_input", "1800-01-01 10:00"),
                "form:infant:0:born",
                "more than five years");
        assertRefused(
                consultant,
                family,
                Map.of(
                        "form:dateOfBirth_input",
                        LocalDate.now().minusYears(1).toString(),
                        "form:infant:0:born_input",
                        LocalDate.now().minusYears(1).minusDays(3).atTime(9, 0).format(DATE_TIME)),
                "form:infant:0:born",
                "not after the mother");

        // and the same form, corrected, is saved: the refusals above were about the input, not the form
        Map<String, String> good = registration(consultant, family, born, Map.of());
        HttpResponse<String> saved = consultant.ajax("dyad/edit.xhtml", "form", "form:save", good);
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("<redirect") && saved.body().contains("overview.xhtml"), saved.body());
    }

    @Test
    @RunAsClient
    void expiredView_withAPlainPost_shouldRedirectToThePageWithAMessage() throws Exception {
        Http consultant = new Http(base());
        assertEquals(302, consultant.signIn(DemoClinic.CONSULTANT_USERNAME, DemoClinic.DEMO_PASSWORD));
        consultant.get("dyad/edit.xhtml");

        HttpResponse<String> expired = consultant.post(
                "dyad/edit.xhtml",
                Map.of(
                        "form",
                        "form",
                        "form:givenName",
                        "Ama",
                        "form:save",
                        "",
                        "jakarta.faces.ViewState",
                        "-1234567890:9876543210"));

        assertEquals(302, expired.statusCode(), () -> "not the error page's 500: " + expired.body());
        String location = expired.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("dyad/edit.xhtml"), location);
        HttpResponse<String> page =
                consultant.get(URI.create(base()).resolve(location).toString().substring(base().length()));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("open too long"), "the page says why nothing was saved");
    }

    @Test
    @RunAsClient
    void logo_ofThreeMegabytes_shouldBeRefusedAtTheUploadField() throws Exception {
        Http admin = new Http(base());
        assertEquals(302, admin.signIn(DemoClinic.ADMIN_USERNAME, DemoClinic.DEMO_PASSWORD));
        HttpResponse<String> page = admin.get("admin/settings/clinic.xhtml");
        assertEquals(200, page.statusCode());
        Map<String, String> fields = Http.formFields(page.body(), "clinic");
        byte[] png = new byte[3 * 1024 * 1024];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);

        fields.put("clinic:save", "");
        // Under the name the page gives its file input, as a browser posts it (the skinned uploader names it
        // clinic:logo_input).
        HttpResponse<String> refused = admin.multipart(
                "admin/settings/clinic.xhtml",
                fields,
                Http.fileInputName(page.body(), "clinic:logo"),
                "photo.png",
                png);

        assertEquals(200, refused.statusCode());
        int at = refused.body().indexOf("clinic:logoMessage");
        Matcher message = Pattern.compile("id=\"clinic:logoMessage\"[^>]*>(.*?)</", Pattern.DOTALL)
                .matcher(refused.body());
        assertTrue(
                message.find() && message.group(1).contains("too large"),
                () -> "the upload field says why: "
                        + refused.body()
                                .substring(
                                        Math.max(0, at), Math.min(refused.body().length(), Math.max(0, at) + 600)));
        assertFalse(refused.body().contains(">Saved"), "nothing saved");
    }

    // --- helpers ----------------------------------------------------------------------------------------

    private String base() throws Exception {
        return new URL("http", "localhost", deployedAt.getPort(), deployedAt.getPath()).toString();
    }

    /** Posts the registration with one bad value; the answer must refuse it at the field and keep the family name. */
    private static void assertRefused(
            Http consultant, String family, Map<String, String> bad, String field, String says) throws Exception {
        Map<String, String> form = registration(
                consultant, family, LocalDateTime.now().minusDays(6).withHour(7).withMinute(30), bad);
        HttpResponse<String> answer = consultant.ajax("dyad/edit.xhtml", "form", "form:save", form);

        assertEquals(200, answer.statusCode(), () -> bad + ": " + answer.body());
        String body = answer.body();
        // The browser reads the partial response as XML: a control character echoed raw would break it, and no message
        // would show.
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(body)));
        assertFalse(body.contains("<redirect"), () -> bad + " was saved");
        Matcher message = Pattern.compile("id=\"" + Pattern.quote(field) + "Message\"[^>]*>(.*?)</div>", Pattern.DOTALL)
                .matcher(body);
        assertTrue(message.find(), () -> "a message at " + field + ": " + body);
        assertTrue(
                message.group(0).contains("ui-message-error")
                        && Pattern.compile(says).matcher(message.group(1)).find(),
                () -> field + " says '" + says + "': " + body);
        assertTrue(body.contains(family), "what was typed is still on the form");
    }

    /** A fresh registration form, filled in with a mother and one baby, with some values replaced. */
    private static Map<String, String> registration(
            Http consultant, String family, LocalDateTime born, Map<String, String> replaced) throws Exception {
        HttpResponse<String> page = consultant.get("dyad/edit.xhtml");
        assertEquals(200, page.statusCode());
        Map<String, String> form = Http.formFields(page.body(), "form");
        form.put("form:givenName", "Ama");
        form.put("form:familyName", family);
        // A date picker posts its text under <id>_input, as a p:inputNumber posts its number under <id>_hinput.
        form.put("form:dateOfBirth_input", LocalDate.now().minusYears(31).toString());
        form.put("form:infant:0:infantGivenName", "Kofi");
        form.put("form:infant:0:infantFamilyName", family);
        form.put("form:infant:0:sex", "MALE");
        form.put("form:infant:0:born_input", born.format(DATE_TIME));
        form.put("form:infant:0:gestation", "39+2");
        form.put("form:infant:0:birthWeight_input", "3350");
        form.put("form:infant:0:birthWeight_hinput", "3350");
        form.putAll(replaced);
        return form;
    }

    /** A browser's session: cookies kept, redirects not followed, so each answer's status is seen. */
    private static final class Http {

        private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);
        private static final Pattern SELECT =
                Pattern.compile("<select\\b[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
        private static final Pattern SELECTED =
                Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected", Pattern.DOTALL);
        private static final Pattern ATTRIBUTE = Pattern.compile("\\b(name|value|type)=\"([^\"]*)\"");

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
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Posts the form as PrimeFaces' AJAX button does, processing the whole form. */
        HttpResponse<String> ajax(String path, String formId, String source, Map<String, String> form)
                throws Exception {
            Map<String, String> request = new LinkedHashMap<>(form);
            request.put("jakarta.faces.partial.ajax", "true");
            request.put("jakarta.faces.source", source);
            request.put("jakarta.faces.partial.execute", formId);
            request.put("jakarta.faces.partial.render", formId);
            request.put(source, source);
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                            .header("Faces-Request", "partial/ajax")
                            .POST(HttpRequest.BodyPublishers.ofString(encode(request)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> multipart(
                String path, Map<String, String> form, String fileField, String fileName, byte[] file)
                throws Exception {
            String boundary = "----bad-input-" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Map.Entry<String, String> field : form.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                                + "\"\r\n\r\n" + field.getValue() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                            + fileName + "\"\r\nContent-Type: image/png\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(file);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        int signIn(String username, String password) throws Exception {
            Map<String, String> form = formFields(get("login.xhtml").body(), "login");
            form.put("login:username", username);
            form.put("login:password", password);
            form.put("login:signIn", "");
            return post("login.xhtml", form).statusCode();
        }

        /** The name of the file input of the upload component with this client id: its own, or its {@code _input}. */
        static String fileInputName(String html, String clientId) {
            Matcher input = INPUT.matcher(html);
            while (input.find()) {
                if (input.group(1).contains("type=\"file\"")) {
                    Matcher name = Pattern.compile("\\bname=\"(" + Pattern.quote(clientId) + "(?:_input)?)\"")
                            .matcher(input.group(1));
                    if (name.find()) {
                        return name.group(1);
                    }
                }
            }
            throw new AssertionError("no file input for " + clientId);
        }

        /**
         * The fields a browser would send for the form: text inputs, checked boxes, selected options, the view state.
         */
        static Map<String, String> formFields(String html, String formId) {
            int start = html.indexOf("<form id=\"" + formId + "\"");
            assertTrue(start >= 0, "form " + formId);
            String form = html.substring(start, html.indexOf("</form>", start));
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(form);
            while (input.find()) {
                Map<String, String> attributes = new LinkedHashMap<>();
                Matcher attribute = ATTRIBUTE.matcher(input.group(1));
                while (attribute.find()) {
                    attributes.putIfAbsent(attribute.group(1), attribute.group(2));
                }
                String type = attributes.getOrDefault("type", "text");
                boolean unchecked = (type.equals("checkbox") || type.equals("radio"))
                        && !input.group(1).contains("checked");
                if (attributes.containsKey("name") && !unchecked && !type.equals("file") && !type.equals("submit")) {
                    fields.put(
                            attributes.get("name"),
                            attributes
                                    .getOrDefault("value", "")
                                    .replace("&#58;", ":")
                                    .replace("&amp;", "&"));
                }
            }
            Matcher select = SELECT.matcher(form);
            while (select.find()) {
                Matcher selected = SELECTED.matcher(select.group(2));
                fields.put(select.group(1), selected.find() ? selected.group(1) : "");
            }
            CspNonce.addTo(fields, html);
            return fields;
        }

        private static String encode(Map<String, String> form) {
            return form.entrySet().stream()
                    .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        }
    }
}
