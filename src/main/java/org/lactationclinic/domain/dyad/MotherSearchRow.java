package org.lactationclinic.domain.dyad;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the mother search's results: what the list shows, read as columns rather than as her record. A search
 * page is read on nearly every visit and shows twenty mothers; reading them as entities made Hibernate build, watch and
 * check at commit twenty mothers and their infants that nobody changes (issue 12).
 *
 * <p>Serializable: the results page keeps its lines in its view, which a cluster node copies to the others.
 *
 * @param infantNames the given names of her infants not voided, eldest first, e.g. "Chidi, Adaeze"; empty when none
 */
public record MotherSearchRow(
        UUID uuid, String familyName, String givenName, LocalDate dateOfBirth, String phone, String infantNames)
        implements Serializable {

    public MotherSearchRow {
        infantNames = infantNames == null ? "" : infantNames;
    }
}
