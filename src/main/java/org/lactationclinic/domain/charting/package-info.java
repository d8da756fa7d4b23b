/**
 * The infant's side of a consultation as values and rules: observed feeds, test weighings, the oral assessment,
 * supplements given, the feeding status and the red flags. What holds them for one infant at one consultation
 * ({@code InfantFindings}) and gathers their flags ({@code InfantFlags}, {@code ChartingContext}) is part of the
 * consultation aggregate, in {@code domain.consultation}: this package knows nothing of a consultation, so the
 * dependency runs one way (issue 17).
 */
package org.lactationclinic.domain.charting;
