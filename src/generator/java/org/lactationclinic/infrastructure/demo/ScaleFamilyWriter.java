package org.lactationclinic.infrastructure.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import org.lactationclinic.domain.assessment.AssessmentFlagType;
import org.lactationclinic.domain.assessment.BtatFrenulumAttachmentType;
import org.lactationclinic.domain.assessment.BtatTongueLiftType;
import org.lactationclinic.domain.assessment.BtatTongueProtrusionType;
import org.lactationclinic.domain.assessment.BtatTongueTipType;
import org.lactationclinic.domain.assessment.IbfatFixingType;
import org.lactationclinic.domain.assessment.IbfatMaternalSatisfactionType;
import org.lactationclinic.domain.assessment.IbfatReadinessType;
import org.lactationclinic.domain.assessment.IbfatRootingType;
import org.lactationclinic.domain.assessment.IbfatSuckingType;
import org.lactationclinic.domain.assessment.LatchComfortType;
import org.lactationclinic.domain.assessment.LatchGraspType;
import org.lactationclinic.domain.assessment.LatchHoldType;
import org.lactationclinic.domain.assessment.LatchNippleType;
import org.lactationclinic.domain.assessment.LatchSwallowingType;
import org.lactationclinic.domain.breast.BreastFindings;
import org.lactationclinic.domain.breast.BreastFlagType;
import org.lactationclinic.domain.breast.BreastStateType;
import org.lactationclinic.domain.breast.ContributingFactorType;
import org.lactationclinic.domain.breast.NippleIntegrityType;
import org.lactationclinic.domain.breast.NippleShapeType;
import org.lactationclinic.domain.breast.SupplyConcern;
import org.lactationclinic.domain.breast.SupplyConcernType;
import org.lactationclinic.domain.charting.BreastSideType;
import org.lactationclinic.domain.charting.FeedObservation;
import org.lactationclinic.domain.charting.FeedPositionType;
import org.lactationclinic.domain.charting.InfantRedFlagType;
import org.lactationclinic.domain.charting.NippleShapeAfterFeedType;
import org.lactationclinic.domain.charting.OralAssessment;
import org.lactationclinic.domain.charting.SuckSwallowPatternType;
import org.lactationclinic.domain.charting.SupplementGiven;
import org.lactationclinic.domain.charting.SupplementMethodType;
import org.lactationclinic.domain.charting.SupplementType;
import org.lactationclinic.domain.charting.TestWeighing;
import org.lactationclinic.domain.consultation.ChartingContext;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.consultation.MotherFindings;
import org.lactationclinic.domain.dyad.DeliveryType;
import org.lactationclinic.domain.dyad.FeedingMethodType;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.MaternalConditionType;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.PumpingPurposeType;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.pumping.PumpType;
import org.lactationclinic.domain.settings.ClinicThresholds;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.shared.SearchText;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.domain.weight.WeightTrajectory;
import org.lactationclinic.domain.wellbeing.EpdsFlagType;
import org.lactationclinic.domain.wellbeing.EpdsItemType;
import org.lactationclinic.domain.wellbeing.MaternalWellbeing;

/**
 * Writes the generated clinic family by family: the mother, her infants, their consultations with everything charted,
 * the flags the domain's rules raise on them, her conditions and pumping log. Each table is one {@link BatchTable}; a
 * table or column that only later migrations add is filled when the database has it (feeding status, follow-up date,
 * care-plan referrals).
 *
 * <p>The flags are not invented: each consultation's findings are built as the domain's objects
 * ({@link InfantFindings}, {@link MotherFindings}) and {@link ChartingContext#flags} computes them with the default
 * thresholds and the infant's earlier weights, exactly as a save in the application does.
 */
final class ScaleFamilyWriter {

    static final double TWIN_RATE = 0.025;
    static final double TRIPLET_RATE = 0.0007;
    private static final int CONSULTANTS = ClinicNames.CONSULTANTS.size();
    private static final ClinicThresholds THRESHOLDS = ClinicThresholds.defaults();
    private static final String[] VOID_REASONS = {
        "Recorded for the wrong mother",
        "Duplicate entry",
        "Entered in error: the visit did not take place",
        "Started by mistake"
    };
    private static final String[] AMEND_REASONS = {
        "Weight transcribed wrongly; corrected from the scale printout",
        "Added the plan agreed on the phone afterwards",
        "Corrected the visit type",
        "Late entry: EPDS answers added",
        "Typo in the note"
    };
    private static final String[] MEDICATIONS = {
        "Levothyroxine 50 micrograms daily",
        "Metformin 500 mg twice daily",
        "Sertraline 50 mg daily",
        "Ferrous sulfate 200 mg daily",
        "Domperidone 10 mg three times daily",
        "Combined oral contraceptive",
        "Labetalol 200 mg twice daily"
    };

    private final ScaleClinicGenerator.Options options;
    private final Connection connection;
    private final String passwordHash;
    private final List<BatchTable> tables = new ArrayList<>();
    private final BatchTable staffUser;
    private final BatchTable staffUserRole;
    private final BatchTable mother;
    private final BatchTable motherCondition;
    private final BatchTable infant;
    private final BatchTable consultation;
    private final BatchTable consultationInfant;
    private final BatchTable consultationAmendment;
    private final BatchTable infantFindings;
    private final BatchTable feedObservation;
    private final BatchTable testWeighing;
    private final BatchTable supplementGiven;
    private final BatchTable breastFindings;
    private final BatchTable supplyConcern;
    private final BatchTable contributingFactor;
    private final BatchTable consultationFlag;
    private final BatchTable carePlanReferral; // null when the table does not exist yet
    private final BatchTable pumpingEntry;

    private final StaffUser[] staff = new StaffUser[CONSULTANTS];
    private final String[] usernames = new String[CONSULTANTS];
    private final LocalDate[] activeFrom = new LocalDate[CONSULTANTS];
    private final LocalDate[] activeTo = new LocalDate[CONSULTANTS];
    private long motherId;
    private long infantId;
    private long consultationId;
    private long findingsId;
    private long pumpingId;
    private long pending;

