/**
 * Milk expression rules of clinical-reference.md, section 3: the mother's pumping log
 * ({@link org.lactationclinic.domain.pumping.PumpingLog} of
 * {@link org.lactationclinic.domain.pumping.PumpingSession}s), its totals per calendar day and per rolling 24 hours (mL
 * and {@link org.lactationclinic.domain.pumping.FluidOunces oz}, mean per session, change between two days), the volume
 * bands ({@link org.lactationclinic.domain.pumping.VolumeBandType}) and flags of every day and of the rolling 24 hours,
 * "not yet at volume" from day 14, the sessions rule that asks for her reason instead of assuming one, and the
 * {@link org.lactationclinic.domain.pumping.PumpingFlagType flags} a consultant acts on. The numbers live in one
 * {@link org.lactationclinic.domain.pumping.PumpingThresholds} so a clinic admin can change them with the source kept
 * next to each. What is stored is the session as the mother wrote it down (start, minutes, millilitres per side or
 * combined); every total, band and flag is derived from it again on every call, in whole millilitres, so no rounding
 * ever decides a flag. Nothing here knows about JPA or Faces.
 */
package org.lactationclinic.domain.pumping;
