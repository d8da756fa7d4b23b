/**
 * Milk expression rules of clinical-reference.md, section 3: the mother's pumping log
 * ({@link org.lactationclinic.domain.pumping.PumpingLog} of
 * {@link org.lactationclinic.domain.pumping.PumpingSession}s), its totals per calendar day and per rolling
 * 24 hours, the 24-hour volume bands ({@link org.lactationclinic.domain.pumping.VolumeBandType}), coming to
 * volume by day 14 and the {@link org.lactationclinic.domain.pumping.PumpingFlagType flags} a consultant acts
 * on. The numbers live in one {@link org.lactationclinic.domain.pumping.PumpingThresholds} so a clinic admin
 * can change them with the source kept next to each. What is stored is the session as the mother wrote it
 * down (start, minutes, millilitres per side or combined); every total, band and flag is derived from it
 * again on every call, in whole millilitres, so no rounding ever decides a flag. Nothing here knows about
 * JPA or Faces.
 */
package org.lactationclinic.domain.pumping;
