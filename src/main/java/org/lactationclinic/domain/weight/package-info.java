/**
 * Infant weight rules of clinical-reference.md, section 2: per cent change from birth weight, the nadir and the gain
 * since it, the projected day of regaining birth weight, and the flags a consultant acts on
 * ({@link org.lactationclinic.domain.weight.WeightFlagType}). The numbers live in one
 * {@link org.lactationclinic.domain.weight.WeightThresholds} so a clinic admin can change them with the source kept
 * next to each. Everything here is pure calculation over raw weights in whole grams (no JPA, no Faces): what is stored
 * is the observed weight, and every figure and flag is derived from it again when shown.
 * {@link org.lactationclinic.domain.weight.WeightUnits} turns kilograms or pounds and ounces typed at entry into those
 * grams.
 */
package org.lactationclinic.domain.weight;
