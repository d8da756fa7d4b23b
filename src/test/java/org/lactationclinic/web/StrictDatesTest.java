package org.lactationclinic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every date field parses strictly. PrimeFaces' date picker resolves a typed date "smartly" by default, so 30 February
 * was stored as 29 February without a word; with {@code resolverStyle="STRICT"} it is refused at the field. The
 * attribute has to be on each picker, so this test reads every page.
 */
class StrictDatesTest {

    private static final Pattern DATE_PICKER = Pattern.compile("<p:datePicker\\b[^>]*>", Pattern.DOTALL);

    @Test
    void everyDatePicker_shouldResolveDatesStrictly() throws IOException {
        List<String> lenient;
        int pickers;
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            List<String> tags = pages.filter(page -> page.toString().endsWith(".xhtml"))
                    .flatMap(StrictDatesTest::datePickers)
                    .toList();
            pickers = tags.size();
            lenient = tags.stream()
                    .filter(tag -> !tag.contains("resolverStyle=\"STRICT\""))
                    .toList();
        }
        assertFalse(pickers == 0, "the pages have date pickers");
        assertEquals(List.of(), lenient, "date pickers that would store 30 February as 29 February");
    }

    private static Stream<String> datePickers(Path page) {
        try {
            Matcher tags = DATE_PICKER.matcher(Files.readString(page));
            return tags.results().map(tag -> page.getFileName() + ": " + tag.group());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
