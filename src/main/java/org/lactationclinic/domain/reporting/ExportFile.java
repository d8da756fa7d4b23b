package org.lactationclinic.domain.reporting;

/** An export ready to download: file name, content type, bytes, and how many table rows it holds. */
public record ExportFile(String fileName, String contentType, byte[] content, int rows) {}
