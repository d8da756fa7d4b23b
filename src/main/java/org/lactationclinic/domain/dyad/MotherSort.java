package org.lactationclinic.domain.dyad;

/**
 * The columns the mother search can be sorted by, on the server. A query option, never stored nor labelled, so it keeps
 * its name without the {@code Type} suffix (docs/architecture.md, "Naming enums and flags"); the repository maps each
 * to its column.
 */
public enum MotherSort {
    NAME,
    DATE_OF_BIRTH,
    REGISTERED
}
