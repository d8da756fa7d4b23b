package org.lactationclinic.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * A request that breaks a rule of the clinical record (editing a signed consultation, voiding without a reason). The
 * message key names the bundle entry the page shows; nothing is stored.
 */
@ApplicationException(rollback = true)
public class ClinicalRuleException extends RuntimeException {

    private final String messageKey;

    public ClinicalRuleException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
