package org.lactationclinic.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditChainVerifier;
import org.lactationclinic.domain.audit.AuditEvent;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.audit.AuditSearch;
import org.lactationclinic.domain.shared.CurrentActor;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.infrastructure.repository.AuditEventRepository;
import org.lactationclinic.infrastructure.security.ClientAddress;
import org.lactationclinic.infrastructure.security.SignInAudit;

/**
 * The audit trail: every sign-in (and refused one), sign-out, view of a mother's record, change, print and export is
 * recorded here, with who (the signed-in user), when (UTC), from which address, and which record.
 *
 * <p><b>How to record.</b> Call {@link #record} once per event, or {@link #recordForMother} for a record that belongs
 * to a mother's record (so that a search for her finds it), with ids only in the detail (a report's name and row count,
 * never health data):
 *
 * <pre>
 * auditTrail.recordForMother(AuditActionType.PRINT, AuditRecordType.CONSULTATION, consultation.getUuid(),
 *         consultation.getMother().getUuid(), "take-home plan");
 * auditTrail.record(AuditActionType.EXPORT, AuditRecordType.REPORT, null, "activity CSV, 42 rows");
 * </pre>
 *
 * The actor comes from the caller's identity and the address from the current HTTP request; callers pass neither.
 *
 * <p><b>Which transaction.</b> {@code record} joins the caller's transaction when there is one ({@code REQUIRED}), and
 * the application services call it after their business writes are flushed: the audit row commits with the change it
 * describes, and a change that fails or rolls back leaves no "changed" row behind. Views, sign-ins, sign-outs, prints
 * and exports have no business transaction; their row is then written in a transaction of its own, or in the read's
 * when the service that reads the page records its view ({@link FamilyProgressService#view}), before the page is sent,
 * so a view is on record even when a later part of the page fails. Appending takes the chain head's lock until that
 * transaction ends (see {@link AuditEventRepository#append}).
 */
@Stateless
@LocalBean // the services and pages inject the class; the identity store sees only SignInAudit
@Local(SignInAudit.class)
@PermitAll
public class AuditTrail implements SignInAudit {

    /** Events read per query when the chain is verified. */
    static final int VERIFY_PAGE = 1000;

    @Inject
    private AuditEventRepository events;

    @Inject
    private CurrentActor actor;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private Clock clock;

    /**
     * Records what the signed-in user did, in the caller's transaction when it has one.
     *
     * @param recordType which kind of record, or null when the event is about none (signing out)
     * @param recordUuid the record's uuid, or null (a report, a sign-out)
     * @param detail a short note with ids only, or null; longer than {@value AuditEvent#DETAIL_MAX} characters is cut
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(@NotNull AuditActionType action, AuditRecordType recordType, UUID recordUuid, String detail) {
        append(action, recordType, recordUuid, recordType == AuditRecordType.MOTHER ? recordUuid : null, detail);
    }

    /**
     * Records what the signed-in user did to a record that belongs to a mother's record (a consultation, a baby, a
     * pumping entry), naming her, so that a search for her finds it.
     *
     * @param motherUuid the mother whose record it is
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordForMother(
            @NotNull AuditActionType action,
            @NotNull AuditRecordType recordType,
            UUID recordUuid,
            @NotNull UUID motherUuid,
            String detail) {
        append(action, recordType, recordUuid, motherUuid, detail);
    }

    private void append(
            AuditActionType action, AuditRecordType recordType, UUID recordUuid, UUID motherUuid, String detail) {
        events.append(
                clock.instant(),
                actor.username(),
                action,
                recordType,
                recordUuid,
                detail,
                clientAddress.current(),
                motherUuid);
    }

    /**
     * Records a sign-in, or a refused one under the username that was typed (which may name no account). Nobody is
     * signed in yet, so the actor is given rather than taken from the caller. The username is stored with its control
     * characters escaped ({@link org.lactationclinic.domain.shared.TypedText#neutralised}), so a NUL still leaves a row
     * and a line break cannot forge one.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordSignIn(String username, boolean succeeded) {
        events.append(
                clock.instant(),
                username == null ? "" : username,
                succeeded ? AuditActionType.SIGN_IN : AuditActionType.SIGN_IN_FAILED,
                AuditRecordType.STAFF_USER,
                null,
                null,
                clientAddress.current(),
                null);
    }

    /**
     * Records a sign-in refused before the password was checked (issue 15: too many failures for the account or from
     * the address), or an account locked by them; the detail says which ({@code SignInThrottle.Refusal}).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordSignInThrottled(String username, String detail) {
        events.append(
                clock.instant(),
                username == null ? "" : username,
                AuditActionType.SIGN_IN_FAILED,
                AuditRecordType.STAFF_USER,
                null,
                detail,
                clientAddress.current(),
                null);
    }

    /**
     * Records a step of a sign-in with a second factor (issue 15) as a sign-in with a detail: "password right; code
     * next" from the identity store, then "second factor" when the code was right and she is signed in. A wrong code is
     * recorded by {@link #recordSignInThrottled} as a refused sign-in.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordSignInStep(String username, String detail) {
        events.append(
                clock.instant(),
                username,
                AuditActionType.SIGN_IN,
                AuditRecordType.STAFF_USER,
                null,
                detail,
                clientAddress.current(),
                null);
    }

    /** Records a staff account the server created itself (the first admin, at start-up), as a {@code CREATE}. */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordAccountCreated(UUID staffUuid, String detail) {
        record(AuditActionType.CREATE, AuditRecordType.STAFF_USER, staffUuid, detail);
    }

    /** One page of the events found, newest first. */
    @RolesAllowed(RoleType.ADMIN_ROLE)
    public List<AuditEvent> search(@NotNull AuditSearch search, int first, int max) {
        return events.search(search, first, Math.min(max, 200));
    }

    @RolesAllowed(RoleType.ADMIN_ROLE)
    public long count(@NotNull AuditSearch search) {
        return events.count(search);
    }

    /**
     * Walks the whole chain, a page at a time, and names every edited event and every missing one (see
     * {@link AuditChainVerifier}). Events appended while it runs are left for the next check.
     */
    @RolesAllowed(RoleType.ADMIN_ROLE)
    public AuditChainVerifier.Result verify() {
        long head = events.headSequence();
        AuditChainVerifier verifier = new AuditChainVerifier(head);
        long after = 0;
        List<AuditChainVerifier.Link> page;
        do {
            page = events.chainPage(after, head, VERIFY_PAGE);
            page.forEach(verifier::accept);
            if (!page.isEmpty()) {
                after = page.getLast().sequenceNumber();
            }
        } while (page.size() == VERIFY_PAGE);
        return verifier.finish();
    }
}
