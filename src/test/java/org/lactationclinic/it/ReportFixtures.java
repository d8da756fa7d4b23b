package org.lactationclinic.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.lactationclinic.domain.assessment.BtatFrenulumAttachmentType;
import org.lactationclinic.domain.assessment.BtatTongueLiftType;
import org.lactationclinic.domain.assessment.BtatTongueProtrusionType;
import org.lactationclinic.domain.assessment.BtatTongueTipType;
import org.lactationclinic.domain.assessment.LatchComfortType;
import org.lactationclinic.domain.assessment.LatchGraspType;
import org.lactationclinic.domain.assessment.LatchHoldType;
import org.lactationclinic.domain.assessment.LatchNippleType;
import org.lactationclinic.domain.assessment.LatchSwallowingType;

/**
 * Test deployments only: writes a small hand-made clinic straight into the tables, with exactly the dates, statuses and
 * answers a report test needs (the services stamp today's date and would not let a test place a consultation two years
 * back). Each test makes its own consultant, so its reports, filtered by that consultant, see nothing else.
 */
@Stateless
@PermitAll
public class ReportFixtures {

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    public long consultant(String username) {
        return entity(
                "staff_user",
                Map.of(
                        "username",
                        username,
                        "full_name",
                        "Report " + username,
                        "password_hash",
                        "not-a-hash",
                        "enabled",
                        true));
    }

    public long mother(String familyName) {
        return entity(
                "mother",
                Map.of(
                        "given_name",
                        "Test",
                        "family_name",
                        familyName,
                        "search_name",
                        "test " + familyName.toLowerCase(),
                        "date_of_birth",
                        java.time.LocalDate.of(1990, 1, 1),
                        "preferred_language",
                        "en"));
    }

    public long infant(long motherId, LocalDateTime born, int birthWeightGrams) {
        return entity(
                "infant",
                Map.of(
                        "mother_id",
                        motherId,
                        "given_name",
                        "Baby",
                        "family_name",
                        "Test",
                        "sex",
                        "FEMALE",
                        "birth_date_time",
                        born,
                        "gestational_age_days",
                        280,
                        "birth_weight_grams",
                        birthWeightGrams));
    }

    /**
     * A draft consultation of the mother with the given infants seen (a draft, so that {@link #epds} may still fill it
     * in: the database guard refuses changes to a signed one; the reports count drafts and signed alike).
     */
    public long consultation(
            long motherId, long consultantId, String type, LocalDateTime startedAt, long... infantIds) {
        long id = entity(
                "consultation",
                Map.of(
                        "mother_id",
                        motherId,
                        "consultant_id",
                        consultantId,
                        "type",
                        type,
                        "started_at",
                        startedAt,
                        "status",
                        "DRAFT"));
        for (long infantId : infantIds) {
            insert("consultation_infant", Map.of("consultation_id", id, "infant_id", infantId));
        }
        return id;
    }

    public void voidConsultation(long id) {
        em.createNativeQuery(
                        "update consultation set voided = true, voided_at = ?1, voided_by = 'it', void_reason = 'wrong mother' where id = ?2")
                .setParameter(1, OffsetDateTime.now())
                .setParameter(2, id)
                .executeUpdate();
    }

