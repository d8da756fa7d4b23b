package org.lactationclinic.infrastructure.printing;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.lactationclinic.domain.careplan.CarePlanGoal;
import org.lactationclinic.domain.careplan.GoalType;
import org.lactationclinic.domain.careplan.Intervention;
import org.lactationclinic.domain.careplan.StandardInterventionType;
import org.lactationclinic.domain.shared.Labelled;

/**
 * The words of the printed documents in one language: the bundle {@code org/lactationclinic/printing/plan},
 * {@code plan_es} and so on. A translator adds a language by adding {@code plan_xx.properties} and its code to
 * {@code plan.languages} in {@code plan.properties}; no code changes. A key missing from a translation falls back to
 * English, so a half-translated plan still prints.
 */
public final class PrintTexts {

    static final String BUNDLE = "org.lactationclinic.printing.plan";

    private final Locale locale;
    private final ResourceBundle bundle;

    private PrintTexts(Locale locale) {
        this(BUNDLE, locale);
    }

    private PrintTexts(String bundleName, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                bundleName,
                locale,
                PrintTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The screens' English words (the UI bundle), for the letter's few labels that are the same on screen and on paper:
     * a feeding position, a supply concern.
     */
    public static PrintTexts ui() {
        return new PrintTexts("org.lactationclinic.web.messages", Locale.ENGLISH);
    }

    /** The texts in the language, or English when the clinic has no translation into it. */
    public static PrintTexts in(String languageCode) {
        String code = languages().contains(languageCode) ? languageCode : "en";
        return new PrintTexts(Locale.forLanguageTag(code));
    }

    /** The language codes the printed plan has a translation into, English first. */
    public static List<String> languages() {
        ResourceBundle base = ResourceBundle.getBundle(
                BUNDLE,
                Locale.ROOT,
                PrintTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return Arrays.stream(base.getString("plan.languages").split(","))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .toList();
    }

    /** The language's own name for itself ("Español"), for the list a consultant picks from. */
    public static String nameOf(String languageCode) {
        return in(languageCode).text("plan.languageName");
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The text for the key, its {@code {0}}... filled with the arguments, formatted for the language (numbers and
     * dates). The arguments are data, never a format: a name that reads {@code {0}} prints as written.
     */
    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("The printed plan's bundle has no text for " + key, e);
        }
        return new MessageFormat(pattern, locale).format(arguments);
    }

    /** The text for a key without arguments: the templates' headings ({@code t.get('plan.section.goals')}). */
    public String get(String key) {
        return text(key);
    }

    /** The label of an enum value, e.g. {@code ReferralDestinationType.PAEDIATRICIAN}. */
    public String label(Labelled value) {
        return text(value.bundleKey());
    }

    /** A goal in this language: the bundle's sentence with its number, or her own words for "Other". */
    public String goalOf(CarePlanGoal goal) {
        return goal.getType() == GoalType.OTHER
                ? goal.getText()
                : text(goal.getType().bundleKey(), goal.getTarget());
    }

    /**
     * The intervention's title in this language: the bundle's for a standard one, the admin's words for the clinic's
     * own.
     */
    public String titleOf(Intervention intervention) {
        return intervention.standard().map(this::titleOf).orElse(intervention.getTitle());
    }

    /** A standard intervention's title in this language. */
    public String titleOf(StandardInterventionType standard) {
        return get("Intervention." + standard.name() + ".title");
    }

    /** The intervention's instructions for the mother, as {@link #titleOf} chooses its title. */
    public String instructionsOf(Intervention intervention) {
        return intervention
                .standard()
                .map(standard -> get("Intervention." + standard.name() + ".instructions"))
                .orElse(intervention.getInstructions());
    }

    /**
     * The title for a step that is for two or more babies at once (issue 13: never "your baby" for twins): the bundle's
     * {@code .babies} wording where the standard text speaks of one baby, else the usual title.
     */
    public String titleOf(Intervention intervention, boolean severalBabies) {
        return severalBabies
                ? severalOr(intervention, "title").orElseGet(() -> titleOf(intervention))
                : titleOf(intervention);
    }

    /**
     * The instructions for a step that is for two or more babies at once, as {@link #titleOf(Intervention, boolean)}.
     */
    public String instructionsOf(Intervention intervention, boolean severalBabies) {
        return severalBabies
                ? severalOr(intervention, "instructions").orElseGet(() -> instructionsOf(intervention))
                : instructionsOf(intervention);
    }

    private java.util.Optional<String> severalOr(Intervention intervention, String part) {
        return intervention
                .standard()
                .map(standard -> "Intervention." + standard.name() + "." + part + ".babies")
                .filter(this::has)
                .map(this::get);
    }

    /** Whether the bundle has the key (some texts are optional, such as a standard intervention's instructions). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
