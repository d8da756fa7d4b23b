package org.lactationclinic.infrastructure.repository.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lactationclinic.domain.reporting.ReportCriteria;

/**
 * A report query's SQL text and its named parameters ({@code :from}, {@code :to}, {@code :consultant}, ...), in the
 * order first bound: what the application runs, and what the benchmark and the H2 test run on plain JDBC.
 */
public record ReportStatement(String text, Map<String, Object> parameters) {

    public ReportStatement {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A query over the period ({@code :from}, {@code :to}) and, when one is chosen, the consultant. */
    static ReportStatement forPeriod(String text, ReportCriteria criteria) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("from", criteria.startInclusive());
        parameters.put("to", criteria.endExclusive());
        return withConsultant(text, parameters, criteria);
    }

    /** The statement with the given parameters, and {@code :consultant} when one is chosen. */
    static ReportStatement withConsultant(String text, Map<String, Object> parameters, ReportCriteria criteria) {
        Map<String, Object> all = new LinkedHashMap<>(parameters);
        if (criteria.consultantId() != null) {
            all.put("consultant", criteria.consultantId());
        }
        return new ReportStatement(text, all);
    }
}