    /** Findings for one infant: feeding status (or null) and weight (or null), weighed at the consultation's start. */
    public long findings(
            long consultationId, long infantId, String feedingStatus, Integer weightGrams, LocalDateTime weighedAt) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("consultation_id", consultationId);
        columns.put("infant_id", infantId);
        if (feedingStatus != null) {
            columns.put("feeding_status", feedingStatus);
        }
        if (weightGrams != null) {
            columns.put("weight_grams", weightGrams);
            columns.put("weighed_at", weighedAt);
        }
        return entity("infant_findings", columns);
    }

    /** An observed feed with the five LATCH item scores (null to leave an item unanswered) and the nipple pain. */
    public void feed(
            long findingsId,
            int index,
            Integer grasp,
            Integer swallowing,
            Integer nipple,
            Integer comfort,
            Integer hold,
            Integer pain) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("findings_id", findingsId);
        columns.put("list_index", index);
        columns.put("side", index % 2 == 0 ? "LEFT" : "RIGHT");
        columns.put("position", "CRADLE");
        putAnswer(columns, "latch_grasp", grasp, LatchGraspType.values());
        putAnswer(columns, "latch_swallowing", swallowing, LatchSwallowingType.values());
        putAnswer(columns, "latch_nipple", nipple, LatchNippleType.values());
        putAnswer(columns, "latch_comfort", comfort, LatchComfortType.values());
        putAnswer(columns, "latch_hold", hold, LatchHoldType.values());
        if (pain != null) {
            columns.put("nipple_pain", pain);
        }
        insert("feed_observation", columns);
    }

    /** The four BTAT item scores (0-2 each; null leaves an item unanswered) on a findings row. */
    public void btat(long findingsId, Integer tip, Integer frenulum, Integer lift, Integer protrusion) {
        em.createNativeQuery(
                        "update infant_findings set btat_tongue_tip = ?1, btat_frenulum_attachment = ?2, btat_tongue_lift = ?3,"
                                + " btat_tongue_protrusion = ?4 where id = ?5")
                .setParameter(1, answer(tip, BtatTongueTipType.values()))
                .setParameter(2, answer(frenulum, BtatFrenulumAttachmentType.values()))
                .setParameter(3, answer(lift, BtatTongueLiftType.values()))
                .setParameter(4, answer(protrusion, BtatTongueProtrusionType.values()))
                .setParameter(5, findingsId)
                .executeUpdate();
    }

    private static String answer(Integer score, Enum<?>[] answersByScore) {
        return score == null ? null : answersByScore[score].name();
    }

    /** The breast findings of one side with its nipple pain (or null), nothing else recorded. */
    public void breastPain(long consultationId, int index, String side, Integer pain) {
        Map<String, Object> columns = new LinkedHashMap<>(Map.of(
                "consultation_id",
                consultationId,
                "list_index",
                index,
                "side",
                side,
                "redness",
                false,
                "lump",
                false,
                "compression_stripe",
                false));
        if (pain != null) {
            columns.put("nipple_pain", pain);
        }
        insert("breast_findings", columns);
    }

    private static void putAnswer(Map<String, Object> columns, String column, Integer score, Enum<?>[] answersByScore) {
        if (score != null) {
            columns.put(column, answersByScore[score].name());
        }
    }

    public void supplyConcern(long consultationId, int index, String category) {
        insert("supply_concern", Map.of("consultation_id", consultationId, "list_index", index, "category", category));
    }

    public void flag(long consultationId, int index, String flagKey, boolean referral) {
        insert(
                "consultation_flag",
                Map.of(
                        "consultation_id",
                        consultationId,
                        "list_index",
                        index,
                        "flag_key",
                        flagKey,
                        "source",
                        "test",
                        "referral",
                        referral));
    }

    /** A referral in the consultation's care plan. */
    public void referral(long consultationId, int position, String destination, String urgency) {
        insert(
                "care_plan_referral",
                Map.of(
                        "consultation_id",
                        consultationId,
                        "position",
                        position,
                        "destination",
                        destination,
                        "urgency",
                        urgency));
    }

    /** EPDS answers as printed positions (0-3), item 1 first; fewer than ten leaves the rest unanswered. */
    public void epds(long consultationId, boolean acknowledged, int... positions) {
        StringBuilder sql = new StringBuilder("update consultation set amendment_count = amendment_count");
        for (int i = 0; i < positions.length; i++) {
            sql.append(", epds_").append(i + 1).append(" = ").append(positions[i]);
        }
        if (acknowledged) {
            sql.append(", self_harm_acknowledged_by = 'it', self_harm_acknowledged_at = current_timestamp");
        }
        em.createNativeQuery(sql.append(" where id = ?1").toString())
                .setParameter(1, consultationId)
                .executeUpdate();
    }

    public void pumping(
            long motherId, LocalDateTime at, Integer leftMl, Integer rightMl, Integer combinedMl, boolean voided) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("mother_id", motherId);
        columns.put("started_at", at);
        columns.put("duration_minutes", 20);
        if (combinedMl != null) {
            columns.put("combined_ml", combinedMl);
        } else {
            columns.put("left_ml", leftMl);
            columns.put("right_ml", rightMl);
        }
        long id = entity("pumping_entry", columns);
        if (voided) {
            em.createNativeQuery(
                            "update pumping_entry set voided = true, voided_at = ?1, voided_by = 'it', void_reason = 'typo' where id = ?2")
                    .setParameter(1, OffsetDateTime.now())
                    .setParameter(2, id)
                    .executeUpdate();
        }
    }

    /** Inserts an audited entity's row (uuid, version and created fields filled) and returns its id. */
    private long entity(String table, Map<String, Object> values) {
        UUID uuid = UUID.randomUUID();
        Map<String, Object> columns = new LinkedHashMap<>(values);
        columns.put("uuid", uuid);
        columns.put("version", 0L);
        columns.put("created_at", OffsetDateTime.now());
        columns.put("created_by", "it");
        insert(table, columns);
        return ((Number) em.createNativeQuery("select id from " + table + " where uuid = ?1")
                        .setParameter(1, uuid)
                        .getSingleResult())
                .longValue();
    }

    private void insert(String table, Map<String, Object> columns) {
        String names = String.join(", ", columns.keySet());
        StringBuilder marks = new StringBuilder();
        for (int i = 1; i <= columns.size(); i++) {
            marks.append(i == 1 ? "" : ", ").append('?').append(i);
        }
        Query query = em.createNativeQuery("insert into " + table + " (" + names + ") values (" + marks + ")");
        int i = 1;
        for (Object value : columns.values()) {
            query.setParameter(i++, value);
        }
        query.executeUpdate();
    }
}
