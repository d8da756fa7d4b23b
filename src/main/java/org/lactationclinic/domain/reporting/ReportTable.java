package org.lactationclinic.domain.reporting;

import java.io.Serializable;
import java.util.List;

/**
 * One report table as the page shows it, with its texts already in the user's language: what gets exported. Cells are
 * {@link Number}s (written as numbers) or texts.
 *
 * @param report the report's short name for the file and the audit ("activity", "outcomes", ...)
 * @param title the heading
 * @param subtitle the period and filter in words
 * @param headers the column headings
 * @param rows the cells, row by row, each as long as the headers
 */
public record ReportTable(String report, String title, String subtitle, List<String> headers, List<List<Object>> rows)
        implements Serializable {

    public ReportTable {
        headers = List.copyOf(headers);
        int columns = headers.size();
        rows = rows.stream()
                .map(row -> {
                    if (row.size() != columns) {
                        throw new IllegalArgumentException(
                                "A row has " + row.size() + " cells for " + columns + " columns");
                    }
                    return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row));
                })
                .toList();
    }

    /** A cell as text: numbers in plain notation, empty for nothing. */
    public static String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case java.math.BigDecimal decimal -> decimal.toPlainString();
            default -> cell.toString();
        };
    }
}
