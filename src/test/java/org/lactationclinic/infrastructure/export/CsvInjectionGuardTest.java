package org.lactationclinic.infrastructure.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CsvInjectionGuardTest {

    @Test
    void neutralise_shouldQuoteACellStartingWithEquals() {
        assertEquals("'=cmd|' /C calc'!A0", CsvInjectionGuard.neutralise("=cmd|' /C calc'!A0"));
    }

    @Test
    void neutralise_shouldQuoteACellStartingWithPlus() {
        assertEquals("'+SUM(A1:A2)", CsvInjectionGuard.neutralise("+SUM(A1:A2)"));
    }

    @Test
    void neutralise_shouldQuoteACellStartingWithMinus() {
        assertEquals("'-2+3+cmd", CsvInjectionGuard.neutralise("-2+3+cmd"));
    }

    @Test
    void neutralise_shouldQuoteACellStartingWithAt() {
        assertEquals("'@SUM(1)", CsvInjectionGuard.neutralise("@SUM(1)"));
    }

    @Test
    void neutralise_shouldQuoteACellStartingWithTab() {
        assertEquals("'\t=1", CsvInjectionGuard.neutralise("\t=1"));
    }

    @Test
    void neutralise_shouldQuoteACellStartingWithCarriageReturn() {
        assertEquals("'\r=1", CsvInjectionGuard.neutralise("\r=1"));
    }

    @Test
    void neutralise_shouldLeaveNegativeNumbersAlone() {
        assertEquals("-3", CsvInjectionGuard.neutralise("-3"));
        assertEquals("-3.5", CsvInjectionGuard.neutralise("-3.5"));
    }

    @Test
    void neutralise_shouldLeaveSignedPositiveNumbersAlone() {
        assertEquals("+2", CsvInjectionGuard.neutralise("+2"));
    }

    @Test
    void neutralise_shouldLeaveOrdinaryTextAndEmptyCellsAlone() {
        assertEquals("Ana López", CsvInjectionGuard.neutralise("Ana López"));
        assertEquals("a=b", CsvInjectionGuard.neutralise("a=b"));
        assertEquals("", CsvInjectionGuard.neutralise(""));
        assertNull(CsvInjectionGuard.neutralise(null));
    }

    @Test
    void neutralise_shouldQuoteAMinusThatIsNotANumber() {
        assertEquals("'-", CsvInjectionGuard.neutralise("-"));
        assertEquals("'-3e5", CsvInjectionGuard.neutralise("-3e5"));
    }
}
