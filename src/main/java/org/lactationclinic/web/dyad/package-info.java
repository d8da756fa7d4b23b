/**
 * The family pages: the mother search, registering and editing a mother with her infants, the dyad overview, consent,
 * an infant's weights page with the WHO growth chart, the pumping log and today's list. The Chart.js configurations
 * (GrowthChart, DailyTotalsChart, VisitScoresChart) are built here with JSON-P.
 */
package org.lactationclinic.web.dyad;
