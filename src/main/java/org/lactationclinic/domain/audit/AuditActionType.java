package org.lactationclinic.domain.audit;

import org.lactationclinic.domain.shared.Labelled;

/** What an audited person did. Stored by name: never rename a constant, only add. */
public enum AuditActionType implements Labelled {
    /** Signed in; the actor is the account. */
    SIGN_IN,
    /** A sign-in was refused; the actor is the username typed, which may name no account. */
    SIGN_IN_FAILED,
    /** Signed out with the sign-out button (an idle timeout is not recorded). */
    SIGN_OUT,
    /** Opened a page of a mother's record. */
    VIEW,
    CREATE,
    UPDATE,
    SIGN,
    AMEND,
    VOID,
    PRINT,
    EXPORT
}
