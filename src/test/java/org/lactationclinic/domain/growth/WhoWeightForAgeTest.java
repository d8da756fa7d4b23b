package org.lactationclinic.domain.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lactationclinic.domain.dyad.SexType;

/**
 * WHO weight-for-age z-scores: the worked checks of the WHO data README, both sides of the +-3 SD restriction, the
 * median, the plausibility limits (-6 and 5 themselves plausible) and the age limits.
 */
class WhoWeightForAgeTest {

    private static final double EXACT = 1e-9;

    private static GrowthZScore zScore(SexType sex, long ageInDays, int weightGrams) {
        return WhoWeightForAge.standard().zScore(sex, ageInDays, weightGrams).orElseThrow();
    }

    @ParameterizedTest(name = "{0}, day {1}, {2} g: z = {3}")
    @CsvSource({"MALE, 30, 4000, -0.79", "MALE, 365, 5000, -5.36", "FEMALE, 1522, 17000, 0.24"})
    void zScore_shouldReproduceTheWorkedChecksOfTheWhoReadme(SexType sex, long day, int grams, String expected) {
        assertEquals(new BigDecimal(expected), zScore(sex, day, grams).roundedZ());
    }

    @Test
    void zScore_shouldUseTheRestrictedLineNotTheLmsTailBelowMinus3() {
        // Boy, day 365, 5.0 kg: the unrestricted LMS formula would give -5.89 (WHO data README).
        GrowthZScore restricted = zScore(SexType.MALE, 365, 5000);

        assertEquals(new BigDecimal("-5.36"), restricted.roundedZ());
        assertFalse(restricted.implausible());
    }

    @Test
    void zScore_shouldRestrictJustAboveC3() {
        // Boy, day 0: C(3) = 5.03064 kg, C(2) = 4.41852 kg; 5031 g lies just above C(3).
        GrowthZScore z = zScore(SexType.MALE, 0, 5031);

        assertEquals(3.0005901475624106, z.z(), EXACT);
        assertTrue(z.z() > 3);
    }

    @Test
    void zScore_shouldMeasureBeyondC3InUnitsOfTheTwoToThreeSdInterval() {
        // Boy, day 0, 5.1 kg: 3 + (5.1 - C(3)) / (C(3) - C(2)) = 3.1135; the LMS tail would give 3.1084.
        assertEquals(3.113467036620702, zScore(SexType.MALE, 0, 5100).z(), EXACT);
    }

    @Test
    void zScore_shouldRestrictJustBelowCMinus3() {
        // Boy, day 0: C(-3) = 2.08031 kg; 2080 g lies just below it.
        GrowthZScore z = zScore(SexType.MALE, 0, 2080);

        assertEquals(-3.000812162021831, z.z(), EXACT);
        assertTrue(z.z() < -3);
    }

    @Test
    void zScore_shouldMeasureBelowCMinus3InUnitsOfTheTwoToThreeSdInterval() {
        // Boy, day 0, 2.0 kg: -3 + (2.0 - C(-3)) / (C(-2) - C(-3)) = -3.2119; the LMS tail would give -3.2269.
        assertEquals(-3.2118913799056297, zScore(SexType.MALE, 0, 2000).z(), EXACT);
    }

    @Test
    void zScore_shouldUseTheLmsFormulaUnchangedAtC3() {
        WhoWeightForAge who = WhoWeightForAge.standard();
        LmsParameters lms = who.lms(SexType.MALE, 0);

        assertEquals(3, lms.restrictedZ(lms.valueAt(3)), EXACT);
        assertEquals(-3, lms.restrictedZ(lms.valueAt(-3)), EXACT);
    }

    @Test
    void zScore_shouldBeExactlyZeroAtTheMedianWithPositiveL() {
        // Boy, day 2: L = 0.3029, M = 3.337 kg.
        GrowthZScore z = zScore(SexType.MALE, 2, 3337);

        assertEquals(0.0, z.z());
        assertEquals(50.0, z.percentile());
    }

    @Test
    void zScore_shouldBeExactlyZeroNotMinusZeroAtTheMedianWithNegativeL() {
        // Girl, day 122: L = -0.0053, M = 6.428 kg; the formula gives -0.0 there.
        GrowthZScore z = zScore(SexType.FEMALE, 122, 6428);

        assertEquals(0.0, z.z());
        assertEquals("0.00", z.roundedZ().toPlainString());
    }

    @Test
    void zScore_shouldGiveThePercentileAsOneHundredTimesPhi() {
        GrowthZScore z = zScore(SexType.MALE, 30, 4000);

        assertEquals(21.498838007688057, z.percentile(), 1e-7);
        assertEquals(new BigDecimal("21.5"), z.roundedPercentile());
    }

    @Test
    void zScore_shouldFlagAnImplausiblyLowWeight() {
        // Boy, day 365, 3.0 kg: z = -7.82.
        GrowthZScore z = zScore(SexType.MALE, 365, 3000);

        assertEquals(new BigDecimal("-7.82"), z.roundedZ());
        assertTrue(z.implausible());
    }

