/**
 * The four admin reports (activity, reasons, outcomes, well-being): one backing bean per page over ReportPageBacking
 * (period, consultant, downloads), and ReportChart, the pages' Chart.js bar charts (JSON-P).
 */
package org.lactationclinic.web.admin.reports;
