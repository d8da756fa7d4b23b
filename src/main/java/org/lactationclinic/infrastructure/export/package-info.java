/**
 * Report exports: one table, as the page shows it, written to CSV (Apache Commons CSV), Excel .xlsx (Apache POI) or PDF
 * (openhtmltopdf, from escaped XHTML). Exports are started only through {@code application.ReportService#export}, the
 * one place that audits them.
 */
package org.lactationclinic.infrastructure.export;
