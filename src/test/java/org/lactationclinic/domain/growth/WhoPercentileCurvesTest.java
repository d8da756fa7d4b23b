package org.lactationclinic.domain.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lactationclinic.domain.dyad.SexType;

/**
 * Every day 0..1856, both sexes, every percentile column of WHO's expanded weight-for-age percentile tables (P0.1 to
 * P99.9, which include the chart's P3, P15, P50, P85 and P97) against the curves computed from the shipped igrowup LMS
 * table. WHO publishes the tables to 3 decimals (0.0005 kg), so 0.001 kg allows for the table's rounding and nothing
 * else. The tables are copied byte-identical from WHO's expanded-tables workbooks into the test resources, so the test
 * runs in a fresh clone.
 */
class WhoPercentileCurvesTest {

    private static final double KG_TOLERANCE = 0.001;
    private static final int FIRST_PERCENTILE_COLUMN = 4;

    /** One row of an expanded table: the day, L, M, S and the weights at the header's percentiles. */
    private record ExpandedRow(int day, double l, double m, double s, double[] weightsKg) {}

    private record ExpandedTable(double[] percentiles, List<ExpandedRow> rows) {}

    private static ExpandedTable read(String resource) throws IOException {
        try (InputStream in = WhoPercentileCurvesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String[] header = reader.readLine().split("\t");
            assertEquals(List.of("Age", "L", "M", "S"), Arrays.asList(header).subList(0, FIRST_PERCENTILE_COLUMN));
            double[] percentiles = Arrays.stream(header, FIRST_PERCENTILE_COLUMN, header.length)
                    .mapToDouble(WhoPercentileCurvesTest::percentileOfColumn)
                    .toArray();
            List<ExpandedRow> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                double[] values = Arrays.stream(line.split("\t"))
                        .mapToDouble(Double::parseDouble)
                        .toArray();
                assertEquals(header.length, values.length, resource + " day " + rows.size());
                rows.add(new ExpandedRow(
                        (int) values[0],
                        values[1],
                        values[2],
                        values[3],
                        Arrays.copyOfRange(values, FIRST_PERCENTILE_COLUMN, values.length)));
            }
            return new ExpandedTable(percentiles, rows);
        }
    }

    /** WHO's column names: P01 is the 0.1th percentile, P999 the 99.9th, otherwise P followed by the number. */
    private static double percentileOfColumn(String column) {
        return switch (column) {
            case "P01" -> 0.1;
            case "P999" -> 99.9;
            default -> Double.parseDouble(column.substring(1));
        };
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"MALE, /who-growth/wfa_boys_p_exp.tsv", "FEMALE, /who-growth/wfa_girls_p_exp.tsv"})
    void percentileCurveKg_shouldMatchWhoExpandedTablesEveryDay(SexType sex, String resource) throws IOException {
        ExpandedTable table = read(resource);
        WhoWeightForAge who = WhoWeightForAge.standard();
        assertEquals(
                List.of(3.0, 15.0, 50.0, 85.0, 97.0),
                Arrays.stream(table.percentiles())
                        .filter(p -> p == 3 || p == 15 || p == 50 || p == 85 || p == 97)
                        .boxed()
                        .toList(),
                "the chart's percentiles must be among the oracle's columns");

        for (int column = 0; column < table.percentiles().length; column++) {
            double percentile = table.percentiles()[column];
            double[] curve = who.percentileCurveKg(sex, percentile, WhoWeightForAge.LAST_DAY);
            for (ExpandedRow row : table.rows()) {
                assertEquals(
                        row.weightsKg()[column],
                        curve[row.day()],
                        KG_TOLERANCE,
                        sex + " P" + percentile + " day " + row.day());
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"MALE, /who-growth/wfa_boys_p_exp.tsv", "FEMALE, /who-growth/wfa_girls_p_exp.tsv"})
    void lms_shouldEqualWhoExpandedTablesEveryDay(SexType sex, String resource) throws IOException {
        ExpandedTable table = read(resource);
        WhoWeightForAge who = WhoWeightForAge.standard();

        assertEquals(WhoWeightForAge.LAST_DAY + 1, table.rows().size());
        for (int day = 0; day <= WhoWeightForAge.LAST_DAY; day++) {
            ExpandedRow row = table.rows().get(day);
            assertEquals(day, row.day(), resource + " is not in day order");
            assertEquals(new LmsParameters(row.l(), row.m(), row.s()), who.lms(sex, day), sex + " day " + day);
        }
    }
}
