/**
 * Infant growth against the WHO Child Growth Standards (2006): weight-for-age z-scores, percentiles and the percentile
 * curves of the growth chart, computed by WHO's LMS method from WHO's own igrowup table
 * ({@code who-growth/weianthro.txt}, shipped byte-identical as a resource) so that every number the clinic shows can be
 * checked against WHO's published tables. Nothing here is stored: a z-score is derived from the recorded weight (in
 * grams) and the infant's age in days whenever it is needed.
 */
package org.lactationclinic.domain.growth;
