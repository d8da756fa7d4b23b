package org.lactationclinic.infrastructure.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;

/**
 * The one R4 {@link FhirContext} of the application and the code systems the clinic exchanges. A FhirContext scans the
 * model on first use (seconds) and is thread-safe, so it is built once, lazily: the server's start does not pay for it,
 * the first export does.
 */
public final class ClinicFhir {

    /** LOINC (clinical-reference.md section 5). */
    public static final String LOINC = "http://loinc.org";

    public static final String LOINC_BODY_WEIGHT = "29463-7";
    public static final String LOINC_BIRTH_WEIGHT = "8339-4";
    public static final String LOINC_BREASTFEEDING_STATUS = "63895-7";
    public static final String LOINC_EPDS_PANEL = "71354-5";
    public static final String LOINC_EPDS_TOTAL = "99046-5";

    public static final String UCUM = "http://unitsofmeasure.org";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public static final String V3_ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";

    /**
     * The clinic's own code systems: no LOINC code exists for LATCH, BTAT or HATLFF (clinical-reference.md section 5).
     */
    public static final String CLINIC_BASE = "https://lactationclinic.org/fhir/";

    public static final String CLINIC_ASSESSMENT = CLINIC_BASE + "CodeSystem/assessment";
    public static final String CLINIC_FEEDING_STATUS = CLINIC_BASE + "CodeSystem/feeding-status";
    public static final String CLINIC_FLAG = CLINIC_BASE + "CodeSystem/flag";
    public static final String CLINIC_GOAL = CLINIC_BASE + "CodeSystem/goal";
    /** The EPDS as a Questionnaire, items linked by their printed number. */
    public static final String EPDS_QUESTIONNAIRE = CLINIC_BASE + "Questionnaire/epds";
    /** The clinic's own record id, so a receiver can come back for the same person. */
    public static final String CLINIC_RECORD_ID = CLINIC_BASE + "NamingSystem/record-uuid";

    private static volatile FhirContext r4;

    private ClinicFhir() {}

    public static FhirContext r4() {
        FhirContext context = r4;
        if (context == null) {
            synchronized (ClinicFhir.class) {
                context = r4;
                if (context == null) {
                    context = FhirContext.forR4();
                    r4 = context;
                }
            }
        }
        return context;
    }

    /** A pretty-printing JSON parser (parsers are cheap and not thread-safe: one per use). */
    public static IParser json() {
        return r4().newJsonParser().setPrettyPrint(true);
    }
}
