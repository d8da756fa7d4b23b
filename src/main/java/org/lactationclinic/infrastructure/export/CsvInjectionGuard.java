package org.lactationclinic.infrastructure.export;

import java.util.regex.Pattern;

/**
 * Neutralises spreadsheet formula injection in exported CSV cells (OWASP, "CSV Injection"): a cell that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return could be run as a formula when a spreadsheet
 * opens the file, so it gets a leading single quote, which spreadsheets show as text. A cell that is a plain number
 * ({@code -3}, {@code +2.5}) is left alone, so negative changes stay numbers.
 */
public final class CsvInjectionGuard {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private CsvInjectionGuard() {}

    /** The cell as it is safe to write; null stays null (an empty cell). */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
