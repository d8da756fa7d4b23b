/**
 * Infant-side charting in a consultation: InfantFindings per infant (weight, observed feeds, test weighings,
 * oral assessment, the last 24 hours, red flags), InfantFlags (every rule's flags for one infant), the
 * ChartingContext the rules read, and WeightHistory (trajectory and WHO z-score per weight).
 */
package org.lactationclinic.domain.charting;
