/**
 * The clinic reports' definitions (clinical-reference.md, section 6): the period and filters a report covers, the age
 * windows of the feeding-status checks, birth-weight recovery, score changes, and shares with their rounding. The
 * numbers themselves are counted by aggregate queries in the database
 * ({@code infrastructure.repository.ReportRepository}); the rules those queries follow are written here, once, with
 * their sources. A report table as the page shows it ({@code ReportTable}) and what it downloads as
 * ({@code ExportFormatType}, {@code ExportFile}) are values here too, so that the web and the exporter in
 * infrastructure share them without the web reaching into infrastructure.
 */
package org.lactationclinic.domain.reporting;
