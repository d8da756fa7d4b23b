package org.lactationclinic.application;

import java.util.List;
import org.lactationclinic.domain.careplan.Intervention;
import org.lactationclinic.domain.careplan.StandardInterventionType;
import org.lactationclinic.domain.settings.ClinicProfile;
import org.lactationclinic.infrastructure.printing.ClinicHeader;
import org.lactationclinic.infrastructure.printing.PrintTexts;

/**
 * The printed plan's words where a screen shows them too (an intervention's title on the care-plan and admin pages, the
 * languages a mother can be given the plan in, the logo as the printout inlines it), so the web asks the application
 * layer rather than reading {@code infrastructure.printing} itself (docs/architecture.md, "Layer rules"). Static, like
 * the bundles behind it: it reads no record and changes none, so it needs no role and no audit.
 */
public final class PrintedWords {

    private PrintedWords() {}

    /** A standard intervention's title in the language (the printed plan's words), or the clinic's own title. */
    public static String titleOf(Intervention intervention, String languageCode) {
        return PrintTexts.in(languageCode).titleOf(intervention);
    }

    public static String titleOf(StandardInterventionType standard, String languageCode) {
        return PrintTexts.in(languageCode).titleOf(standard);
    }

    public static String instructionsOf(Intervention intervention, String languageCode) {
        return PrintTexts.in(languageCode).instructionsOf(intervention);
    }

    /** The language codes the printed plan has a translation into, English first. */
    public static List<String> languages() {
        return PrintTexts.languages();
    }

    /** The language's own name for itself ("Español"). */
    public static String languageName(String languageCode) {
        return PrintTexts.nameOf(languageCode);
    }

    /** The clinic's logo as the printout's header inlines it ({@code data:} URI), or null without one. */
    public static String logoDataUri(ClinicProfile profile) {
        return ClinicHeader.of(profile).logoDataUri();
    }
}
