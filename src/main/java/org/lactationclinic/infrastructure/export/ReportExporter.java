package org.lactationclinic.infrastructure.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a {@link ReportTable} as CSV, .xlsx or PDF. CSV cells pass {@link CsvInjectionGuard}; in .xlsx numbers
 * are numeric cells and texts are string cells, which a spreadsheet never evaluates; the PDF is rendered from
 * XHTML in which every text is escaped, so no cell can inject markup.
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
        bytes.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // UTF-8 BOM: Excel then reads accents right
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(table.headers().stream().map(CsvInjectionGuard::neutralise).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(cell -> CsvInjectionGuard.neutralise(ReportTable.text(cell))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(ReportTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
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

    static byte[] pdf(ReportTable table) {
        StringBuilder html = new StringBuilder("<html><head><style>")
                .append("body{font-family:sans-serif;font-size:9pt}h1{font-size:14pt}table{border-collapse:collapse;width:100%}")
                .append("th,td{border:1px solid #999;padding:3px 5px;text-align:left}th{background:#e8f0f0}")
                .append("@page{size:A4 landscape;margin:15mm}</style></head><body><h1>");
        escape(html, table.title()).append("</h1><p>");
        escape(html, table.subtitle()).append("</p><table><thead><tr>");
        table.headers().forEach(header -> escape(html.append("<th>"), header).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<Object> row : table.rows()) {
            html.append("<tr>");
            row.forEach(cell -> escape(html.append("<td>"), ReportTable.text(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table></body></html>");
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(bytes);
            builder.run();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** XML-escapes a text; characters XML 1.0 cannot hold are dropped. */
    private static StringBuilder escape(StringBuilder out, String text) {
        if (text == null) {
            return out;
        }
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out;
    }
}
