package org.lactationclinic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lactationclinic.web.admin.reports.ReportChart;

class ChartJsonTest {

    @Test
    void forScript_shouldEscapeWhatCouldCloseTheScriptAndStillParseBack() {
        String hostile = "O'Brien </script><!-- & \u2028 \uD83D\uDC76 \"q\" \\";
        String json = ChartJson.forScript(
                Json.createObjectBuilder().add("label", hostile).build());

        for (String unsafe : List.of("<", ">", "&", "'", "\u2028", "\uD83D")) {
            assertFalse(json.contains(unsafe), () -> "written raw: " + unsafe + " in " + json);
        }
        assertEquals(
                hostile, Json.createReader(new StringReader(json)).readObject().getString("label"));
    }

    @Test
    void number_shouldRoundToTheDecimalsAndDropTrailingZeros() {
        assertEquals("26.143", ChartJson.number(183 / 7.0, 3).toString());
        assertEquals("10", ChartJson.number(10.0, 3).toString());
        assertEquals("0", ChartJson.number(-0.0001, 3).toString());
        assertEquals("2.5", ChartJson.number(2.5, 1).toString());
        assertThrows(IllegalArgumentException.class, () -> ChartJson.number(Double.NaN, 1));
    }

    @Test
    void reportBars_shouldLeaveAGapForAMissingValueAndPutHorizontalBarsOnTheYAxis() {
        String json = ReportChart.bars(
                List.of("Ana <b>", "Grace"),
                List.of(new ReportChart.Series("Visits", Arrays.asList(3, null))),
                true,
                true,
                "Count");
        var config = Json.createReader(new StringReader(json)).readObject();

        assertEquals(
                "Ana <b>", config.getJsonObject("data").getJsonArray("labels").getString(0));
        var data = config.getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data");
        assertEquals(3, data.getInt(0));
        assertEquals(true, data.isNull(1));
        assertEquals("y", config.getJsonObject("options").getString("indexAxis"));
        assertEquals(
                "Count",
                config.getJsonObject("options")
                        .getJsonObject("scales")
                        .getJsonObject("x")
                        .getJsonObject("title")
                        .getString("text"));
    }
}
