package org.lactationclinic.domain.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.shared.AuditedEntity;
import org.lactationclinic.domain.shared.ClinicalLimits;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * A referral received from outside (issue 14): the text sent, what the reader understood of it, every item it did not,
 * and the conditions of clinical-reference.md section 8 met on what it understood.
 *
 * <p>Life cycle: {@link ReceivedReferralStatusType#RECEIVED received} (created by the upload or the endpoint: the audit
 * fields say who and when), then once either {@link #accept accepted} into a mother's record or {@link #reject
 * rejected} with a reason. Never deleted, never edited: the payload stays as it came. Not under Envers: it changes
 * once, and that change (who, when, which mother or why not) is on the row itself and on the audit trail.
 */
@Entity
@Table(name = "referral")
public class Referral extends AuditedEntity {

    /** The longest text accepted (characters); the column holds no more. */
    public static final int PAYLOAD_MAX = 10_000_000;
    /**
     * The length the mapping declares for the payload and understood columns. Hibernate maps a longer String to a CLOB
     * on H2, and the migration's column is a varchar(10000000) on both databases; schema validation compares types, not
     * lengths, and {@link #PAYLOAD_MAX} is checked here before anything is stored.
     */
    private static final int MAPPED_LENGTH = 1_000_000;

    public static final int NOT_UNDERSTOOD_MAX = 100_000;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10, updatable = false)
    private ReferralChannelType channel;

    @Column(name = "file_name", length = 200, updatable = false)
    private String fileName;

    @Column(name = "payload", nullable = false, length = MAPPED_LENGTH, updatable = false)
    private String payload;

    /** SHA-256 of the payload (UTF-8, hex): the same text received again is found by it, not stored twice. */
    @Column(name = "payload_sha256", length = 64, updatable = false)
    private String payloadSha256;

    @Column(name = "understood", nullable = false, length = MAPPED_LENGTH, updatable = false)
    private String understood;

    @Column(name = "not_understood", nullable = false, length = NOT_UNDERSTOOD_MAX, updatable = false)
    private String notUnderstood;

    @Column(name = "not_understood_count", nullable = false, updatable = false)
    private int notUnderstoodCount;

    @Column(name = "conditions", nullable = false, length = 1000, updatable = false)
    private String conditions;

    @Column(name = "condition_count", nullable = false, updatable = false)
    private int conditionCount;

    @Column(name = "referral_date", updatable = false)
    private LocalDate referralDate;

    @Column(name = "mother_name", length = 2 * ClinicalLimits.NAME_MAX + 1, updatable = false)
    private String motherName;

    @Column(name = "baby_names", length = 500, updatable = false)
    private String babyNames;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ReceivedReferralStatusType status = ReceivedReferralStatusType.RECEIVED;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = ClinicalLimits.USERNAME_MAX)
    private String decidedBy;

    @Column(name = "reject_reason", length = ClinicalLimits.REASON_MAX)
    private String rejectReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mother_id")
    private Mother mother;

    protected Referral() {
        // for JPA
    }

    /**
     * A referral as received.
     *
     * @param understood what the reader understood, as JSON
     * @param notUnderstood every item not understood, one per entry
     * @param conditionsMet the section 8 conditions met, for any of the babies
     * @param motherName the mother's name as sent (null when none was sent)
     * @param babyNames the babies' names as sent
     */
    public Referral(
            ReferralChannelType channel,
            String fileName,
            String payload,
            String understood,
            List<String> notUnderstood,
            Collection<ReferralConditionType> conditionsMet,
            LocalDate referralDate,
            String motherName,
            List<String> babyNames) {
        if (payload == null || payload.length() > PAYLOAD_MAX) {
            throw new ClinicalRuleException(
                    "referral_inbox.message.error.tooLarge",
                    "A referral of " + (payload == null ? 0 : payload.length()) + " characters");
        }
        this.channel = Objects.requireNonNull(channel);
        this.fileName = fileName == null || fileName.isBlank() ? null : cut(fileName.strip(), 200);
        this.payload = payload;
        this.payloadSha256 = digestOf(payload);
        this.understood = understood;
        this.notUnderstood = cut(String.join("\n", notUnderstood), NOT_UNDERSTOOD_MAX);
        this.notUnderstoodCount = notUnderstood.size();
        this.conditions = conditionsMet.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.conditionCount = conditionsMet.size();
        this.referralDate = referralDate;
        this.motherName = motherName == null ? null : cut(motherName, 2 * ClinicalLimits.NAME_MAX + 1);
        this.babyNames = cut(String.join(", ", babyNames), 500);
    }

    /** The key a referral is found by when the same text arrives again: SHA-256 of its UTF-8 bytes, in hex. */
    public static String digestOf(String payload) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Makes it part of this mother's record. */
    public void accept(Mother into, String by, Instant at) {
        requireReceived();
        this.mother = Objects.requireNonNull(into);
        this.status = ReceivedReferralStatusType.ACCEPTED;
        this.decidedBy = Objects.requireNonNull(by);
        this.decidedAt = Objects.requireNonNull(at);
    }

    /** Leaves it out of every record, with the reason (kept, shown in the inbox). */
    public void reject(String reason, String by, Instant at) {
        requireReceived();
        if (reason == null || reason.isBlank()) {
            throw new ClinicalRuleException(
                    "referral_detail.message.error.reasonRequired", "A rejection needs a reason");
        }
        this.rejectReason = cut(reason.strip(), ClinicalLimits.REASON_MAX);
        this.status = ReceivedReferralStatusType.REJECTED;
        this.decidedBy = Objects.requireNonNull(by);
        this.decidedAt = Objects.requireNonNull(at);
    }

    private void requireReceived() {
        if (status != ReceivedReferralStatusType.RECEIVED) {
            throw new ClinicalRuleException(
                    "referral_detail.message.error.decided", "Referral " + getUuid() + " is already " + status);
        }
    }

    /** The conditions met, in the order of section 8. */
    public List<ReferralConditionType> getConditionsMet() {
        return conditions.isEmpty()
                ? List.of()
                : Arrays.stream(conditions.split(","))
                        .map(ReferralConditionType::valueOf)
                        .sorted()
                        .toList();
    }

    /** The items not understood, one per entry. */
    public List<String> getNotUnderstoodItems() {
        return notUnderstood.isEmpty() ? List.of() : List.of(notUnderstood.split("\n"));
    }

    public boolean isOpen() {
        return status == ReceivedReferralStatusType.RECEIVED;
    }

    public ReferralChannelType getChannel() {
        return channel;
    }

    public String getFileName() {
        return fileName;
    }

    public String getPayload() {
        return payload;
    }

    public String getUnderstood() {
        return understood;
    }

    public int getNotUnderstoodCount() {
        return notUnderstoodCount;
    }

    public int getConditionCount() {
        return conditionCount;
    }

    public LocalDate getReferralDate() {
        return referralDate;
    }

    public String getMotherName() {
        return motherName;
    }

    public String getBabyNames() {
        return babyNames;
    }

    public ReceivedReferralStatusType getStatus() {
        return status;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public Mother getMother() {
        return mother;
    }
}
