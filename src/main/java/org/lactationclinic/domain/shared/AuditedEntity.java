package org.lactationclinic.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * Base of every clinical record.
 *
 * <p>The database id is internal; pages, links and exports use the {@link #getUuid() uuid}, which never changes and
 * carries no meaning. The {@link #getVersion() version} travels with every edit form so that two consultants saving the
 * same record cannot silently overwrite each other. Audit fields are filled by {@link AuditListener} from the signed-in
 * user, so no caller can forget or forge them.
 */
@MappedSuperclass
@Audited
@EntityListeners(AuditListener.class)
public abstract class AuditedEntity implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private UUID uuid = UUID.randomUUID();

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = ClinicalLimits.USERNAME_MAX)
    private String createdBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = ClinicalLimits.USERNAME_MAX)
    private String changedBy;

    @Column(nullable = false)
    private boolean voided;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by", length = ClinicalLimits.USERNAME_MAX)
    private String voidedBy;

    @Size(max = ClinicalLimits.REASON_MAX)
    @Column(name = "void_reason", length = ClinicalLimits.REASON_MAX)
    private String voidReason;

    /**
     * Voids this record: it disappears from lists and searches but stays in the database and its history.
     *
     * @throws IllegalArgumentException when the reason is blank: a void without a reason cannot be reviewed later
     * @throws IllegalStateException when the record is already voided
     */
    public void voidRecord(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required to void a record");
        }
        if (voided) {
            throw new IllegalStateException("Record " + uuid + " is already voided");
        }
        this.voided = true;
        this.voidReason = reason.strip();
        this.voidedBy = Objects.requireNonNull(by);
        this.voidedAt = Objects.requireNonNull(at);
    }

    /**
     * Refuses a save made from a form that was loaded at another version. Used where a service applies a form onto the
     * managed entity: {@code @Version} alone would only catch a change made between this read and the flush, not one
     * made while the form was open.
     */
    public void checkVersion(long versionOnForm) {
        if (versionOnForm != version) {
            throw new ConcurrentEditException(getClass().getSimpleName(), uuid);
        }
    }

    void markCreated(String by, Instant at) {
        this.createdBy = by;
        this.createdAt = at;
    }

    void markChanged(String by, Instant at) {
        this.changedBy = by;
        this.changedAt = at;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public UUID getUuid() {
        return uuid;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public boolean isVoided() {
        return voided;
    }

    public Instant getVoidedAt() {
        return voidedAt;
    }

    public String getVoidedBy() {
        return voidedBy;
    }

    public String getVoidReason() {
        return voidReason;
    }

    @Override
    public boolean equals(Object other) {
        // Through the getter and without a class check: the other side may be a lazy proxy, whose fields
        // are empty and whose class is a generated subclass. Random UUIDs do not collide across types.
        // A missing uuid (an entity half-way through deserialization, below) equals only itself.
        if (this == other) {
            return true;
        }
        UUID mine = getUuid();
        return mine != null && other instanceof AuditedEntity that && mine.equals(that.getUuid());
    }

    /**
     * The same for every entity, so it never reads the uuid. A session moved to another app server (issue 16,
     * deploy/cluster/README.md) is deserialized there, and the hash sets and maps inside it (a consultation's infants,
     * a page's findings) rehash their entries while an entity that refers back to them has not got its fields yet: a
     * hash of the uuid threw a NullPointerException, or would have filed the entity under a hash it no longer has.
     * Equal entities still have equal hashes; the clinic's entity-keyed sets hold a handful each.
     */
    @Override
    public int hashCode() {
        return 31;
    }
}
