package org.lactationclinic.web.admin.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.domain.audit.AuditChainVerifier;
import org.lactationclinic.domain.audit.AuditSearch;
import org.lactationclinic.web.BundleMessages;
import org.lactationclinic.web.ViewScopedPage;

/**
 * admin/audit/search.xhtml: the audit trail searched by user, record and period (days in the clinic's zone, both
 * included), newest first; and the check of the whole hash chain.
 */
@Named
@ViewScoped
public class AuditSearchBacking extends ViewScopedPage {

    @Inject
    private transient AuditTrail audit;

    @Inject
    private Clock clock;

    private String username;
    private UUID recordUuid;
    private LocalDate fromDate;
    private LocalDate toDate;
    private AuditLazyModel events;
    private transient AuditChainVerifier.Result verification;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        events = new AuditLazyModel(
                audit,
                new AuditSearch(
                        username, recordUuid, startOf(fromDate), startOf(toDate == null ? null : toDate.plusDays(1))));
    }

    public void clear() {
        username = null;
        recordUuid = null;
        fromDate = null;
        toDate = null;
        search();
    }

    public void verify() {
        verification = audit.verify();
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(clock.getZone()).toInstant();
    }

    /** The verifier's findings as sentences, one per finding; empty when the chain is intact or unchecked. */
    public List<String> getFindings() {
        if (verification == null) {
            return List.of();
        }
        List<String> findings = new ArrayList<>();
        verification
                .edited()
                .forEach(edited -> findings.add(
                        BundleMessages.text("admin_audit_search.verify.edited", edited.sequenceNumber(), edited.id())));
        verification
                .missing()
                .forEach(missing -> findings.add(
                        missing.count() == 1
                                ? BundleMessages.text("admin_audit_search.verify.missingOne", missing.first())
                                : BundleMessages.text(
                                        "admin_audit_search.verify.missingRange",
                                        missing.first(),
                                        missing.last(),
                                        missing.count())));
        verification
                .brokenLinks()
                .forEach(broken -> findings.add(BundleMessages.text(
                        "admin_audit_search.verify.brokenLink", broken.sequenceNumber(), broken.id())));
        if (verification.truncated()) {
            findings.add(BundleMessages.text("admin_audit_search.verify.truncated"));
        }
        return findings;
    }

    /** The verdict, or null before the chain was checked. */
    public String getVerdict() {
        if (verification == null) {
            return null;
        }
        return verification.intact()
                ? BundleMessages.text("admin_audit_search.verify.intact", verification.eventsChecked())
                : BundleMessages.text(
                        "admin_audit_search.verify.tampered",
                        verification.eventsChecked(),
                        verification.edited().size()
                                + verification.brokenLinks().size(),
                        verification.missingCount());
    }

    public boolean isIntact() {
        return verification != null && verification.intact();
    }

    public AuditLazyModel getEvents() {
        return events;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public UUID getRecordUuid() {
        return recordUuid;
    }

    public void setRecordUuid(UUID recordUuid) {
        this.recordUuid = recordUuid;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }
}