    ScaleFamilyWriter(
            ScaleClinicGenerator.Options options, DatabaseColumns database, Connection connection, String passwordHash)
            throws SQLException {
        this.options = options;
        this.connection = connection;
        this.passwordHash = passwordHash;
        List<String> audit = List.of(
                "id",
                "uuid",
                "version",
                "created_at",
                "created_by",
                "changed_at",
                "changed_by",
                "voided",
                "voided_at",
                "voided_by",
                "void_reason");
        staffUser = table(BatchTable.of(
                database, "staff_user", concat(audit, "username", "full_name", "password_hash", "enabled"), List.of()));
        staffUserRole = table(BatchTable.of(database, "staff_user_role", "staff_user_id", "role"));
        mother = table(BatchTable.of(
                database,
                "mother",
                concat(
                        audit,
                        "given_name",
                        "family_name",
                        "search_name",
                        "date_of_birth",
                        "phone",
                        "phone_digits",
                        "email",
                        "preferred_language",
                        "parity",
                        "delivery_type",
                        "pumping_purpose",
                        "medications",
                        "return_to_work"),
                List.of()));
        motherCondition = table(BatchTable.of(database, "mother_condition", "mother_id", "condition_type"));
        infant = table(BatchTable.of(
                database,
                "infant",
                concat(
                        audit,
                        "mother_id",
                        "given_name",
                        "family_name",
                        "sex",
                        "birth_date_time",
                        "gestational_age_days",
                        "birth_weight_grams",
                        "birth_length_cm",
                        "head_circumference_cm",
                        "feeding_method"),
                List.of()));
        consultation = table(BatchTable.of(
                database,
                "consultation",
                concat(
                        audit,
                        "mother_id",
                        "consultant_id",
                        "type",
                        "started_at",
                        "status",
                        "subjective",
                        "objective",
                        "assessment",
                        "plan",
                        "signed_at",
                        "epds_1",
                        "epds_2",
                        "epds_3",
                        "epds_4",
                        "epds_5",
                        "epds_6",
                        "epds_7",
                        "epds_8",
                        "epds_9",
                        "epds_10",
                        "self_harm_acknowledged_by",
                        "self_harm_acknowledged_at",
                        "sleep_note",
                        "stress_note",
                        "nutrition_note",
                        "maternal_fever",
                        "amendment_count"),
                List.of("follow_up_date")));
        consultationInfant = table(BatchTable.of(database, "consultation_infant", "consultation_id", "infant_id"));
        consultationAmendment = table(BatchTable.of(
                database,
                "consultation_amendment",
                "consultation_id",
                "list_index",
                "amended_at",
                "amended_by",
                "reason"));
        infantFindings = table(BatchTable.of(
                database,
                "infant_findings",
                concat(
                        audit,
                        "consultation_id",
                        "infant_id",
                        "weight_grams",
                        "weighed_at",
                        "btat_tongue_tip",
                        "btat_frenulum_attachment",
                        "btat_tongue_lift",
                        "btat_tongue_protrusion",
                        "hatlff_used",
                        "hatlff_appearance_when_lifted",
                        "hatlff_elasticity_of_frenulum",
                        "hatlff_frenulum_length",
                        "hatlff_attachment_to_tongue",
                        "hatlff_attachment_to_ridge",
                        "hatlff_lateralization",
                        "hatlff_lift",
                        "hatlff_extension",
                        "hatlff_spread",
                        "hatlff_cupping",
                        "hatlff_peristalsis",
                        "hatlff_snapback",
                        "feeds_24h",
                        "wet_diapers_24h",
                        "stools_24h",
                        "temperature_c",
                        "lethargic",
                        "dark_urine",
                        "significant_jaundice"),
                List.of("feeding_status")));
        feedObservation = table(BatchTable.of(
                database,
                "feed_observation",
                "findings_id",
                "list_index",
                "side",
                "position",
                "latch_grasp",
                "latch_swallowing",
                "latch_nipple",
                "latch_comfort",
                "latch_hold",
                "ibfat_used",
                "ibfat_readiness",
                "ibfat_rooting",
                "ibfat_fixing",
                "ibfat_sucking",
                "ibfat_satisfaction",
                "suck_swallow",
                "duration_minutes",
                "nipple_shape_after",
                "nipple_pain"));
        testWeighing = table(BatchTable.of(
                database, "test_weighing", "findings_id", "list_index", "side", "pre_feed_grams", "post_feed_grams"));
        supplementGiven = table(BatchTable.of(
                database, "supplement_given", "findings_id", "list_index", "type", "volume_ml", "method"));
        breastFindings = table(BatchTable.of(
                database,
                "breast_findings",
                "consultation_id",
                "list_index",
                "side",
                "breast_state",
                "redness",
                "lump",
                "nipple_shape",
                "nipple_integrity",
                "compression_stripe",
                "nipple_pain"));
        supplyConcern = table(BatchTable.of(
                database, "supply_concern", "consultation_id", "list_index", "category", "onset", "note"));
        contributingFactor =
                table(BatchTable.of(database, "contributing_factor", "consultation_id", "list_index", "factor"));
        consultationFlag = table(BatchTable.of(
                database,
                "consultation_flag",
                "consultation_id",
                "list_index",
                "infant_uuid",
                "flag_key",
                "detail",
                "source",
                "referral"));
        carePlanReferral = database.hasTable("care_plan_referral")
                ? table(BatchTable.of(
                        database,
                        "care_plan_referral",
                        List.of("consultation_id", "position", "destination", "urgency"),
                        List.of("note")))
                : null;
        pumpingEntry = table(BatchTable.of(
                database,
                "pumping_entry",
                concat(
                        audit,
                        "mother_id",
                        "started_at",
                        "duration_minutes",
                        "left_ml",
                        "right_ml",
                        "combined_ml",
                        "pump_type",
                        "flange_mm"),
                List.of()));
        for (BatchTable table : tables) {
            table.open(connection);
        }
    }

