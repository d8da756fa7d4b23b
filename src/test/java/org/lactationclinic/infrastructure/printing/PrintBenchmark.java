package org.lactationclinic.infrastructure.printing;

import java.util.Arrays;
import java.util.Map;
import org.lactationclinic.domain.consultation.Consultation;

/**
 * How long the take-home plan for twins (two growth charts, three steps, supplementation, checklist) and the letter
 * take to render as PDF in one JVM, after warm-up: the model, the template and the layout, no database or HTTP. Run by
 * src/test/bench/print.sh; the through-the-server figure is in startup-and-pages.sh.
 */
public final class PrintBenchmark {

    private PrintBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        PrintTexts texts = PrintTexts.in("en");
        Consultation twins = PrintedDocumentsTest.twinsVisit("en", "Ada", false);
        report(
                "take-home plan PDF, twins",
                runs,
                () -> DocumentRenderer.get()
                        .pdf(
                                DocumentRenderer.TAKE_HOME_PLAN,
                                texts.locale(),
                                Map.of(
                                        "t",
                                        texts,
                                        "plan",
                                        TakeHomePlan.of(
                                                twins,
                                                PrintedDocumentsTest.context(),
                                                PrintedDocumentsTest.clinic(),
                                                texts),
                                        "pdfUrl",
                                        "",
                                        "backUrl",
                                        "")));
        report(
                "growth chart PNG (one)",
                runs,
                () -> GrowthChartImage.dataUri(
                        org.lactationclinic.domain.dyad.SexType.FEMALE,
                        java.util.List.of(new GrowthChartImage.Weight(0, 3000), new GrowthChartImage.Weight(9, 2760)),
                        "days",
                        "kg",
                        "P{0}"));
        report(
                "take-home plan model only",
                runs,
                () -> TakeHomePlan.of(twins, PrintedDocumentsTest.context(), PrintedDocumentsTest.clinic(), texts));
        report(
                "provider letter PDF, twins",
                runs,
                () -> DocumentRenderer.get()
                        .pdf(
                                DocumentRenderer.PROVIDER_LETTER,
                                texts.locale(),
                                Map.of(
                                        "t",
                                        texts,
                                        "letter",
                                        ProviderLetter.of(
                                                twins,
                                                PrintedDocumentsTest.context(),
                                                PrintedDocumentsTest.clinic(),
                                                java.time.ZoneId.of("UTC")),
                                        "pdfUrl",
                                        "",
                                        "backUrl",
                                        "")));
    }

    private static void report(String name, int runs, Runnable render) {
        for (int i = 0; i < 10; i++) {
            render.run();
        }
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            render.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(
                "%-28s median %4d ms   p95 %4d ms   max %4d ms   (%d runs)%n",
                name, millis[runs / 2], millis[(int) Math.ceil(runs * 0.95) - 1], millis[runs - 1], runs);
    }
}
