/**
 * Structured breastfeeding and tongue-function assessments: LATCH, IBFAT, BTAT and HATLFF (clinical-reference.md,
 * section 1). Each assessment is a value holding the answer the consultant chose for every item; totals, flags and
 * interpretations are derived from those answers on every call and are never stored, so a corrected answer can never
 * leave a stale total behind. Each answer constant carries its score and the bundle key of its printed definition
 * ({@code EnumName.VALUE}), so the pages show the instrument's wording from the bundle and a clinic can translate it.
 * The cut-offs that sources disagree on live in {@link org.lactationclinic.domain.assessment.AssessmentThresholds},
 * with the source of each default next to it, and every flag carries a short citation for display. Nothing here knows
 * about JPA or Faces: persistence will store the answers (enum names as strings) and nothing else.
 */
package org.lactationclinic.domain.assessment;