    private BatchTable table(BatchTable table) {
        tables.add(table);
        return table;
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    List<BatchTable> tables() {
        return tables;
    }

    long pendingRows() {
        return pending;
    }

    /** Sends every table's batch, parents before children. */
    void flushAll() throws SQLException {
        for (BatchTable table : tables) {
            table.flush();
        }
        pending = 0;
    }

    void close() throws SQLException {
        for (BatchTable table : tables) {
            table.close();
        }
    }

    static String usernameOf(String fullName) {
        return SearchText.fold(fullName).replace(' ', '.');
    }

    // --- staff -------------------------------------------------------------------------------------------

    /**
     * The clinic's 25 consultants (the first also an admin), and an admin account. Three consultants joined during the
     * period and two left (their accounts are disabled), so visits spread over whoever was there.
     */
    void writeStaff() throws SQLException {
        LocalDate first = options.until().minusYears(options.years());
        long span = options.until().toEpochDay() - first.toEpochDay();
        for (int k = 0; k < CONSULTANTS; k++) {
            String fullName = ClinicNames.CONSULTANTS.get(k);
            usernames[k] = usernameOf(fullName);
            activeFrom[k] = k >= 20 && k < 23 ? first.plusDays(span * (k - 19) / 4) : first;
            activeTo[k] = k >= 23 ? first.plusDays(span * (k - 21) / 4) : options.until();
            Set<RoleType> roles =
                    k == 1 ? EnumSet.of(RoleType.CONSULTANT, RoleType.ADMIN) : EnumSet.of(RoleType.CONSULTANT);
            staff[k] = new StaffUser(usernames[k], fullName + ", IBCLC", passwordHash, roles);
            boolean left = activeTo[k].isBefore(options.until());
            audit(
                    staffUser,
                    k + 1,
                    uuid(new SplittableRandom(options.seed() + k)),
                    left ? 1 : 0,
                    at(activeFrom[k].minusDays(7).atTime(9, 0)),
                    "system",
                    left ? at(activeTo[k].atTime(17, 0)) : null,
                    left ? "clinic.admin" : null);
            staffUser
                    .set("username", usernames[k])
                    .set("full_name", fullName + ", IBCLC")
                    .set("password_hash", passwordHash)
                    .set("enabled", !left)
                    .add();
            for (RoleType role : roles) {
                staffUserRole
                        .set("staff_user_id", (long) k + 1)
                        .set("role", role.name())
                        .add();
            }
        }
        audit(
                staffUser,
                CONSULTANTS + 1,
                uuid(new SplittableRandom(options.seed() - 1)),
                0,
                at(first.minusDays(14).atTime(9, 0)),
                "system",
                null,
                null);
        staffUser
                .set("username", "clinic.admin")
                .set("full_name", "Clinic Admin")
                .set("password_hash", passwordHash)
                .set("enabled", true)
                .add();
        staffUserRole
                .set("staff_user_id", (long) CONSULTANTS + 1)
                .set("role", RoleType.ADMIN.name())
                .add();
        flushAll();
    }

    // --- one family ----------------------------------------------------------------------------------------

    /** One infant of an episode, with the hidden course the generated findings follow. */
    private static final class Baby {
        long id;
        UUID uuid;
        Infant domain;
        LocalDateTime born;
        int birthWeight;
        double lossFraction;
        double nadirDays;
        double gainEarly;
        double gainMid;
        double gainLate;
        int exclusiveUntilDay;
        int anyBreastUntilDay;
        boolean tongueTie;
        double latchQuality;
        List<WeightTrajectory.Weighing> earlier = new ArrayList<>();
    }

    void writeFamily(ScaleClinicGenerator.ClinicPlan plan, int motherIndex, SplittableRandom r) throws SQLException {
        long id = ++motherId;
        String family = ClinicNames.family(r);
        String given = ClinicNames.pick(ClinicNames.MOTHER_GIVEN, r);
        int firstEpisode = plan.firstEpisode()[motherIndex];
        int episodes = plan.episodesOf(motherIndex);
        LocalDate firstBirth = plan.birthDates()[firstEpisode];
        int ageAtBirth = (int) Math.round(clamp(31 + r.nextGaussian() * 5, 17, 46));
        LocalDate dateOfBirth = firstBirth.minusYears(ageAtBirth).minusDays(r.nextInt(365));
        String phone = phone(r);
        boolean pumping = r.nextDouble() < 0.07;
        PumpingPurposeType purpose = pumping ? weighted(r, PumpingPurposeType.values(), 0.35, 0.25, 0.25, 0.15) : null;
        Mother domainMother = new Mother(given, family, dateOfBirth);
        double distress = Math.exp(1.6 + r.nextGaussian() * 0.65); // expected EPDS total: median 5, 1 in 9 >= 13
        NippleShapeType nippleShape = weighted(r, NippleShapeType.values(), 0.88, 0.09, 0.03);
        int primary = consultantFor(r, firstBirth.plusDays(3), -1);

        // consultations first, in memory: the mother's row names who registered her and when
        List<Episode> drawn = new ArrayList<>();
        for (int e = 0; e < episodes; e++) {
            drawn.add(drawEpisode(
                    r, family, plan.birthDates()[firstEpisode + e], plan.visits()[firstEpisode + e], domainMother));
        }
        LocalDateTime registered = drawn.getFirst().visitStarts.isEmpty()
                ? drawn.getFirst().babies.getFirst().born.plusDays(2)
                : drawn.getFirst().visitStarts.getFirst().minusMinutes(15);
        String registeredBy = usernames[primary];
        boolean motherVoided = r.nextDouble() < 0.001;
        audit(
                mother,
                id,
                uuid(r),
                motherVoided ? 2 : 1,
                at(registered),
                registeredBy,
                motherVoided ? at(registered.plusDays(1)) : null,
                motherVoided ? registeredBy : null);
        if (motherVoided) {
            voided(mother, at(registered.plusDays(1)), registeredBy, "Duplicate registration");
        }
        mother.set("given_name", given)
                .set("family_name", family)
                .set("search_name", ScaleClinicGenerator.searchNameOf(family, given))
                .set("date_of_birth", dateOfBirth)
                .set("phone", phone)
                .set("phone_digits", phone == null ? null : SearchText.digits(phone))
                .set("email", r.nextDouble() < 0.6 ? email(given, family, r) : null)
                .set("preferred_language", r.nextDouble() < 0.12 ? "es" : "en")
                .set("parity", r.nextDouble() < 0.9 ? pickIndex(r, 0.45, 0.33, 0.14, 0.05, 0.03) : null)
                .set(
                        "delivery_type",
                        weighted(r, DeliveryType.values(), 0.58, 0.12, 0.12, 0.18)
                                .name())
                .set("pumping_purpose", purpose == null ? null : purpose.name())
                .set("medications", r.nextDouble() < 0.1 ? MEDICATIONS[r.nextInt(MEDICATIONS.length)] : null)
                .set("return_to_work", r.nextDouble() < 0.3 ? firstBirth.plusDays(90 + r.nextInt(300)) : null)
                .add();
        pending++;
        writeConditions(id, r);
        for (Episode episode : drawn) {
            for (Baby baby : episode.babies) {
                writeInfant(id, baby, episode, r, registeredBy);
            }
        }
        for (Episode episode : drawn) {
            writeVisits(id, domainMother, episode, r, primary, distress, nippleShape, purpose != null);
        }
        if (purpose != null && !drawn.getLast().visitStarts.isEmpty()) {
            writePumpingLog(id, r, purpose, drawn.getLast(), usernames[primary]);
        }
    }

    /** A birth (one, two or three infants) and the start times of its consultations. */
    private static final class Episode {
        final List<Baby> babies = new ArrayList<>();
        final List<LocalDateTime> visitStarts = new ArrayList<>();
        FeedingMethodType feedingMethod;
    }

    private Episode drawEpisode(
            SplittableRandom r, String family, LocalDate birthDate, int visits, Mother domainMother) {
        Episode episode = new Episode();
        double multiple = r.nextDouble();
        int count = multiple < TRIPLET_RATE ? 3 : multiple < TRIPLET_RATE + TWIN_RATE ? 2 : 1;
        LocalDateTime born = birthDate.atTime(r.nextInt(24), r.nextInt(60));
        int gestation = count == 1
                ? (int) clamp(Math.round(278 + r.nextGaussian() * 11 - (r.nextDouble() < 0.06 ? 25 : 0)), 224, 296)
                : (int) clamp(Math.round((count == 2 ? 252 : 232) + r.nextGaussian() * 10), 203, 270);
        episode.feedingMethod = weighted(r, FeedingMethodType.values(), 0.70, 0.14, 0.03, 0.10, 0.03);
        for (int i = 0; i < count; i++) {
            Baby baby = new Baby();
            baby.id = ++infantId;
            SexType sex = r.nextBoolean() ? SexType.FEMALE : SexType.MALE;
            String name = ClinicNames.pick(sex == SexType.FEMALE ? ClinicNames.GIRL : ClinicNames.BOY, r);
            baby.born = born.plusMinutes(i * (3L + r.nextInt(20)));
            baby.birthWeight = (int) clamp(
                    Math.round(3450 + (gestation - 280) * 24 + r.nextGaussian() * 380 - (count > 1 ? 350 : 0)),
                    900,
                    5400);
            baby.domain = new Infant(name, family, sex, baby.born, gestation, baby.birthWeight);
            domainMother.addInfant(baby.domain);
            baby.uuid = uuid(r);
            // NEWT-like losses: about 1 in 20 babies loses 10% or more
            baby.lossFraction = clamp(0.06 + r.nextGaussian() * 0.024, 0.01, 0.14);
            baby.nadirDays = 2.6 + r.nextDouble() * 1.6;
            baby.gainEarly = clamp(31 + r.nextGaussian() * 8, 8, 55) * (baby.lossFraction > 0.1 ? 0.85 : 1);
            baby.gainMid = clamp(18 + r.nextGaussian() * 4, 6, 30);
            baby.gainLate = clamp(10 + r.nextGaussian() * 3, 3, 18);
            boolean formulaFromBirth = episode.feedingMethod == FeedingMethodType.FORMULA;
            boolean mixedFromBirth = episode.feedingMethod == FeedingMethodType.BREAST_MILK_AND_FORMULA;
            baby.exclusiveUntilDay = formulaFromBirth || mixedFromBirth
                    ? 0
                    : r.nextDouble() < 0.12 ? r.nextInt(14) : (int) Math.round(-Math.log(1 - r.nextDouble()) * 125);
            baby.anyBreastUntilDay = formulaFromBirth
                    ? r.nextInt(10)
                    : baby.exclusiveUntilDay + (int) Math.round(-Math.log(1 - r.nextDouble()) * 160);
            baby.tongueTie = r.nextDouble() < 0.07;
            baby.latchQuality = clamp(0.8 + r.nextGaussian() * 0.15 - (baby.tongueTie ? 0.25 : 0), 0.2, 1);
            episode.babies.add(baby);
        }
        long available = options.until().toEpochDay() - birthDate.toEpochDay();
        TreeSet<Integer> days = new TreeSet<>();
        int wanted = (int) Math.min(visits, available);
        while (days.size() < wanted) {
            int day = visitDay(r);
            days.add(day <= available ? day : 1 + r.nextInt((int) available));
        }
        for (int day : days) {
            LocalDateTime start = birthDate.plusDays(day).atTime(8, 0).plusMinutes(30L * r.nextInt(20));
            episode.visitStarts.add(start);
        }
        return episode;
    }

    /** Days after birth of a visit: most in the first two weeks, fewer to two months, a tail to a year. */
    private static int visitDay(SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.55) {
            return 1 + r.nextInt(14);
        } else if (u < 0.80) {
            return 15 + r.nextInt(46);
        } else if (u < 0.95) {
            return 61 + r.nextInt(120);
        }
        return 181 + r.nextInt(185);
    }

    private void writeConditions(long motherId, SplittableRandom r) throws SQLException {
        double u = r.nextDouble();
        int count = u < 0.04 ? 2 : u < 0.18 ? 1 : 0;
        Set<MaternalConditionType> conditions = EnumSet.noneOf(MaternalConditionType.class);
        while (conditions.size() < count) {
            conditions.add(weighted(r, MaternalConditionType.values(), 0.30, 0.08, 0.18, 0.16, 0.14, 0.06, 0.08));
        }
        for (MaternalConditionType condition : conditions) {
            motherCondition
                    .set("mother_id", motherId)
                    .set("condition_type", condition.name())
                    .add();
        }
    }

    private void writeInfant(long motherId, Baby baby, Episode episode, SplittableRandom r, String by)
            throws SQLException {
        Infant domain = baby.domain;
        LocalDateTime created = episode.visitStarts.isEmpty()
                ? baby.born.plusDays(2)
                : episode.visitStarts.getFirst().minusMinutes(10);
        audit(infant, baby.id, baby.uuid, 1, at(created), by, null, null);
        infant.set("mother_id", motherId)
                .set("given_name", domain.getGivenName())
                .set("family_name", domain.getFamilyName())
                .set("sex", domain.getSex().name())
                .set("birth_date_time", baby.born)
                .set("gestational_age_days", domain.getGestationalAgeDays())
                .set("birth_weight_grams", baby.birthWeight)
                .set(
                        "birth_length_cm",
                        r.nextDouble() < 0.8
                                ? decimal(
                                        clamp(50 + (baby.birthWeight - 3400) / 250.0 + r.nextGaussian() * 1.5, 38, 58))
                                : null)
                .set(
                        "head_circumference_cm",
                        r.nextDouble() < 0.7
                                ? decimal(clamp(
                                        34.5 + (baby.birthWeight - 3400) / 600.0 + r.nextGaussian() * 1.1, 27, 40))
                                : null)
                .set("feeding_method", episode.feedingMethod.name())
                .add();
        pending++;
    }

    // --- consultations -------------------------------------------------------------------------------------

