package org.lactationclinic.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TypedTextTest {

    @Test
    void hasControlCharacter_shouldAcceptOrdinaryTextInAnyScript() {
        assertFalse(TypedText.hasControlCharacter("Ngozi O'Brien-Ávila, 北京 ~", false));
        assertFalse(TypedText.hasControlCharacter(null, false));
        assertFalse(TypedText.hasControlCharacter("", true));
        assertFalse(
                TypedText.hasControlCharacter("non-breaking\u00A0space", false), "U+00A0 is just after the C1 block");
    }

    @Test
    void hasControlCharacter_shouldRefuseNulAnywhere() {
        assertTrue(TypedText.hasControlCharacter("Ama\u0000", false));
        assertTrue(TypedText.hasControlCharacter("Ama\u0000", true));
    }

    @Test
    void hasControlCharacter_shouldRefuseTheEdgesOfEachControlBlock() {
        for (char c : new char[] {'\u0001', '\u001F', '\u007F', '\u0080', '\u009F'}) {
            assertTrue(TypedText.hasControlCharacter("a" + c, true), () -> "U+" + Integer.toHexString(c));
        }
        assertFalse(TypedText.hasControlCharacter("a\u0020\u007E", false), "space and tilde are printable");
    }

    @Test
    void hasControlCharacter_shouldAllowTabAndLineBreaksOnlyInMultiLineFields() {
        for (String text : new String[] {"a\tb", "a\rb", "a\nb", "a\r\nb"}) {
            assertTrue(TypedText.hasControlCharacter(text, false), text);
            assertFalse(TypedText.hasControlCharacter(text, true), text);
        }
        assertTrue(TypedText.hasControlCharacter("a\u000Bb", true), "a vertical tab is not a line break");
    }

    @Test
    void hasLineBreak_shouldFindCarriageReturnAndLineFeed() {
        assertTrue(TypedText.hasLineBreak("bob\r"));
        assertTrue(TypedText.hasLineBreak("bob\nadmin"));
        assertFalse(TypedText.hasLineBreak("bob\t"));
        assertFalse(TypedText.hasLineBreak(null));
    }

    @Test
    void neutralised_shouldWriteEveryControlCharacterAsAVisibleEscape() {
        assertEquals("bob\\r\\nSIGN_IN admin", TypedText.neutralised("bob\r\nSIGN_IN admin"));
        assertEquals("a\\u0000b\\tc\\u007f\\u0085", TypedText.neutralised("a\u0000b\tc\u007F\u0085"));
    }

    @Test
    void neutralised_shouldDoubleABackslashSoThatAnEscapeIsNeverForged() {
        assertEquals("a\\\\nb", TypedText.neutralised("a\\nb"), "typed backslash-n is not a line feed");
        assertEquals("a\\nb", TypedText.neutralised("a\nb"));
    }

    @Test
    void neutralised_shouldReturnCleanTextUnchanged() {
        String clean = "nurse.ana";
        assertSame(clean, TypedText.neutralised(clean));
        assertNull(TypedText.neutralised(null));
    }
}
