package org.lactationclinic.domain.reporting;

import org.lactationclinic.domain.shared.Labelled;

/** The formats a report table downloads as. The label is the bundle key {@code ExportFormatType.VALUE}. */
public enum ExportFormatType implements Labelled {
    CSV("text/csv; charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PDF("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    ExportFormatType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