    private void writeVisits(
            long motherId,
            Mother domainMother,
            Episode episode,
            SplittableRandom r,
            int primary,
            double distress,
            NippleShapeType nippleShape,
            boolean pumping)
            throws SQLException {
        List<Infant> seen = episode.babies.stream().map(baby -> baby.domain).toList();
        for (int v = 0; v < episode.visitStarts.size(); v++) {
            LocalDateTime start = episode.visitStarts.get(v);
            long id = ++consultationId;
            int consultantIndex = consultantFor(r, start.toLocalDate(), r.nextDouble() < 0.75 ? primary : -1);
            String by = usernames[consultantIndex];
            long dayOfLife =
                    ChronoUnit.DAYS.between(episode.babies.getFirst().born.toLocalDate(), start.toLocalDate());
            ConsultationType type = typeOf(r, v, dayOfLife);
            boolean inPerson = type != ConsultationType.PHONE_VIDEO;

            // status and bookkeeping
            boolean recent = !start.toLocalDate().isBefore(options.until().minusDays(1));
            double u = r.nextDouble();
            String status = recent && u < 0.5 || u < 0.008 ? "DRAFT" : u < 0.048 ? "AMENDED" : "SIGNED";
            boolean voided = r.nextDouble() < 0.008;
            int amendments = "AMENDED".equals(status) ? (r.nextDouble() < 0.12 ? 2 : 1) : 0;
            LocalDateTime signed = "DRAFT".equals(status) ? null : start.plusMinutes(40 + r.nextInt(50));

            Consultation domainVisit = Consultation.start(domainMother, seen, staff[consultantIndex], type, start);
            MaternalWellbeing wellbeing =
                    wellbeing(r, dayOfLife, distress, by, start, !"DRAFT".equals(status) || r.nextBoolean());
            List<BreastFindings> breasts = inPerson ? breasts(r, dayOfLife, nippleShape, distress) : List.of();
            boolean fever = breasts.stream().anyMatch(BreastFindings::isInflamed) && r.nextDouble() < 0.5;
            List<SupplyConcern> concerns = concerns(
                    r,
                    start.toLocalDate(),
                    dayOfLife,
                    pumping,
                    episode.babies.getFirst().exclusiveUntilDay < dayOfLife);
            List<ContributingFactorType> factors = concerns.isEmpty() || r.nextDouble() < 0.3 ? List.of() : factors(r);

            Map<Baby, InfantFindings> findings = new LinkedHashMap<>();
            Map<Baby, String> feedingStatus = new HashMap<>();
            for (Baby baby : episode.babies) {
                findings.put(baby, findings(r, domainVisit, baby, start, inPerson, v == 0));
                feedingStatus.put(baby, feedingStatus(r, baby, dayOfLife));
                addSupplements(r, findings.get(baby), feedingStatus.get(baby), dayOfLife);
            }
            Map<UUID, List<WeightTrajectory.Weighing>> earlier = new HashMap<>();
            episode.babies.forEach(baby -> earlier.put(baby.domain.getUuid(), baby.earlier));
            List<ConsultationFlag> flags = new ChartingContext(THRESHOLDS, earlier)
                    .flags(findings.values(), new MotherFindings(wellbeing, breasts, fever, concerns, factors), start);

            audit(
                    consultation,
                    id,
                    uuid(r),
                    versionOf(status, amendments, voided),
                    at(start),
                    by,
                    signed == null ? at(start.plusMinutes(30)) : at(signed.plusDays(amendments * 2L)),
                    by);
            if (voided) {
                voided(
                        consultation,
                        at(start.plusHours(2 + r.nextInt(70))),
                        usernames[consultantFor(r, start.toLocalDate(), -1)],
                        VOID_REASONS[r.nextInt(VOID_REASONS.length)]);
            }
            Note note = note(r, episode, findings, flags, concerns, type, dayOfLife);
            consultation
                    .set("mother_id", motherId)
                    .set("consultant_id", (long) consultantIndex + 1)
                    .set("type", type.name())
                    .set("started_at", start)
                    .set("status", status)
                    .set("subjective", note.subjective)
                    .set("objective", note.objective)
                    .set("assessment", note.assessment)
                    .set("plan", note.plan)
                    .set("signed_at", signed == null ? null : at(signed))
                    .set("epds_1", wellbeing.getEpds1())
                    .set("epds_2", wellbeing.getEpds2())
                    .set("epds_3", wellbeing.getEpds3())
                    .set("epds_4", wellbeing.getEpds4())
                    .set("epds_5", wellbeing.getEpds5())
                    .set("epds_6", wellbeing.getEpds6())
                    .set("epds_7", wellbeing.getEpds7())
                    .set("epds_8", wellbeing.getEpds8())
                    .set("epds_9", wellbeing.getEpds9())
                    .set("epds_10", wellbeing.getEpds10())
                    .set("self_harm_acknowledged_by", wellbeing.getSelfHarmAcknowledgedBy())
                    .set(
                            "self_harm_acknowledged_at",
                            wellbeing.getSelfHarmAcknowledgedAt() == null
                                    ? null
                                    : wellbeing.getSelfHarmAcknowledgedAt().atOffset(ZoneOffset.UTC))
                    .set("sleep_note", wellbeing.getSleepNote())
                    .set("stress_note", wellbeing.getStressNote())
                    .set("nutrition_note", wellbeing.getNutritionNote())
                    .set("maternal_fever", fever)
                    .set("amendment_count", amendments)
                    .set("follow_up_date", followUp(r, episode, v))
                    .add();
            for (Baby baby : episode.babies) {
                consultationInfant
                        .set("consultation_id", id)
                        .set("infant_id", baby.id)
                        .add();
            }
            for (int a = 0; a < amendments; a++) {
                consultationAmendment
                        .set("consultation_id", id)
                        .set("list_index", a)
                        .set("amended_at", at(signed.plusDays(1L + 2L * a)))
                        .set("amended_by", by)
                        .set("reason", AMEND_REASONS[r.nextInt(AMEND_REASONS.length)])
                        .add();
            }
            for (Baby baby : episode.babies) {
                writeFindings(id, baby, findings.get(baby), feedingStatus.get(baby), r, by, start);
                InfantFindings recorded = findings.get(baby);
                if (!voided && recorded.isWeighed()) {
                    baby.earlier.add(new WeightTrajectory.Weighing(recorded.getWeighedAt(), recorded.getWeightGrams()));
                }
            }
            for (int i = 0; i < breasts.size(); i++) {
                BreastFindings breast = breasts.get(i);
                breastFindings
                        .set("consultation_id", id)
                        .set("list_index", i)
                        .set("side", breast.getSide().name())
                        .set("breast_state", name(breast.getState()))
                        .set("redness", breast.isRedness())
                        .set("lump", breast.isLump())
                        .set("nipple_shape", name(breast.getNippleShape()))
                        .set(
                                "nipple_integrity",
                                breast.getNippleSkin().isEmpty()
                                        ? null
                                        : breast.getNippleSkin().stream()
                                                .map(Enum::name)
                                                .collect(java.util.stream.Collectors.joining(",")))
                        .set("compression_stripe", breast.isCompressionStripe())
                        .set("nipple_pain", breast.getNipplePain())
                        .add();
            }
            for (int i = 0; i < concerns.size(); i++) {
                SupplyConcern concern = concerns.get(i);
                supplyConcern
                        .set("consultation_id", id)
                        .set("list_index", i)
                        .set("category", concern.getCategory().name())
                        .set("onset", concern.getOnset())
                        .set("note", concern.getNote())
                        .add();
            }
            for (int i = 0; i < factors.size(); i++) {
                contributingFactor
                        .set("consultation_id", id)
                        .set("list_index", i)
                        .set("factor", factors.get(i).name())
                        .add();
            }
            Map<UUID, UUID> infantUuids = new HashMap<>();
            episode.babies.forEach(baby -> infantUuids.put(baby.domain.getUuid(), baby.uuid));
            for (int i = 0; i < flags.size(); i++) {
                ConsultationFlag flag = flags.get(i);
                consultationFlag
                        .set("consultation_id", id)
                        .set("list_index", i)
                        .set("infant_uuid", flag.infantUuid() == null ? null : infantUuids.get(flag.infantUuid()))
                        .set("flag_key", flag.flagKey())
                        .set("detail", flag.detail())
                        .set("source", flag.source())
                        .set("referral", flag.referral())
                        .add();
            }
            writeReferrals(id, flags, r);
            pending += 8L * episode.babies.size() + 6;
        }
    }

