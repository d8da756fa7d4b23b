package org.lactationclinic.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/** A {@code getX} lookup found no record (or only a voided one where voided records are not shown). */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String recordType, UUID uuid) {
        super(recordType + " " + uuid + " not found");
    }
}
