/**
 * Infant intake and output rules of clinical-reference.md, sections 2 and 4: the expected volume per feed in the first
 * four days ({@link org.lactationclinic.domain.intake.ExpectedFeedVolume}, ABM protocol #3), the milk transfer measured
 * by test weighing ({@link org.lactationclinic.domain.intake.MilkTransfer}) and the feeds, wet diapers and stools of
 * the last 24 hours as the mother reports them ({@link org.lactationclinic.domain.intake.DailyOutput}). What is stored
 * is the observation (the two weights, the three counts); transfers, comparisons and
 * {@link org.lactationclinic.domain.intake.IntakeFlagType flags} are derived from it again on every call, in whole
 * numbers, so no rounding ever decides a flag. Nothing here knows about JPA or Faces.
 */
package org.lactationclinic.domain.intake;