    private static int versionOf(String status, int amendments, boolean voided) {
        int version = switch (status) {
            case "DRAFT" -> 1;
            case "SIGNED" -> 3;
            default -> 3 + 2 * amendments;
        };
        return version + (voided ? 1 : 0);
    }

    private ConsultationType typeOf(SplittableRandom r, int visit, long dayOfLife) {
        if (dayOfLife <= 2 && r.nextDouble() < (visit == 0 ? 0.45 : 0.6)) {
            return ConsultationType.INPATIENT;
        }
        if (visit == 0) {
            return r.nextDouble() < 0.15 ? ConsultationType.HOME : ConsultationType.INITIAL;
        }
        double u = r.nextDouble();
        return u < 0.55 ? ConsultationType.FOLLOW_UP : u < 0.83 ? ConsultationType.PHONE_VIDEO : ConsultationType.HOME;
    }

    /** The next visit of this birth, when one was booked at this one; after the last, sometimes one never held. */
    private static LocalDate followUp(SplittableRandom r, Episode episode, int visit) {
        if (visit + 1 < episode.visitStarts.size()) {
            return r.nextDouble() < 0.85 ? episode.visitStarts.get(visit + 1).toLocalDate() : null;
        }
        return r.nextDouble() < 0.25
                ? episode.visitStarts.get(visit).toLocalDate().plusDays(7 + r.nextInt(22))
                : null;
    }

    /** The primary consultant when she worked then, else anyone who did. */
    private int consultantFor(SplittableRandom r, LocalDate day, int preferred) {
        if (preferred >= 0 && !day.isBefore(activeFrom[preferred]) && !day.isAfter(activeTo[preferred])) {
            return preferred;
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            int k = r.nextInt(CONSULTANTS);
            if (!day.isBefore(activeFrom[k]) && !day.isAfter(activeTo[k])) {
                return k;
            }
        }
        return 0;
    }

    // --- the mother's side ---------------------------------------------------------------------------------

    /**
     * EPDS at about half the visits between 10 days and 4 months, rarely otherwise. Each item's score is drawn around
     * the mother's own level; item 10 is positive in a few per cent of screenings, mostly of the mothers with high
     * totals, and acknowledged by the consultant (drafts sometimes not yet).
     */
    private MaternalWellbeing wellbeing(
            SplittableRandom r, long dayOfLife, double distress, String by, LocalDateTime start, boolean acknowledge) {
        MaternalWellbeing entered = new MaternalWellbeing();
        boolean screened = r.nextDouble() < (dayOfLife >= 10 && dayOfLife <= 120 ? 0.45 : 0.08);
        if (screened) {
            double level = clamp(distress * Math.exp(r.nextGaussian() * 0.25), 0, 30);
            int[] positions = new int[10];
            for (int i = 0; i < 9; i++) {
                int score = (int) clamp(Math.round(level / 9.5 + r.nextGaussian() * 0.55), 0, 3);
                positions[i] = position(EpdsItemType.values()[i], score);
            }
            double selfHarm = level >= 13 ? 0.2 : level >= 10 ? 0.05 : 0.004;
            int item10 = r.nextDouble() < selfHarm ? (r.nextDouble() < 0.8 ? 1 : 2) : 0;
            positions[9] = position(EpdsItemType.ITEM_10, item10);
            entered.setEpds1(positions[0]);
            entered.setEpds2(positions[1]);
            entered.setEpds3(positions[2]);
            entered.setEpds4(positions[3]);
            entered.setEpds5(positions[4]);
            entered.setEpds6(positions[5]);
            entered.setEpds7(positions[6]);
            entered.setEpds8(positions[7]);
            entered.setEpds9(positions[8]);
            entered.setEpds10(positions[9]);
            entered.setAcknowledgingSelfHarm(acknowledge);
            if (level >= 10 && r.nextDouble() < 0.5) {
                entered.setStressNote(pick(
                        r,
                        "Feels overwhelmed most evenings; partner back at work.",
                        "Tearful at times, worried about the baby's weight.",
                        "Anxious about feeding in public.",
                        "Low mood since the birth; GP aware."));
            }
        }
        if (r.nextDouble() < 0.15) {
            entered.setSleepNote(pick(
                    r,
                    "Sleeping 2-3 hours at a stretch.",
                    "Partner does one night feed.",
                    "Co-sleeping discussed: safe sleep leaflet given.",
                    "Very tired; naps when the baby sleeps."));
        }
        if (r.nextDouble() < 0.08) {
            entered.setNutritionNote(pick(
                    r,
                    "Eating regularly, drinking to thirst.",
                    "Skipping lunch most days.",
                    "Vegan diet: B12 supplement advised."));
        }
        MaternalWellbeing recorded = new MaternalWellbeing();
        recorded.replaceWith(entered, by, instantAt(start.plusMinutes(20)));
        return recorded;
    }

    /** The printed answer whose score is {@code score} (items 3 and 5-10 are printed highest score first). */
    private static int position(EpdsItemType item, int score) {
        return item.isReverseScored() ? EpdsItemType.MAX_ITEM_SCORE - score : score;
    }

    private static List<BreastFindings> breasts(
            SplittableRandom r, long dayOfLife, NippleShapeType shape, double distress) {
        boolean mastitis = r.nextDouble() < 0.015 && dayOfLife > 5;
        BreastSideType mastitisSide = r.nextBoolean() ? BreastSideType.LEFT : BreastSideType.RIGHT;
        int pain = (int) clamp(Math.round((dayOfLife < 14 ? 2.5 : 1) + r.nextGaussian() * 2), 0, 10);
        List<BreastFindings> breasts = new ArrayList<>();
        for (BreastSideType side : BreastSideType.values()) {
            BreastFindings breast = new BreastFindings(side);
            breast.setState(
                    dayOfLife <= 5
                            ? weighted(r, BreastStateType.values(), 0.35, 0.5, 0.15)
                            : weighted(r, BreastStateType.values(), 0.85, 0.12, 0.03));
            boolean inflamed = mastitis && side == mastitisSide;
            breast.setRedness(inflamed || r.nextDouble() < 0.01);
            breast.setLump(inflamed && r.nextDouble() < 0.7);
            breast.setNippleShape(shape);
            NippleIntegrityType integrity = dayOfLife < 21 && r.nextDouble() < 0.25
                    ? weighted(r, NippleIntegrityType.values(), 0, 0.35, 0.12, 0.13, 0.3, 0.1)
                    : NippleIntegrityType.INTACT;
            breast.setNippleSkin(List.of(integrity));
            breast.setCompressionStripe(integrity != NippleIntegrityType.INTACT && r.nextDouble() < 0.4);
            breast.setNipplePain((int) clamp(
                    pain + (integrity == NippleIntegrityType.INTACT ? 0 : 3) + r.nextInt(2) + (inflamed ? 3 : 0),
                    0,
                    10));
            breasts.add(breast);
        }
        return breasts;
    }

    private static List<SupplyConcern> concerns(
            SplittableRandom r, LocalDate day, long dayOfLife, boolean pumping, boolean supplementing) {
        if (r.nextDouble() >= 0.25) {
            return List.of();
        }
        List<SupplyConcernType> possible = new ArrayList<>(List.of(
                SupplyConcernType.PERCEIVED_LOW_SUPPLY,
                SupplyConcernType.PERCEIVED_LOW_SUPPLY,
                SupplyConcernType.PERCEIVED_LOW_SUPPLY,
                SupplyConcernType.LOW_MEASURED_SUPPLY,
                SupplyConcernType.OVERSUPPLY_FORCEFUL_LETDOWN));
        if (dayOfLife <= 5) {
            possible.add(SupplyConcernType.DELAYED_SECRETORY_ACTIVATION);
            possible.add(SupplyConcernType.DELAYED_SECRETORY_ACTIVATION);
        }
        if (dayOfLife <= 10) {
            possible.add(SupplyConcernType.ENGORGEMENT);
        }
        if (dayOfLife > 30) {
            possible.add(SupplyConcernType.SUPPLY_DROP);
            possible.add(SupplyConcernType.SUPPLY_DROP);
        }
        if (pumping) {
            possible.add(SupplyConcernType.EXCLUSIVE_PUMPING_OUTPUT);
        }
        if (supplementing) {
            possible.add(SupplyConcernType.SUPPLEMENTATION_DEPENDENCE);
        }
        List<SupplyConcern> concerns = new ArrayList<>();
        int count = r.nextDouble() < 0.2 ? 2 : 1;
        while (concerns.size() < count) {
            SupplyConcernType category = possible.get(r.nextInt(possible.size()));
            if (concerns.stream().noneMatch(concern -> concern.getCategory() == category)) {
                LocalDate onset =
                        r.nextDouble() < 0.7 ? day.minusDays(r.nextInt((int) Math.min(8, dayOfLife + 1))) : null;
                concerns.add(new SupplyConcern(
                        category,
                        onset,
                        r.nextDouble() < 0.4
                                ? pick(
                                        r,
                                        "Baby unsettled in the evenings.",
                                        "Breasts feel softer than last week.",
                                        "Pumping 40 mL less a day since returning to work.",
                                        "Baby pulls off and coughs at let-down.",
                                        "Top-ups increasing.")
                                : null));
            }
        }
        return concerns;
    }

