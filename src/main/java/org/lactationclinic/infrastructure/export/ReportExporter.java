package org.lactationclinic.infrastructure.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lactationclinic.domain.reporting.ExportFile;
import org.lactationclinic.domain.reporting.ExportFormatType;
import org.lactationclinic.domain.reporting.ReportTable;
import org.lactationclinic.infrastructure.printing.DocumentRenderer;

/**
 * Writes a {@link ReportTable} as CSV, .xlsx or PDF. CSV cells pass {@link CsvInjectionGuard}; in .xlsx numbers are
 * numeric cells and texts are string cells, which a spreadsheet never evaluates; the PDF is rendered from XHTML in
 * which every text is escaped, so no cell can inject markup.
 */
@ApplicationScoped
public class ReportExporter {

    public ExportFile export(ReportTable table, ExportFormatType format, LocalDate today) {
        byte[] content = switch (format) {
            case CSV -> csv(table);
            case XLSX -> xlsx(table);
            case PDF -> pdf(table);
        };
        String name = "lactation-clinic-" + table.report() + "-" + today + "." + format.extension();
        return new ExportFile(name, format.contentType(), content, table.rows().size());
    }

    static byte[] csv(ReportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // UTF-8 BOM: Excel then reads accents right
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(
                    table.headers().stream().map(CsvInjectionGuard::neutralise).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream()
                        .map(cell -> CsvInjectionGuard.neutralise(ReportTable.text(cell)))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(ReportTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(table.report());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(table.title());
            sheet.createRow(r++).createCell(0).setCellValue(table.subtitle());
            Row header = sheet.createRow(r++);
            for (int c = 0; c < table.headers().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(table.headers().get(c));
                cell.setCellStyle(bold);
            }
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(ReportTable.text(value));
                    }
                }
            }
            for (int c = 0; c < table.headers().size(); c++) {
                sheet.setColumnWidth(c, 20 * 256);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table as an A4 landscape page: the report-table.xhtml template, rendered like the printouts. */
    static byte[] pdf(ReportTable table) {
        Map<String, Object> variables = Map.of(
                "title", xmlText(table.title()),
                "subtitle", xmlText(table.subtitle()),
                "headers", table.headers().stream().map(ReportExporter::xmlText).toList(),
                "rows",
                        table.rows().stream()
                                .map(row -> row.stream()
                                        .map(cell -> xmlText(ReportTable.text(cell)))
                                        .toList())
                                .toList());
        return DocumentRenderer.get().pdf(DocumentRenderer.REPORT_TABLE, Locale.ROOT, variables);
    }

    /** The text without the characters XML 1.0 cannot hold (the template escapes the rest). */
    private static String xmlText(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r')
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
