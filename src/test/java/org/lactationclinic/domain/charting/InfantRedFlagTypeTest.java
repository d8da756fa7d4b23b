package org.lactationclinic.domain.charting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.SexType;

class InfantRedFlagTypeTest {

    private static final LocalDateTime BORN = LocalDateTime.of(2026, 3, 15, 22, 0);
    private final Infant baby = new Infant("Noa", "Cohen", SexType.FEMALE, BORN, 274, 3150);

    private Set<InfantRedFlagType> at(
            LocalDateTime when, String temperature, boolean lethargic, boolean darkUrine, boolean jaundice) {
        return InfantRedFlagType.of(
                baby, when, temperature == null ? null : new BigDecimal(temperature), lethargic, darkUrine, jaundice);
    }

    @Test
    void fever_shouldStartAtExactly38_0() {
        assertEquals(Set.of(), at(BORN.plusDays(10), "37.9", false, false, false));
        assertEquals(
                Set.of(InfantRedFlagType.FEVER_UNDER_ONE_MONTH), at(BORN.plusDays(10), "38.0", false, false, false));
    }

    @Test
    void fever_shouldCountOnlyUnderOneCalendarMonth() {
        assertEquals(
                Set.of(InfantRedFlagType.FEVER_UNDER_ONE_MONTH),
                at(LocalDateTime.of(2026, 4, 14, 23, 0), "38.5", false, false, false));
        assertEquals(
                Set.of(),
                at(LocalDateTime.of(2026, 4, 15, 8, 0), "38.5", false, false, false),
                "one month old on 15 April");
    }

    @Test
    void darkUrine_shouldCountAfterDay3Only() {
        assertEquals(Set.of(), at(BORN.plusDays(3), null, false, true, false), "day 3");
        assertEquals(Set.of(InfantRedFlagType.DARK_URINE_AFTER_DAY_3), at(BORN.plusDays(4), null, false, true, false));
    }

    @Test
    void lethargyAndJaundice_shouldAlwaysCount() {
        assertEquals(
                Set.of(InfantRedFlagType.LETHARGY, InfantRedFlagType.SIGNIFICANT_JAUNDICE),
                at(BORN.plusHours(5), null, true, false, true));
    }
}