    private static List<ContributingFactorType> factors(SplittableRandom r) {
        Set<ContributingFactorType> factors = EnumSet.noneOf(ContributingFactorType.class);
        int count = 1 + r.nextInt(3);
        while (factors.size() < count) {
            factors.add(ContributingFactorType.values()[r.nextInt(ContributingFactorType.values().length)]);
        }
        return List.copyOf(factors);
    }

    // --- the infant's side ----------------------------------------------------------------------------------

    /** The weight on the baby's course: loss to the nadir on day 3-4, then gain, slower after 3 and 6 months. */
    private static int weightAt(Baby baby, LocalDateTime at, SplittableRandom r) {
        double t = ChronoUnit.MINUTES.between(baby.born, at) / 1440.0;
        double weight;
        if (t <= baby.nadirDays) {
            double f = 1 - t / baby.nadirDays;
            weight = baby.birthWeight * (1 - baby.lossFraction * (1 - f * f));
        } else {
            double nadir = baby.birthWeight * (1 - baby.lossFraction);
            weight = nadir
                    + baby.gainEarly * Math.min(t - baby.nadirDays, 90 - baby.nadirDays)
                    + baby.gainMid * clamp(t - 90, 0, 90)
                    + baby.gainLate * Math.max(t - 180, 0);
        }
        return (int) clamp(Math.round(weight + r.nextGaussian() * 12), 300, 15000);
    }

    private InfantFindings findings(
            SplittableRandom r,
            Consultation visit,
            Baby baby,
            LocalDateTime start,
            boolean inPerson,
            boolean firstVisit) {
        InfantFindings findings = new InfantFindings(visit, baby.domain);
        long day = ChronoUnit.DAYS.between(baby.born.toLocalDate(), start.toLocalDate());
        if (inPerson && r.nextDouble() < 0.95) {
            LocalDateTime weighed = start.plusMinutes(10);
            findings.setWeighedAt(weighed);
            findings.setWeightGrams(weightAt(baby, weighed, r));
        }
        if (day < 42 && r.nextDouble() < 0.85) {
            boolean low = r.nextDouble() < 0.07;
            findings.setFeedsIn24h(low ? 5 + r.nextInt(3) : 8 + r.nextInt(5));
            int expectedWet = (int) Math.min(6, Math.max(1, day));
            findings.setWetDiapersIn24h(low ? Math.max(0, expectedWet - 2) : expectedWet + r.nextInt(3));
            findings.setStoolsIn24h(low ? r.nextInt(2) : (int) Math.min(day, 3) + r.nextInt(4));
        }
        if (inPerson && day < 28 && r.nextDouble() < 0.3) {
            double temperature = r.nextDouble() < 0.01 ? 38.0 + r.nextDouble() * 1.2 : 36.5 + r.nextDouble() * 0.8;
            findings.setTemperatureC(BigDecimal.valueOf(temperature).setScale(1, RoundingMode.HALF_UP));
        }
        findings.setLethargic(inPerson && r.nextDouble() < 0.003);
        findings.setDarkUrineOrUrates(
                day > InfantRedFlagType.DARK_URINE_AFTER_DAY_OF_LIFE && day < 10 && r.nextDouble() < 0.01);
        findings.setSignificantJaundice(day >= 2 && day <= 7 && r.nextDouble() < 0.03);
        if (inPerson && day < 120 && r.nextDouble() < 0.75) {
            int feeds = r.nextDouble() < 0.35 ? 2 : 1;
            for (int i = 0; i < feeds; i++) {
                findings.getFeeds().add(feed(r, baby, i == 0 ? BreastSideType.LEFT : BreastSideType.RIGHT, day));
            }
        }
        if (inPerson && day < 60 && findings.isWeighed() && r.nextDouble() < 0.2) {
            int sides = r.nextDouble() < 0.4 ? 2 : 1;
            int pre = findings.getWeightGrams();
            for (int i = 0; i < sides; i++) {
                double expected = day <= 1 ? 7 : day == 2 ? 14 : day == 3 ? 38 : day < 7 ? 58 : 75;
                int transfer = (int)
                        Math.max(0, Math.round(expected * baby.latchQuality * (1 + r.nextGaussian() * 0.35) / sides));
                findings.getTestWeighings()
                        .add(new TestWeighing(
                                i == 0 ? BreastSideType.LEFT : BreastSideType.RIGHT,
                                pre,
                                Math.min(15000, pre + transfer)));
                pre = Math.min(15000, pre + transfer);
            }
        }
        if (inPerson && (firstVisit && r.nextDouble() < 0.12 || baby.tongueTie && day < 30 && r.nextDouble() < 0.5)) {
            OralAssessment oral = findings.getOral();
            double q = baby.tongueTie ? 0.25 : 0.85;
            oral.setBtatTongueTip(skewed(r, BtatTongueTipType.values(), q));
            oral.setBtatFrenulumAttachment(skewed(r, BtatFrenulumAttachmentType.values(), q));
            oral.setBtatTongueLift(skewed(r, BtatTongueLiftType.values(), q));
            oral.setBtatTongueProtrusion(skewed(r, BtatTongueProtrusionType.values(), q));
            if (baby.tongueTie && r.nextDouble() < 0.4) {
                oral.setHatlffUsed(true);
                oral.setAppearanceAppearanceWhenLifted(r.nextInt(3));
                oral.setAppearanceElasticityOfFrenulum(r.nextInt(3));
                oral.setAppearanceLengthOfFrenulumWhenLifted(r.nextInt(3));
                oral.setAppearanceAttachmentToTongue(r.nextInt(3));
                oral.setAppearanceAttachmentToAlveolarRidge(r.nextInt(3));
                oral.setFunctionLateralization(r.nextInt(3));
                oral.setFunctionLift(r.nextInt(3));
                oral.setFunctionExtension(r.nextInt(3));
                oral.setFunctionSpread(r.nextInt(3));
                oral.setFunctionCupping(r.nextInt(3));
                oral.setFunctionPeristalsis(r.nextInt(3));
                oral.setFunctionSnapback(r.nextInt(3));
            }
        }
        return findings;
    }

    private static FeedObservation feed(SplittableRandom r, Baby baby, BreastSideType side, long day) {
        FeedObservation feed =
                new FeedObservation(side, weighted(r, FeedPositionType.values(), 0.22, 0.3, 0.2, 0.1, 0.18));
        double q = clamp(baby.latchQuality + Math.min(day, 30) / 150.0, 0.1, 1);
        feed.setLatchGrasp(skewed(r, LatchGraspType.values(), q));
        feed.setLatchSwallowing(skewed(r, LatchSwallowingType.values(), q));
        feed.setLatchNipple(skewed(r, LatchNippleType.values(), 0.9));
        feed.setLatchComfort(skewed(r, LatchComfortType.values(), q));
        feed.setLatchHold(skewed(r, LatchHoldType.values(), Math.min(1, q + day / 20.0)));
        if (r.nextDouble() < 0.15) {
            feed.setIbfatUsed(true);
            feed.setIbfatReadiness(skewed(r, IbfatReadinessType.values(), q));
            feed.setIbfatRooting(skewed(r, IbfatRootingType.values(), q));
            feed.setIbfatFixing(skewed(r, IbfatFixingType.values(), q));
            feed.setIbfatSucking(skewed(r, IbfatSuckingType.values(), q));
            feed.setIbfatSatisfaction(bestFirst(r, IbfatMaternalSatisfactionType.values(), q));
        }
        feed.setSuckSwallow(bestFirst(r, SuckSwallowPatternType.values(), q));
        feed.setDurationMinutes(4 + r.nextInt(27));
        feed.setNippleShapeAfter(bestFirst(r, NippleShapeAfterFeedType.values(), q));
        feed.setNipplePain((int) clamp(Math.round((1 - q) * 8 + r.nextGaussian() * 1.5), 0, 10));
        return feed;
    }

