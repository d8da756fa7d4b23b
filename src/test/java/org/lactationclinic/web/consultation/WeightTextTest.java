package org.lactationclinic.web.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeightTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "3402; 3402",
                "3402 g; 3402",
                " 3402g ; 3402",
                "3.402 kg; 3402",
                "3,402 kg; 3402",
                "3.4025 kg; 3403",
                "7 lb 8 oz; 3402",
                "7lb 8oz; 3402",
                "7 lb; 3175",
                "120 oz; 3402",
                "15000; 15000",
                "300; 300",
                "16 g; 16"
            })
    void grams_shouldReadEveryUnitExactly(String typed, int grams) throws Exception {
        assertEquals(grams, WeightText.grams(typed));
    }

    @Test
    void grams_ofAnEmptyField_shouldBeNull() throws Exception {
        assertNull(WeightText.grams("  "));
        assertNull(WeightText.grams(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.5", "4", "0.3", "15", "2,13"})
    void grams_typedAsKilograms_shouldBeQuestionedWithTheGramsMeant(String typed) {
        WeightText.UnreadableWeightException refused =
                assertThrows(WeightText.UnreadableWeightException.class, () -> WeightText.grams(typed));
        assertEquals("consultation_edit.message.error.weightLooksLikeKilograms", refused.getMessageKey());
    }

    @Test
    void grams_kilogramQuestion_shouldOfferTheGrams() {
        WeightText.UnreadableWeightException refused =
                assertThrows(WeightText.UnreadableWeightException.class, () -> WeightText.grams("3.5"));
        assertEquals(3500, refused.getArgument());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3402.5", "abc", "3 kg 400", "-3402", "7 stone"})
    void grams_unreadable_shouldBeRefused(String typed) {
        WeightText.UnreadableWeightException refused =
                assertThrows(WeightText.UnreadableWeightException.class, () -> WeightText.grams(typed));
        assertEquals("consultation_edit.message.error.weightUnreadable", refused.getMessageKey());
    }
}
