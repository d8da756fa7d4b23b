package org.lactationclinic.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.reporting.ExportFile;
import org.lactationclinic.domain.reporting.ExportFormatType;
import org.lactationclinic.domain.reporting.ReportTable;

class ReportExporterTest {

    private static final ReportTable TABLE = new ReportTable(
            "outcomes",
            "Outcomes <b>",
            "June 2024",
            List.of("Check", "Infants", "Change"),
            List.of(
                    List.of("=HYPERLINK(\"http://x\")", 4, new BigDecimal("-3.5")),
                    List.of("<script>alert(1)</script>", 0, "")));

    @Test
    void csv_shouldNeutraliseFormulasAndKeepNumbers() {
        String csv = new String(ReportExporter.csv(TABLE), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFCheck,Infants,Change\r\n"), csv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\",4,-3.5\r\n"), csv);
    }

    @Test
    void xlsx_shouldWriteNumbersAsNumbersAndTextAsText() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportExporter.xlsx(TABLE)))) {
            var sheet = workbook.getSheet("outcomes");
            assertEquals("Outcomes <b>", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Check", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(
                    "=HYPERLINK(\"http://x\")",
                    sheet.getRow(3).getCell(0).getStringCellValue(),
                    "a string cell, never a formula");
            assertEquals(-3.5, sheet.getRow(3).getCell(2).getNumericCellValue());
        }
    }

    @Test
    void pdf_shouldShowEscapedTextOfEveryCell() throws Exception {
        try (PDDocument document = Loader.loadPDF(ReportExporter.pdf(TABLE))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Outcomes <b>"), text);
            assertTrue(text.contains("<script>alert(1)</script>"), "markup shown as text: " + text);
            assertTrue(text.contains("-3.5"), text);
        }
    }

    @Test
    void export_shouldNameTheFileAfterTheReportAndDay() {
        ExportFile file = new ReportExporter().export(TABLE, ExportFormatType.CSV, LocalDate.of(2024, 7, 1));
        assertEquals("lactation-clinic-outcomes-2024-07-01.csv", file.fileName());
        assertEquals(2, file.rows());
    }
}