    /**
     * Feeding status by the WHO/ABM definitions, from the baby's course: exclusive until a day drawn per baby (one in
     * eight supplemented in the first two weeks, then a slow fall, about one in five still exclusive at six months),
     * then partial, then none. Not recorded at one visit in ten.
     */
    private static String feedingStatus(SplittableRandom r, Baby baby, long day) {
        if (r.nextDouble() < 0.1) {
            return null;
        }
        return day < baby.exclusiveUntilDay ? "EXCLUSIVE" : day < baby.anyBreastUntilDay ? "PARTIAL" : "NONE";
    }

    private static void addSupplements(SplittableRandom r, InfantFindings findings, String status, long day) {
        if ("PARTIAL".equals(status) || "NONE".equals(status)) {
            boolean none = "NONE".equals(status);
            int volume = (int) Math.min(
                    1500,
                    Math.round((none ? 500 : 150) + Math.min(day, 120) * (none ? 3 : 1.5) + r.nextGaussian() * 60));
            findings.getSupplements()
                    .add(new SupplementGiven(
                            r.nextDouble() < 0.9 ? SupplementType.FORMULA : SupplementType.DONOR_MILK,
                            Math.max(10, volume),
                            weighted(r, SupplementMethodType.values(), 0.08, 0.12, 0.1, 0.02, 0.68)));
        } else if ("EXCLUSIVE".equals(status) && r.nextDouble() < 0.12) {
            findings.getSupplements()
                    .add(new SupplementGiven(
                            SupplementType.EXPRESSED_BREAST_MILK,
                            20 + r.nextInt(200),
                            weighted(r, SupplementMethodType.values(), 0.1, 0.3, 0.15, 0.05, 0.4)));
        }
    }

    private void writeFindings(
            long consultationId,
            Baby baby,
            InfantFindings f,
            String feedingStatus,
            SplittableRandom r,
            String by,
            LocalDateTime start)
            throws SQLException {
        long id = ++findingsId;
        audit(infantFindings, id, uuid(r), 1, at(start.plusMinutes(10)), by, at(start.plusMinutes(30)), by);
        OralAssessment oral = f.getOral();
        infantFindings
                .set("consultation_id", consultationId)
                .set("infant_id", baby.id)
                .set("weight_grams", f.getWeightGrams())
                .set("weighed_at", f.getWeighedAt())
                .set("btat_tongue_tip", name(oral.getBtatTongueTip()))
                .set("btat_frenulum_attachment", name(oral.getBtatFrenulumAttachment()))
                .set("btat_tongue_lift", name(oral.getBtatTongueLift()))
                .set("btat_tongue_protrusion", name(oral.getBtatTongueProtrusion()))
                .set("hatlff_used", oral.isHatlffUsed())
                .set("hatlff_appearance_when_lifted", oral.getAppearanceAppearanceWhenLifted())
                .set("hatlff_elasticity_of_frenulum", oral.getAppearanceElasticityOfFrenulum())
                .set("hatlff_frenulum_length", oral.getAppearanceLengthOfFrenulumWhenLifted())
                .set("hatlff_attachment_to_tongue", oral.getAppearanceAttachmentToTongue())
                .set("hatlff_attachment_to_ridge", oral.getAppearanceAttachmentToAlveolarRidge())
                .set("hatlff_lateralization", oral.getFunctionLateralization())
                .set("hatlff_lift", oral.getFunctionLift())
                .set("hatlff_extension", oral.getFunctionExtension())
                .set("hatlff_spread", oral.getFunctionSpread())
                .set("hatlff_cupping", oral.getFunctionCupping())
                .set("hatlff_peristalsis", oral.getFunctionPeristalsis())
                .set("hatlff_snapback", oral.getFunctionSnapback())
                .set("feeds_24h", f.getFeedsIn24h())
                .set("wet_diapers_24h", f.getWetDiapersIn24h())
                .set("stools_24h", f.getStoolsIn24h())
                .set("temperature_c", f.getTemperatureC())
                .set("lethargic", f.isLethargic())
                .set("dark_urine", f.isDarkUrineOrUrates())
                .set("significant_jaundice", f.isSignificantJaundice())
                .set("feeding_status", feedingStatus)
                .add();
        List<FeedObservation> feeds = f.getFeeds();
        for (int i = 0; i < feeds.size(); i++) {
            FeedObservation feed = feeds.get(i);
            feedObservation
                    .set("findings_id", id)
                    .set("list_index", i)
                    .set("side", feed.getSide().name())
                    .set("position", feed.getPosition().name())
                    .set("latch_grasp", name(feed.getLatchGrasp()))
                    .set("latch_swallowing", name(feed.getLatchSwallowing()))
                    .set("latch_nipple", name(feed.getLatchNipple()))
                    .set("latch_comfort", name(feed.getLatchComfort()))
                    .set("latch_hold", name(feed.getLatchHold()))
                    .set("ibfat_used", feed.isIbfatUsed())
                    .set("ibfat_readiness", name(feed.getIbfatReadiness()))
                    .set("ibfat_rooting", name(feed.getIbfatRooting()))
                    .set("ibfat_fixing", name(feed.getIbfatFixing()))
                    .set("ibfat_sucking", name(feed.getIbfatSucking()))
                    .set("ibfat_satisfaction", name(feed.getIbfatSatisfaction()))
                    .set("suck_swallow", name(feed.getSuckSwallow()))
                    .set("duration_minutes", feed.getDurationMinutes())
                    .set("nipple_shape_after", name(feed.getNippleShapeAfter()))
                    .set("nipple_pain", feed.getNipplePain())
                    .add();
        }
        List<TestWeighing> weighings = f.getTestWeighings();
        for (int i = 0; i < weighings.size(); i++) {
            TestWeighing weighing = weighings.get(i);
            testWeighing
                    .set("findings_id", id)
                    .set("list_index", i)
                    .set("side", weighing.getSide().name())
                    .set("pre_feed_grams", weighing.getPreFeedGrams())
                    .set("post_feed_grams", weighing.getPostFeedGrams())
                    .add();
        }
        List<SupplementGiven> supplements = f.getSupplements();
        for (int i = 0; i < supplements.size(); i++) {
            SupplementGiven supplement = supplements.get(i);
            supplementGiven
                    .set("findings_id", id)
                    .set("list_index", i)
                    .set("type", supplement.getType().name())
                    .set("volume_ml", supplement.getVolumeMl())
                    .set("method", name(supplement.getMethod()))
                    .add();
        }
    }

    /**
     * Care-plan referrals, when the table exists, made where the flags call for them: mental health the same day for a
     * positive EPDS item 10 and within a week for a total at the referral cut-off; the paediatrician for the infant's
     * referral flags; the GP for mastitis with fever; a frenotomy assessment for the tongue-tie flags.
     */
    private void writeReferrals(long consultationId, List<ConsultationFlag> flags, SplittableRandom r)
            throws SQLException {
        if (carePlanReferral == null) {
            return;
        }
        Map<String, String> referrals = new LinkedHashMap<>();
        for (ConsultationFlag flag : flags) {
            String key = flag.flagKey();
            if (key.equals(EpdsFlagType.SELF_HARM_URGENT.bundleKey())) {
                referrals.put("MENTAL_HEALTH", "SAME_DAY");
            } else if (key.equals(EpdsFlagType.REFERRAL.bundleKey())) {
                referrals.putIfAbsent("MENTAL_HEALTH", "WITHIN_WEEK");
            } else if (key.equals(BreastFlagType.MASTITIS_WITH_FEVER.bundleKey())) {
                referrals.put("GP_OBSTETRICIAN", "SAME_DAY");
            } else if (key.equals(AssessmentFlagType.BTAT_FRENOTOMY_ASSESSMENT.bundleKey())
                    || key.equals(AssessmentFlagType.HATLFF_FRENOTOMY_SUGGESTED.bundleKey())) {
                referrals.putIfAbsent("FRENOTOMY_ASSESSMENT", "WITHIN_WEEK");
            } else if (flag.referral() && flag.infantUuid() != null) {
                referrals.put("PAEDIATRICIAN", "SAME_DAY");
            }
        }
        if (referrals.isEmpty() && r.nextDouble() < 0.01) {
            referrals.put("OTHER", "ROUTINE");
        }
        int position = 0;
        for (Map.Entry<String, String> referral : referrals.entrySet()) {
            carePlanReferral
                    .set("consultation_id", consultationId)
                    .set("position", position++)
                    .set("destination", referral.getKey())
                    .set("urgency", referral.getValue())
                    .set("note", "OTHER".equals(referral.getKey()) ? "Osteopath, at the family's request" : null)
                    .add();
        }
    }

    // --- pumping ----------------------------------------------------------------------------------------------

