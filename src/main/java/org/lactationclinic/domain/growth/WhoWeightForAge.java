package org.lactationclinic.domain.growth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.lactationclinic.domain.dyad.SexType;

/**
 * WHO Child Growth Standards (2006) weight-for-age, birth to 1856 days: z-scores, percentiles and the percentile curves
 * of the growth chart.
 *
 * <p>Source: WHO Multicentre Growth Reference Study Group, WHO Child Growth Standards: Methods and development (2006),
 * chapter 7 (the LMS method and its restriction beyond +-3 SD for weight-based indicators); the LMS table is WHO's
 * igrowup file {@code weianthro.txt} (sex 1 = male, 2 = female; one row per day), shipped byte-identical as the
 * resource {@code who-growth/weianthro.txt} (MD5 251383f9512e76edb528d224cbfa2a4d) and read once, when this class is
 * first used. The rules follow the README of the shared WHO growth data (who-growth/README.md) and
 * clinical-reference.md, section 2:
 *
 * <ul>
 *   <li>Age is taken in whole days (day of birth = day 0), so WHO's month of 30.4375 days and its rounding of age are
 *       not needed; WHO's day table ends at 1856 days and no z-score is given after that.
 *   <li>Weight is recorded in grams and converted to kg, the unit of the table.
 *   <li>z = ((y/M)^L - 1) / (L S); beyond +-3 SD WHO replaces the LMS tail by a straight line through C(&plusmn;2) and
 *       C(&plusmn;3), because the Box-Cox tails over- or under-stretch there: z = 3 + (y - C(3)) / (C(3) - C(2)) above,
 *       z = -3 + (y - C(-3)) / (C(-2) - C(-3)) below.
 *   <li>Percentile = 100 &Phi;(z), and a percentile p lies at z = &Phi;<sup>-1</sup>(p/100), &Phi; from Apache Commons
 *       Math rather than a hand-written approximation.
 * </ul>
 */
public final class WhoWeightForAge {

    /** The last day of life WHO's weight-for-age table covers. */
    public static final int LAST_DAY = 1856;

    static final String RESOURCE = "/who-growth/weianthro.txt";

    private static final String HEADER = "sex\tage\tl\tm\ts";
    private static final int GRAMS_PER_KG = 1000;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private final Map<SexType, LmsParameters[]> tables;

    private WhoWeightForAge(Map<SexType, LmsParameters[]> tables) {
        this.tables = tables;
    }

    /** WHO's weight-for-age standard, read from the classpath once and shared: it is immutable. */
    public static WhoWeightForAge standard() {
        return Holder.STANDARD;
    }

    /**
     * The weight-for-age z-score, with WHO's restriction beyond +-3 SD, its percentile and WHO's plausibility flag.
     *
     * @param ageInDays completed days of life, birth = day 0
     * @param weightGrams the measured weight
     * @return empty when the age is past {@value #LAST_DAY} days, where WHO's table ends
     * @throws IllegalArgumentException when the age is negative or the weight is not positive
     */
    public Optional<GrowthZScore> zScore(SexType sex, long ageInDays, int weightGrams) {
        Objects.requireNonNull(sex, "sex");
        if (ageInDays < 0) {
            throw new IllegalArgumentException("Age in days cannot be negative: " + ageInDays);
        }
        if (weightGrams <= 0) {
            throw new IllegalArgumentException("Weight must be positive: " + weightGrams + " g");
        }
        if (ageInDays > LAST_DAY) {
            return Optional.empty();
        }
        double weightKg = (double) weightGrams / GRAMS_PER_KG;
        return Optional.of(GrowthZScore.of(lms(sex, (int) ageInDays).restrictedZ(weightKg)));
    }

    /**
     * The weight in kg at {@code z} on WHO's curve, C(z) = M (1 + L S z)^(1/L). This is the plain LMS curve at every z,
     * as WHO's percentile tables use it (their P0.1 and P99.9, at |z| = 3.09, are the plain curve); beyond +-3 SD it is
     * therefore not the inverse of the restricted {@link #zScore}.
     *
     * @throws IllegalArgumentException when the age is outside 0..{@value #LAST_DAY} or the curve is not defined at z
     *     (1 + L S z not positive, far beyond any real weight)
     */
    public double weightKgAt(SexType sex, int ageInDays, double z) {
        return lms(sex, ageInDays).valueAt(z);
    }

