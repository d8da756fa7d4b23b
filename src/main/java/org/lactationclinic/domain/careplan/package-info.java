/**
 * The care plan agreed with the mother at the end of a consultation, and the clinic's library of interventions it is
 * built from.
 *
 * <p>The {@link org.lactationclinic.domain.careplan.Intervention library} is reference data an admin manages: seeded
 * with the interventions of clinical-reference.md section 3, retired rather than deleted. A
 * {@link org.lactationclinic.domain.careplan.CarePlan plan} belongs to one consultation and is signed and amended with
 * it: goals, interventions with their quantities, a supplementation plan, referrals and the follow-up date.
 * {@link org.lactationclinic.domain.careplan.CarePlanSuggestions} proposes interventions and referrals from the
 * consultation's flags; the consultant decides.
 *
 * <p>Everything the mother reads is chosen from lists (goal kinds, interventions, referral destinations) whose words
 * live in the printed plan's bundles, so the plan prints in her language; the only free text is what the consultant
 * writes for her, printed as written.
 */
package org.lactationclinic.domain.careplan;
