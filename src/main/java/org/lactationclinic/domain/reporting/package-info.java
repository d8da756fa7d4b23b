/**
 * The clinic reports' definitions (clinical-reference.md, section 6): the period and filters a report covers,
 * the age windows of the feeding-status checks, birth-weight recovery, score changes, and shares with their
 * rounding. The numbers themselves are counted by aggregate queries in the database
 * ({@code infrastructure.repository.ReportRepository}); the rules those queries follow are written here, once,
 * with their sources.
 */
package org.lactationclinic.domain.reporting;
