package org.lactationclinic.infrastructure.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.lactationclinic.domain.audit.AuditEvent;

/**
 * The one row that says where the audit chain ends: the last sequence number and its hash. Every append locks it, so it
 * is also the lock that puts the app servers' appends in one order (see {@link AuditEventRepository#append}).
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    /** The id of the one row (V12 inserts it; a check constraint allows no other). */
    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
        // for JPA
    }

    long getLastSequence() {
        return lastSequence;
    }

    String getLastHash() {
        return lastHash;
    }

    void advanceTo(AuditEvent appended) {
        lastSequence = appended.getSequenceNumber();
        lastHash = appended.getHash();
    }
}