    /** Four to ten days of a pumping mother's log, from a visit of her latest birth, entered by her consultant. */
    private void writePumpingLog(
            long motherId, SplittableRandom r, PumpingPurposeType purpose, Episode episode, String by)
            throws SQLException {
        LocalDateTime from = episode.visitStarts
                .get(r.nextInt(episode.visitStarts.size()))
                .toLocalDate()
                .atStartOfDay();
        long dayOfLife = ChronoUnit.DAYS.between(episode.babies.getFirst().born.toLocalDate(), from.toLocalDate());
        int days = 4 + r.nextInt(7);
        int perDay = purpose == PumpingPurposeType.OCCASIONAL
                ? 1 + r.nextInt(2)
                : purpose == PumpingPurposeType.MAINTAIN ? 4 + r.nextInt(3) : 7 + r.nextInt(3);
        PumpType pump = weighted(r, PumpType.values(), 0.2, 0.4, 0.1, 0.12, 0.1, 0.08);
        int flange = 21 + r.nextInt(8);
        boolean combined = r.nextBoolean();
        LocalDateTime last = options.until().atTime(LocalTime.MAX);
        for (int day = 0; day < days; day++) {
            for (int session = 0; session < perDay; session++) {
                LocalDateTime start =
                        from.plusDays(day).plusMinutes(Math.round((session + r.nextDouble() * 0.6) * 1440.0 / perDay));
                if (start.isAfter(last)) {
                    return;
                }
                double base = switch (purpose) {
                    case ESTABLISH_SUPPLY -> Math.min(90, 5 + (dayOfLife + day) * 6);
                    case BUILD_SUPPLY -> 45;
                    case MAINTAIN -> 110;
                    case OCCASIONAL -> 80;
                };
                int total = (int) clamp(Math.round(base * (1 + r.nextGaussian() * 0.25)), 0, 1000);
                long id = ++pumpingId;
                audit(pumpingEntry, id, uuid(r), 0, at(start.plusMinutes(40)), by, null, null);
                pumpingEntry
                        .set("mother_id", motherId)
                        .set("started_at", start)
                        .set("duration_minutes", 10 + r.nextInt(21))
                        .set("pump_type", pump.name())
                        .set("flange_mm", flange);
                if (combined || pump == PumpType.HAND_EXPRESSION) {
                    pumpingEntry.set("combined_ml", total);
                } else {
                    int left = (int) Math.round(total * (0.4 + r.nextDouble() * 0.2));
                    pumpingEntry.set("left_ml", left).set("right_ml", total - left);
                }
                pumpingEntry.add();
                pending++;
            }
        }
    }

    // --- notes ------------------------------------------------------------------------------------------------

    private record Note(String subjective, String objective, String assessment, String plan) {}

    /** A short SOAP note in the words consultants use, quoting the findings. */
    private Note note(
            SplittableRandom r,
            Episode episode,
            Map<Baby, InfantFindings> findings,
            List<ConsultationFlag> flags,
            List<SupplyConcern> concerns,
            ConsultationType type,
            long dayOfLife) {
        String who = episode.babies.size() == 1
                ? episode.babies.getFirst().domain.getGivenName()
                : episode.babies.size() == 2 ? "the twins" : "the triplets";
        String subjective = concerns.isEmpty()
                ? pick(
                        r,
                        "Feeding going well overall; wants a weight check.",
                        "Some nipple soreness at the start of feeds.",
                        "Baby feeding 8-12 times a day, settles after most feeds.",
                        "Worried " + who + " is not getting enough.",
                        "Cluster feeding in the evenings.",
                        "Return to work planned; asks about expressing.")
                : "Concern: "
                        + concerns.getFirst()
                                .getCategory()
                                .name()
                                .toLowerCase(Locale.ROOT)
                                .replace('_', ' ') + ".";
        StringBuilder objective = new StringBuilder();
        for (Map.Entry<Baby, InfantFindings> entry : findings.entrySet()) {
            InfantFindings f = entry.getValue();
            if (f.isWeighed()) {
                double change = 100.0 * (f.getWeightGrams() - entry.getKey().birthWeight) / entry.getKey().birthWeight;
                objective
                        .append(entry.getKey().domain.getGivenName())
                        .append(": ")
                        .append(f.getWeightGrams())
                        .append(" g on day ")
                        .append(dayOfLife)
                        .append(String.format(Locale.ROOT, " (%+.1f%% from birth). ", change));
            }
            if (!f.getFeeds().isEmpty()) {
                Integer latch = f.getFeeds().getFirst().getLatchTotal();
                objective.append("Feed observed").append(latch == null ? ". " : ", LATCH " + latch + "/10. ");
            }
        }
        if (type == ConsultationType.PHONE_VIDEO) {
            objective.append("Remote consultation: no examination.");
        }
        String assessment = flags.isEmpty()
                ? pick(
                        r,
                        "Effective breastfeeding.",
                        "Milk transfer adequate.",
                        "Positioning and attachment improving.",
                        "Normal newborn feeding pattern.")
                : "Flags raised: "
                        + String.join(
                                ", ",
                                flags.stream()
                                        .map(ConsultationFlag::flagKey)
                                        .distinct()
                                        .map(key -> key.substring(key.lastIndexOf('.') + 1))
                                        .toList())
                        + ".";
        String plan = flags.stream().anyMatch(ConsultationFlag::referral)
                ? "Referral made today; review within 48 hours."
                : pick(
                        r,
                        "Continue responsive feeding; review in one week.",
                        "Laid-back positioning practised; review in 3 days.",
                        "Breast compressions shown; weight check in 2 days.",
                        "Discharged from the clinic; contact details given.",
                        "Hand expression taught; top-ups by cup if needed.");
        return new Note(subjective, objective.toString().strip(), assessment, plan);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private void audit(
            BatchTable table,
            long id,
            UUID uuid,
            long version,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime changedAt,
            String changedBy) {
        table.set("id", id)
                .set("uuid", uuid)
                .set("version", version)
                .set("created_at", createdAt)
                .set("created_by", createdBy)
                .set("changed_at", changedAt)
                .set("changed_by", changedBy)
                .set("voided", false);
    }

    private static void voided(BatchTable table, OffsetDateTime at, String by, String reason) {
        table.set("voided", true)
                .set("voided_at", at)
                .set("voided_by", by)
                .set("void_reason", reason)
                .set("changed_at", at)
                .set("changed_by", by);
    }

    private OffsetDateTime at(LocalDateTime local) {
        return instantAt(local, options).atOffset(ZoneOffset.UTC);
    }

    private static Instant instantAt(LocalDateTime local, ScaleClinicGenerator.Options options) {
        return local.atZone(options.zone()).toInstant();
    }

    private Instant instantAt(LocalDateTime local) {
        return instantAt(local, options);
    }

    /** A version-4 UUID from the seeded random source, so the same seed gives the same uuids. */
    private static UUID uuid(SplittableRandom r) {
        long most = (r.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long least = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    private static String phone(SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.05) {
            return null;
        }
        int number = 100000 + r.nextInt(900000);
        if (u < 0.65) {
            return "07" + (700 + r.nextInt(300)) + " " + number;
        } else if (u < 0.9) {
            return "+44 7" + (700 + r.nextInt(300)) + " " + number;
        }
        return "020 " + (7000 + r.nextInt(3000)) + " " + (1000 + r.nextInt(9000));
    }

    private static String email(String given, String family, SplittableRandom r) {
        String local = SearchText.fold(given + "." + family).replace(' ', '.').replaceAll("[^a-z0-9.]", "");
        return local
                + (r.nextDouble() < 0.5 ? "" : String.valueOf(r.nextInt(100)))
                + pick(r, "@example.com", "@example.org", "@example.net");
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    @SafeVarargs
    private static <T> T pick(SplittableRandom r, T... choices) {
        return choices[r.nextInt(choices.length)];
    }

    /** One of {@code values} with the given weights (in declaration order). */
    private static <T> T weighted(SplittableRandom r, T[] values, double... weights) {
        return values[pickIndex(r, weights)];
    }

    private static int pickIndex(SplittableRandom r, double... weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double u = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** An answer of an instrument whose values run from worst to best: quality 1 is mostly the best answer. */
    private static <T> T skewed(SplittableRandom r, T[] worstFirst, double quality) {
        double u = clamp(quality + r.nextGaussian() * 0.2, 0, 1);
        return worstFirst[(int) Math.min(worstFirst.length - 1, Math.floor(u * worstFirst.length))];
    }

    /** The same for values listed best first. */
    private static <T> T bestFirst(SplittableRandom r, T[] bestFirst, double quality) {
        double u = clamp(quality + r.nextGaussian() * 0.2, 0, 1);
        return bestFirst[bestFirst.length - 1 - (int) Math.min(bestFirst.length - 1, Math.floor(u * bestFirst.length))];
    }
}
