package org.lactationclinic.infrastructure.export;

/** An export ready to download: file name, content type, bytes, and how many table rows it holds. */
public record ExportFile(String fileName, String contentType, byte[] content, int rows) {
}
