package org.lactationclinic.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/**
 * Someone else saved the record after this form was loaded. The form keeps its input; the user reloads to see the other
 * change and decides what to keep. Rolls back the transaction.
 */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends RuntimeException {

    private final UUID recordUuid;

    public ConcurrentEditException(String recordType, UUID recordUuid) {
        super(recordType + " " + recordUuid + " was changed by someone else since it was loaded");
        this.recordUuid = recordUuid;
    }

    public UUID getRecordUuid() {
        return recordUuid;
    }
}
