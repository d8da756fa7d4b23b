package org.lactationclinic.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser session against a deployed clinic, as a test drives it over HTTP: signs in through the sign-in page,
 * keeps the session cookie, and reads and posts the forms of the pages it gets. The sign-in form is parsed rather than
 * named (the form with a password field; its first text field takes the username), so a change of the sign-in page's
 * ids does not break the tests that merely need to be signed in.
 */
final class HttpSession {

    private static final Pattern FORM =
            Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BUTTON = Pattern.compile("<button\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SELECT =
            Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern SELECTED =
            Pattern.compile("<option\\b([^>]*\\bselected\\b[^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXTAREA =
            Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    /** A page as the server answered it. */
    record Page(int status, URI uri, String body) {

        /** The form whose id (or name) is given, with the values the page filled in. */
        Form form(String id) {
            Matcher forms = FORM.matcher(body);
            while (forms.find()) {
                String attributes = forms.group(1);
                if (id.equals(attribute(attributes, "id")) || id.equals(attribute(attributes, "name"))) {
                    Form form = Form.parse(uri.resolve(unescape(attribute(attributes, "action"))), forms.group(2));
                    CspNonce.addTo(form.fields(), body);
                    return form;
                }
            }
            throw new AssertionError("No form " + id + " on " + uri + ":\n" + body);
        }
    }

    /** A form's fields as a browser would send them, in page order; buttons are sent only when clicked. */
    record Form(URI action, Map<String, String> fields, Map<String, String> buttons) {

        static Form parse(URI action, String html) {
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, String> buttons = new LinkedHashMap<>();
            Matcher inputs = INPUT.matcher(html);
            while (inputs.find()) {
                String attributes = inputs.group(1);
                String name = attribute(attributes, "name");
                String type = String.valueOf(attribute(attributes, "type")).toLowerCase();
                if (name == null
                        || type.equals("button")
                        || type.equals("file")
                        || ((type.equals("checkbox") || type.equals("radio")) && !attributes.contains("checked"))) {
                    continue;
                }
                String value =
                        unescape(String.valueOf(attribute(attributes, "value")).replace("null", ""));
                (type.equals("submit") ? buttons : fields).put(name, value);
            }
            Matcher selects = SELECT.matcher(html);
            while (selects.find()) {
                String name = attribute(selects.group(1), "name");
                Matcher selected = SELECTED.matcher(selects.group(2));
                if (name != null) {
                    fields.put(
                            name,
                            selected.find() ? unescape(String.valueOf(attribute(selected.group(1), "value"))) : "");
                }
            }
            Matcher textareas = TEXTAREA.matcher(html);
            while (textareas.find()) {
                String name = attribute(textareas.group(1), "name");
                if (name != null) {
                    fields.put(name, unescape(textareas.group(2)));
                }
            }
            Matcher submitButtons = BUTTON.matcher(html);
            while (submitButtons.find()) {
                String name = attribute(submitButtons.group(1), "name");
                if (name != null) {
                    buttons.put(name, name);
                }
            }
            return new Form(action, fields, buttons);
        }

        /** The first field of a type the page shows, e.g. the username field before the password. */
        String fieldOfType(String html, String type) {
            Matcher inputs = INPUT.matcher(html);
            while (inputs.find()) {
                if (type.equalsIgnoreCase(attribute(inputs.group(1), "type"))
                        && fields.containsKey(attribute(inputs.group(1), "name"))) {
                    return attribute(inputs.group(1), "name");
                }
            }
            throw new AssertionError("No " + type + " field in " + fields.keySet());
        }

        /** The body of a full (non-AJAX) postback that clicks the button whose name ends with the given id. */
        String clicking(String buttonId, Map<String, String> changes) {
            String button = buttons.keySet().stream()
                    .filter(name -> name.endsWith(buttonId))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No button " + buttonId + " in " + buttons.keySet()));
            Map<String, String> sent = new LinkedHashMap<>(fields);
            changes.forEach((suffix, value) -> sent.put(
                    sent.keySet().stream()
                            .filter(name -> name.endsWith(suffix))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("No field " + suffix + " in " + sent.keySet())),
                    value));
            sent.put(button, button);
            return encode(sent);
        }

        /** The body of a PrimeFaces AJAX postback that clicks the button, processing and rendering what is given. */
        String ajaxClicking(String buttonId, String execute, String render, Map<String, String> changes) {
            String button = buttons.keySet().stream()
                    .filter(name -> name.endsWith(buttonId))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No button " + buttonId + " in " + buttons.keySet()));
            Map<String, String> ajax = new LinkedHashMap<>();
            ajax.put("jakarta.faces.partial.ajax", "true");
            ajax.put("jakarta.faces.source", button);
            ajax.put("jakarta.faces.partial.execute", execute);
            ajax.put("jakarta.faces.partial.render", render);
            return encode(ajax) + "&" + clicking(buttonId, changes);
        }
    }

    private final URL base;
    private final HttpClient client;

    private HttpSession(URL base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20))
                .build();
    }

    /** Signs in through the sign-in page, as a browser does, and keeps the session. */
    static HttpSession signIn(URL base, String username, String password) throws IOException, InterruptedException {
        HttpSession session = new HttpSession(base);
        Page login = session.get("login.xhtml");
        Matcher forms = FORM.matcher(login.body());
        while (forms.find()) {
            if (forms.group(2).toLowerCase().contains("type=\"password\"")) {
                Form form =
                        Form.parse(login.uri().resolve(unescape(attribute(forms.group(1), "action"))), forms.group(2));
                Map<String, String> sent = new LinkedHashMap<>(form.fields());
                CspNonce.addTo(sent, login.body());
                sent.put(form.fieldOfType(forms.group(2), "text"), username);
                sent.put(form.fieldOfType(forms.group(2), "password"), password);
                form.buttons().keySet().stream().findFirst().ifPresent(button -> sent.put(button, button));
                Page signedIn = session.post(form.action(), encode(sent));
                if (signedIn.status() != 200 || signedIn.uri().getPath().endsWith("login.xhtml")) {
                    throw new AssertionError(
                            "Sign-in as " + username + " failed: " + signedIn.status() + " " + signedIn.uri());
                }
                return session;
            }
        }
        throw new AssertionError("No sign-in form on " + login.uri());
    }

    Page get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(resolve(path)).GET());
    }

    Page post(URI action, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded");
        if (body.startsWith("jakarta.faces.partial.ajax=true")) {
            request.header("Faces-Request", "partial/ajax");
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    URI resolve(String path) {
        return URI.create(base.toExternalForm()).resolve(path);
    }

    private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response =
                client.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        return new Page(response.statusCode(), response.uri(), response.body());
    }

    private static String attribute(String attributes, String name) {
        Matcher matcher = Pattern.compile("\\b" + name + "=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE)
                .matcher(attributes);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
