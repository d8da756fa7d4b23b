package org.lactationclinic.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void fold_shouldLowerCaseRemoveAccentsAndCollapseSpaces() {
        assertEquals("jose garcia", SearchText.fold("José  GARCÍA"));
    }

    @Test
    void fold_shouldStripLeadingAndTrailingWhitespaceAndCollapseTabsAndNewlines() {
        assertEquals("orla ni bhriain", SearchText.fold("  \tÓRLA\n Ní\t\tBhriain  "));
    }

    @Test
    void fold_shouldGiveTheSameResultForComposedAndDecomposedAccents() {
        String composed = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);

        assertEquals("nguyen thi anh", SearchText.fold(composed));
        assertEquals(SearchText.fold(composed), SearchText.fold(decomposed));
    }

    @Test
    void fold_shouldTurnSlashedOIntoO() {
        assertEquals("soren", SearchText.fold("Søren"));
        assertEquals("orsted", SearchText.fold("Ørsted"));
    }

    @Test
    void fold_shouldTurnSharpSIntoS() {
        assertEquals("strasse", SearchText.fold("Straße"));
    }

    @Test
    void fold_shouldTurnStrokedLIntoL() {
        assertEquals("lodz walesa", SearchText.fold("Łódź Wałęsa"));
    }

    @Test
    void fold_shouldTurnNullIntoEmptyText() {
        assertEquals("", SearchText.fold(null));
    }

    @Test
    void fold_shouldTurnBlankTextIntoEmptyText() {
        assertEquals("", SearchText.fold("   "));
    }

    @Test
    void fold_shouldFoldCapitalSharpSAndNonBreakingSpaces() {
        assertEquals("strasse weiss", SearchText.fold("STRAẞE\u00A0\u00A0WEIß"));
    }

    @Test
    void fold_shouldDropApostrophesAndSplitAtHyphens() {
        assertEquals("obrien grainne", SearchText.fold("O'Brien Gráinne"));
        assertEquals("obrien", SearchText.fold("O\u2019Brien"));
        assertEquals("al sayed fatima", SearchText.fold("Al-Sayed Fatima"));
        assertEquals("maria jose", SearchText.fold("María-José"));
    }

    @Test
    void fold_shouldBeIdempotent() {
        String once = SearchText.fold("José  GARCÍA-Øberg");

        assertEquals(once, SearchText.fold(once));
    }

    @Test
    void digits_shouldKeepOnlyTheDigitsOfAPhoneNumber() {
        assertEquals("440207946" + "0018", SearchText.digits("+44 (0)20 7946-0018"));
    }

    @Test
    void digits_shouldLetALocalNumberMatchTheInternationalOne() {
        assertTrue(SearchText.digits("+44 (0)20 7946-0018").contains(SearchText.digits("020 7946")));
    }

    @Test
    void digits_shouldTurnNullIntoEmptyText() {
        assertEquals("", SearchText.digits(null));
    }

    @Test
    void digits_shouldTurnTextWithoutDigitsIntoEmptyText() {
        assertEquals("", SearchText.digits("call me"));
    }
}