    @Test
    void zScore_shouldAcceptTheLastDayOfTheTable() {
        assertTrue(WhoWeightForAge.standard()
                .zScore(SexType.FEMALE, WhoWeightForAge.LAST_DAY, 18389)
                .isPresent());
    }

    @Test
    void zScore_shouldBeEmptyAfterTheLastDayOfTheTable() {
        WhoWeightForAge who = WhoWeightForAge.standard();

        assertTrue(who.zScore(SexType.FEMALE, 1857, 18389).isEmpty());
        assertTrue(who.zScore(SexType.MALE, Long.MAX_VALUE, 18389).isEmpty());
    }

    @Test
    void zScore_shouldRefuseANegativeAge() {
        WhoWeightForAge who = WhoWeightForAge.standard();

        assertThrows(IllegalArgumentException.class, () -> who.zScore(SexType.MALE, -1, 3500));
    }

    @Test
    void zScore_shouldRefuseAWeightThatIsNotPositive() {
        WhoWeightForAge who = WhoWeightForAge.standard();

        assertThrows(IllegalArgumentException.class, () -> who.zScore(SexType.MALE, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> who.zScore(SexType.MALE, 10, -3500));
    }

    @Test
    void weightKgAt_shouldBeTheMedianAtZeroAndTheLmsCurveElsewhere() {
        WhoWeightForAge who = WhoWeightForAge.standard();

        // Boy, day 0: L = 0.3487, M = 3.3464, S = 0.14602.
        assertEquals(3.3464, who.weightKgAt(SexType.MALE, 0, 0), EXACT);
        double c2 = 3.3464 * Math.pow(1 + 0.3487 * 0.14602 * 2, 1 / 0.3487);
        assertEquals(c2, who.weightKgAt(SexType.MALE, 0, 2), EXACT);
        assertEquals(5.0306392513813405, who.weightKgAt(SexType.MALE, 0, 3), EXACT);
    }

    @Test
    void weightKgAt_shouldBeTheInverseOfZScoreInsideThreeSd() {
        WhoWeightForAge who = WhoWeightForAge.standard();
        double grams = who.weightKgAt(SexType.FEMALE, 400, -1.5) * 1000;
        int roundedGrams = (int) Math.round(grams);

        double z = zScore(SexType.FEMALE, 400, roundedGrams).z();

        // One gram at about 7.6 kg is about 0.001 SD.
        assertEquals(-1.5, z, 0.002);
    }

    @Test
    void weightKgAt_shouldRefuseAnAgeOutsideTheTable() {
        WhoWeightForAge who = WhoWeightForAge.standard();

        assertThrows(IllegalArgumentException.class, () -> who.weightKgAt(SexType.MALE, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> who.weightKgAt(SexType.MALE, 1857, 0));
    }

    @Test
    void percentileCurveKg_shouldGiveOneWeightPerDayFromBirth() {
        double[] median = WhoWeightForAge.standard().percentileCurveKg(SexType.MALE, 50, 30);

        assertEquals(31, median.length);
        assertEquals(3.3464, median[0], EXACT);
    }

    @Test
    void percentileCurveKg_shouldRefuseAPercentileOutsideTheOpenInterval() {
        WhoWeightForAge who = WhoWeightForAge.standard();

        assertThrows(IllegalArgumentException.class, () -> who.percentileCurveKg(SexType.MALE, 0, 30));
        assertThrows(IllegalArgumentException.class, () -> who.percentileCurveKg(SexType.MALE, 100, 30));
        assertThrows(IllegalArgumentException.class, () -> who.percentileCurveKg(SexType.MALE, 50, 1857));
    }

    @Test
    void resource_shouldBeWhosIgrowupFileByteForByte() throws Exception {
        // MD5 given in the WHO data README; guards against resource filtering or line-ending conversion.
        try (InputStream in = WhoWeightForAge.class.getResourceAsStream(WhoWeightForAge.RESOURCE)) {
            assertNotNull(in);
            byte[] digest = MessageDigest.getInstance("MD5").digest(in.readAllBytes());

            assertEquals("251383f9512e76edb528d224cbfa2a4d", HexFormat.of().formatHex(digest));
        }
    }

    @Test
    void load_shouldRefuseAnIncompleteTable() {
        String truncated = "sex\tage\tl\tm\ts\r\n1\t0\t0.3487\t3.3464\t0.14602\r\n";
        InputStream in = new ByteArrayInputStream(truncated.getBytes(StandardCharsets.US_ASCII));

        assertThrows(IllegalStateException.class, () -> WhoWeightForAge.load(in));
    }

    @Test
    void load_shouldRefuseAnUnknownSexCode() {
        String badSex = "sex\tage\tl\tm\ts\r\n3\t0\t0.3487\t3.3464\t0.14602\r\n";
        InputStream in = new ByteArrayInputStream(badSex.getBytes(StandardCharsets.US_ASCII));

        assertThrows(IllegalStateException.class, () -> WhoWeightForAge.load(in));
    }
}