    /**
     * The curve of a percentile for the growth chart: element d is the weight in kg at day d, for days
     * 0..{@code lastDay}, at z = &Phi;<sup>-1</sup>(percentile/100). The chart draws P3, P15, P50, P85 and P97, WHO's
     * percentile lines.
     *
     * @param percentile between 0 and 100, exclusive (50 is the median)
     * @return a new array of {@code lastDay + 1} weights in kg
     */
    public double[] percentileCurveKg(SexType sex, double percentile, int lastDay) {
        Objects.requireNonNull(sex, "sex");
        if (!(percentile > 0 && percentile < 100)) {
            throw new IllegalArgumentException("Percentile must be between 0 and 100, exclusive: " + percentile);
        }
        checkAge(lastDay);
        double z = STANDARD_NORMAL.inverseCumulativeProbability(percentile / 100);
        LmsParameters[] table = tables.get(sex);
        double[] curve = new double[lastDay + 1];
        for (int day = 0; day <= lastDay; day++) {
            curve[day] = table[day].valueAt(z);
        }
        return curve;
    }

    /** The LMS row of one day; package-private so the tests can compare it with WHO's expanded tables. */
    LmsParameters lms(SexType sex, int ageInDays) {
        Objects.requireNonNull(sex, "sex");
        checkAge(ageInDays);
        return tables.get(sex)[ageInDays];
    }

    private static void checkAge(int ageInDays) {
        if (ageInDays < 0 || ageInDays > LAST_DAY) {
            throw new IllegalArgumentException("Age must be 0.." + LAST_DAY + " days, was " + ageInDays);
        }
    }

    /**
     * Reads WHO's file and insists on a complete table, one row per sex and day 0..{@value #LAST_DAY}: a truncated or
     * edited resource must stop the application, not give wrong z-scores.
     */
    static WhoWeightForAge load(InputStream in) throws IOException {
        Map<SexType, LmsParameters[]> tables = new EnumMap<>(SexType.class);
        tables.put(SexType.MALE, new LmsParameters[LAST_DAY + 1]);
        tables.put(SexType.FEMALE, new LmsParameters[LAST_DAY + 1]);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
        String header = reader.readLine();
        if (!HEADER.equals(header)) {
            throw new IllegalStateException("Unexpected header in " + RESOURCE + ": " + header);
        }
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isEmpty()) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 5) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": expected 5 columns");
            }
            SexType sex = whoSex(columns[0], lineNumber);
            int day = Integer.parseInt(columns[1]);
            if (day < 0 || day > LAST_DAY) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": day " + day);
            }
            LmsParameters[] table = tables.get(sex);
            if (table[day] != null) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": day " + day + " twice");
            }
            table[day] = new LmsParameters(
                    Double.parseDouble(columns[2]), Double.parseDouble(columns[3]), Double.parseDouble(columns[4]));
        }
        tables.forEach((sex, table) -> {
            for (int day = 0; day <= LAST_DAY; day++) {
                if (table[day] == null) {
                    throw new IllegalStateException(RESOURCE + ": no row for " + sex + " day " + day);
                }
            }
        });
        return new WhoWeightForAge(tables);
    }

    /** WHO codes sex 1 = male, 2 = female. */
    private static SexType whoSex(String code, int lineNumber) {
        return switch (code) {
            case "1" -> SexType.MALE;
            case "2" -> SexType.FEMALE;
            default -> throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": sex " + code);
        };
    }

    /** Lazy holder: the table is read on first use, once, with the JVM's class-initialisation locking. */
    private static final class Holder {
        private static final WhoWeightForAge STANDARD = read();

        private static WhoWeightForAge read() {
            try (InputStream in = WhoWeightForAge.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + RESOURCE);
                }
                return load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
        }
    }
}
