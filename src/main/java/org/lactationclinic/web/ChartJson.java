package org.lactationclinic.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;

/**
 * Chart.js configurations for PrimeFaces' {@code <p:chart value="...">}, built with Jakarta JSON-P (the platform's,
 * Parsson in Payara) and written safe for the page. PrimeFaces 15 has no Java chart model: it puts the string inside an
 * inline {@code <script>} as a JavaScript object literal. JSON-P escapes what JSON needs; {@link #forScript} then
 * writes {@code < > & '}, DEL, U+2028, U+2029 and every surrogate as backslash-u escapes, so that no label (a
 * consultant's name, a translated text) can close the script or break the literal. Outside strings JSON has none of
 * those characters, so escaping the whole text changes only strings.
 *
 * <p>Build with {@link #object()}, {@link #array()} and {@link #number}, never {@code Json.createObjectBuilder()} and
 * its siblings: each of those asks {@link JsonProvider#provider()} again, which searches the class path for a provider
 * (a {@code ServiceLoader} walk over every jar of the application, under the jar files' locks) on every call. A growth
 * chart makes a few hundred builders and numbers, so the family page spent most of its time in that search under load
 * (issue 12's profile, 2026-12-06: 0.4 pages a second with 16 connections).
 */
public final class ChartJson {

    /** Looked up once: the provider is the platform's (Parsson in Payara) and its builders are thread-safe to make. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ChartJson() {}

    /**
     * The configuration of a chart as text for {@code <p:chart value>}: the frame every chart of the application shares
     * around what is its own: no animation, responsive, and no fixed aspect ratio (the page gives the component its
     * height).
     *
     * @param type the Chart.js type of the chart ({@code line}, {@code bar}); a dataset may draw another
     * @param data the chart's {@code data}: its datasets, and its category labels if it has any ({@link #data})
     * @param options the chart's own options, after the shared ones: scales, legend, interaction...
     */
    public static String chart(String type, JsonObjectBuilder data, JsonObjectBuilder options) {
        return forScript(object().add("type", type)
                .add("data", data)
                .add(
                        "options",
                        object().add("animation", false)
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .addAll(options))
                .build());
    }

    /** {@code {"labels":[...],"datasets":[...]}}: the data of a chart over labelled categories. */
    public static JsonObjectBuilder data(Collection<String> labels, JsonArrayBuilder datasets) {
        return object().add("labels", strings(labels)).add("datasets", datasets);
    }

    /** The configuration as text for {@code <p:chart value>}. */
    public static String forScript(JsonObject config) {
        StringWriter out = new StringWriter(8 * 1024);
        try (JsonWriter writer = JSON.createWriter(out)) {
            writer.writeObject(config);
        }
        String json = out.toString();
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '<'
                    || c == '>'
                    || c == '&'
                    || c == '\''
                    || c == 0x7f
                    || c == '\u2028'
                    || c == '\u2029'
                    || Character.isSurrogate(c)) {
                safe.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    /** A JSON number with at most {@code decimals} decimals and no trailing zeros ({@code 26.143}, {@code 10}). */
    public static JsonNumber number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Not a finite number: " + value);
        }
        BigDecimal rounded = BigDecimal.valueOf(value)
                .setScale(decimals, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        if (rounded.signum() == 0) {
            rounded = BigDecimal.ZERO;
        } else if (rounded.scale() < 0) {
            // 1E+1 would be valid JSON, but a plain 10 reads as the axis value it is
            rounded = rounded.setScale(0);
        }
        return JSON.createValue(rounded);
    }

    /** A new JSON object builder, from the provider looked up once. */
    public static JsonObjectBuilder object() {
        return JSON.createObjectBuilder();
    }

    /** A new JSON array builder, from the provider looked up once. */
    public static JsonArrayBuilder array() {
        return JSON.createArrayBuilder();
    }

    /** The strings as a JSON array (category labels, dates). */
    public static JsonArrayBuilder strings(Collection<String> texts) {
        JsonArrayBuilder array = array();
        texts.forEach(array::add);
        return array;
    }

    /** The numbers as a JSON array, {@code null} for a missing value (Chart.js leaves a gap). */
    public static JsonArrayBuilder numbers(Collection<? extends Number> values) {
        JsonArrayBuilder array = array();
        for (Number value : values) {
            switch (value) {
                case null -> array.addNull();
                case Integer i -> array.add(i);
                case Long l -> array.add(l);
                case BigDecimal d -> array.add(d);
                default -> array.add(BigDecimal.valueOf(value.doubleValue()));
            }
        }
        return array;
    }

    /** {@code {"beginAtZero":true,"title":...}}: the value axis of a chart of amounts, with its title. */
    public static JsonObjectBuilder fromZero(String title) {
        return object().add("beginAtZero", true).add("title", title(title));
    }

    /** {@code {"display":true,"text":title}}: an axis title. */
    public static JsonObject title(String text) {
        return object().add("display", true).add("text", text).build();
    }
}
