package org.lactationclinic.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser session over plain HTTP: its own cookie jar, redirects left to the caller (so a test sees a 302 to
 * sign-in, or a 403, as it is), and the few Faces details a test needs: the view state of a page and an AJAX post as
 * PrimeFaces sends it. Thread-safe for concurrent requests of the same session.
 */
final class WebClient implements AutoCloseable {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    private static final Pattern PARTIAL_VIEW_STATE =
            Pattern.compile("jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]*)\\]\\]>");

    private final URI base;
    /** Each page's CSP nonce by its view state, so that a post of that page carries it (CspNonce). */
    private final Map<String, String> nonces = new java.util.concurrent.ConcurrentHashMap<>();

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    /** {@code base} is the application's root, ending in a slash. */
    WebClient(URI base) {
        this(base, null);
    }

    /**
     * A client whose requests come from {@code loopbackAddress} (127.0.0.2 and up: all of 127/8 is this machine), so
     * the server counts its refused sign-ins for that address alone. The whole IT suite shares one server, whose
     * {@code SignInThrottle} blocks an address after 20 failures in 15 minutes: a test that fails sign-ins on purpose
     * does it from an address of its own, or it would block every later test's sign-in from 127.0.0.1.
     */
    static WebClient fromAddress(URI base, String loopbackAddress) {
        try {
            return new WebClient(base, InetAddress.getByName(loopbackAddress));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(loopbackAddress, e);
        }
    }

    private WebClient(URI base, InetAddress localAddress) {
        this.base = base;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        if (localAddress != null) {
            builder.localAddress(localAddress);
        }
        this.http = builder.build();
    }

    URI base() {
        return base;
    }

    /** Signs in on the sign-in page and returns the answer to the form's post (a redirect when it worked). */
    HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        return signIn(username, password, null);
    }

    HttpResponse<String> signIn(String username, String password, String continueTo)
            throws IOException, InterruptedException {
        String page = "login.xhtml" + (continueTo == null ? "" : "?continue=" + encode(continueTo));
        HttpResponse<String> form = get(page);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:signIn", "");
        if (continueTo != null) {
            fields.put("continue", continueTo);
        }
        fields.put("jakarta.faces.ViewState", viewState(form.body()));
        CspNonce.addTo(fields, form.body());
        return post("login.xhtml", fields, false);
    }

    /** Signs in and fails unless the clinic accepted the password. */
    WebClient signedInAs(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> answer = signIn(username, password);
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("sign-in as " + username + " answered " + answer.statusCode());
        }
        return this;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** A form post; with {@code ajax} as PrimeFaces sends a partial request. */
    HttpResponse<String> post(String path, Map<String, String> fields, boolean ajax)
            throws IOException, InterruptedException {
        String sentNonce = fields.get(CspNonce.PARAMETER);
        if (sentNonce == null && fields.containsKey("jakarta.faces.ViewState")) {
            sentNonce = nonces.get(fields.get("jakarta.faces.ViewState"));
            if (sentNonce != null) {
                fields = new LinkedHashMap<>(fields);
                fields.put(CspNonce.PARAMETER, sentNonce);
            }
        }
        HttpResponse<String> answer = postAsIs(path, fields, ajax);
        if (sentNonce != null) {
            // An AJAX answer may carry the view's next state: the page, and so its nonce, stay the same.
            Matcher next = PARTIAL_VIEW_STATE.matcher(answer.body());
            while (next.find()) {
                nonces.put(next.group(1), sentNonce);
            }
        }
        return answer;
    }

    private HttpResponse<String> postAsIs(String path, Map<String, String> fields, boolean ajax)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Referer", base.resolve(path).toString())
                .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                        .collect(Collectors.joining("&"))));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
        }
        return send(request);
    }

    /**
     * An AJAX action as a PrimeFaces command button sends it: the form's fields, the button as source, the processed
     * and updated components, and the page's view state.
     */
    HttpResponse<String> ajaxAction(
            String path,
            String viewState,
            String form,
            String button,
            String execute,
            String render,
            Map<String, String> inputs)
            throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", button);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(button, button);
        fields.put(form, form);
        fields.putAll(inputs);
        fields.put("jakarta.faces.ViewState", viewState);
        return post(path, fields, true);
    }

    /** The session cookie this client holds, if any. */
    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equalsIgnoreCase("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Lets go of the connections and the client's selector thread (a long run makes many clients). */
    @Override
    public void close() {
        http.close();
    }

    static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException(
                    "no view state on the page:\n" + page.substring(0, Math.min(page.length(), 2_000)));
        }
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> answer =
                http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        String nonce = CspNonce.of(answer.body());
        Matcher viewState = VIEW_STATE.matcher(answer.body());
        if (nonce != null && viewState.find()) {
            nonces.put(viewState.group(1).replace("&#58;", ":").replace("&amp;", "&"), nonce);
        }
        return answer;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
