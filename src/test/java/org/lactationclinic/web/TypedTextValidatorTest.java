package org.lactationclinic.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lactationclinic.web.TypedTextValidator.CONTROL_CHARACTER;
import static org.lactationclinic.web.TypedTextValidator.LINE_BREAK;
import static org.lactationclinic.web.TypedTextValidator.TOO_LONG;
import static org.lactationclinic.web.TypedTextValidator.problemWith;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class TypedTextValidatorTest {

    @Test
    void problemWith_shouldAcceptTextUpToTheFieldsMaxlength() {
        assertNull(problemWith("a".repeat(100), false, 100));
        assertEquals(TOO_LONG, problemWith("a".repeat(101), false, 100));
    }

    @Test
    void problemWith_shouldIgnoreLengthWhenTheFieldHasNoMaxlength() {
        assertNull(problemWith("a".repeat(20_000), true, Integer.MIN_VALUE));
        assertNull(problemWith("a".repeat(20_000), true, 0));
    }

    @Test
    void problemWith_shouldRefuseALineBreakInAOneLineField() {
        assertEquals(LINE_BREAK, problemWith("Ama\r\nKwame", false, 100));
        assertEquals(LINE_BREAK, problemWith("Ama\n", false, 100));
        assertNull(problemWith("Slept 4 h.\nTired.", true, 10_000), "a text area takes lines");
    }

    @Test
    void problemWith_shouldRefuseANulInAnyField() {
        assertEquals(CONTROL_CHARACTER, problemWith("Ama\u0000", false, 100));
        assertEquals(CONTROL_CHARACTER, problemWith("Slept\u0000", true, 10_000));
    }

    @Test
    void problemWith_shouldNameTheControlCharacterBeforeTheLength() {
        assertEquals(
                CONTROL_CHARACTER,
                problemWith("\u0000".repeat(200), true, 100),
                "removing it is the first thing to do");
    }

    @Test
    void messages_shouldBeInTheBundle() {
        for (String key : new String[] {LINE_BREAK, CONTROL_CHARACTER, TOO_LONG}) {
            assertTrue(
                    ResourceBundle.getBundle(BundleMessages.BUNDLE, Locale.ENGLISH)
                            .containsKey(key),
                    key);
        }
    }
}
