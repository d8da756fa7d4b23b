package org.lactationclinic.domain.dyad;

import java.util.List;

/** Checks shared by a mother's and an infant's identifiers. */
final class PersonIdentifiers {

    private PersonIdentifiers() {}

    /** Whether no (system, value) pair appears twice; blank rows are ignored (they are dropped at save). */
    static boolean distinct(List<PersonIdentifier> identifiers) {
        List<PersonIdentifier> filled =
                identifiers.stream().filter(identifier -> !identifier.isBlank()).toList();
        for (int i = 0; i < filled.size(); i++) {
            for (int j = i + 1; j < filled.size(); j++) {
                if (filled.get(i).sameAs(filled.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }
}
