/**
 * The report queries, one class per report: its SQL text, its named parameters ({@link ReportStatement}) and the
 * mapping of its rows to {@code domain.reporting}'s results. {@code ReportRepository} only runs a statement and hands
 * the rows back to the class that wrote it. {@code ReportSql} holds the fragments the queries share (scores from the
 * domain's enums, the week or month, the latest visit's value).
 */
package org.lactationclinic.infrastructure.repository.report;
