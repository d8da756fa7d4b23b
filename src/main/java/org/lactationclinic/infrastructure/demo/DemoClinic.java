package org.lactationclinic.infrastructure.demo;

import static org.lactationclinic.domain.dyad.SexType.FEMALE;
import static org.lactationclinic.domain.dyad.SexType.MALE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.lactationclinic.domain.careplan.CarePlan;
import org.lactationclinic.domain.careplan.CarePlanGoal;
import org.lactationclinic.domain.careplan.CarePlanSuggestions;
import org.lactationclinic.domain.careplan.GoalType;
import org.lactationclinic.domain.careplan.Intervention;
import org.lactationclinic.domain.careplan.PlannedIntervention;
import org.lactationclinic.domain.careplan.Referral;
import org.lactationclinic.domain.careplan.StandardInterventionType;
import org.lactationclinic.domain.charting.BreastSideType;
import org.lactationclinic.domain.charting.FeedObservation;
import org.lactationclinic.domain.charting.FeedPositionType;
import org.lactationclinic.domain.charting.FeedingStatusType;
import org.lactationclinic.domain.charting.NippleShapeAfterFeedType;
import org.lactationclinic.domain.charting.SuckSwallowPatternType;
import org.lactationclinic.domain.charting.TestWeighing;
import org.lactationclinic.domain.consent.ConsentDecision;
import org.lactationclinic.domain.consent.ConsentType;
import org.lactationclinic.domain.consultation.ChartingContext;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.consultation.SoapNote;
import org.lactationclinic.domain.dyad.DeliveryType;
import org.lactationclinic.domain.dyad.FeedingMethodType;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.PersonIdentifier;
import org.lactationclinic.domain.dyad.PumpingPurposeType;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.provider.Provider;
import org.lactationclinic.domain.pumping.PumpType;
import org.lactationclinic.domain.pumping.PumpingEntry;
import org.lactationclinic.domain.pumping.PumpingSession;
import org.lactationclinic.domain.settings.ClinicProfile;
import org.lactationclinic.domain.settings.ClinicThresholds;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.domain.weight.WeightTrajectory;
import org.lactationclinic.infrastructure.security.PasswordHasher;

/**
 * A small clinic to click through: an admin, two consultants (one of them also an admin) and 21 dyads, among them
 * late-preterm twins, a preterm infant, Spanish-speaking mothers, newborns a day old and infants a few months old, and
 * a family seen four times. Dates are relative to today so ages always look current.
 */
@ApplicationScoped
public class DemoClinic {

    public static final String ADMIN_USERNAME = "admin";
    public static final String CONSULTANT_USERNAME = "ana.lopez";
    public static final String SECOND_CONSULTANT_USERNAME = "grace.okafor";
    /** Demo accounts only; the README says so, and demo data is never loaded into PostgreSQL by default. */
    public static final String DEMO_PASSWORD = "demo-password-2026";
    /** The demo birth hospital's medical record numbers. */
    public static final String DEMO_MRN_SYSTEM = "https://riverside-hospital.example/mrn";

    @PersistenceContext(unitName = "clinic")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Clock clock;

    // the standard interventions the migration seeded, for the demo visits' plans
    private List<Intervention> library = List.of();

    private record Baby(String givenName, SexType sex, int daysOld, int gestationalAgeDays, int birthWeightGrams) {}

    private record Family(
            String givenName,
            String familyName,
            int age,
            String phone,
            String language,
            int parity,
            DeliveryType delivery,
            List<Baby> babies,
            int... visitDays) {}

    private static final List<Family> FAMILIES = List.of(
            new Family(
                    "Amara",
                    "Okafor",
                    31,
                    "+44 20 7946 0101",
                    "en",
                    1,
                    DeliveryType.UNPLANNED_CAESAREAN,
                    List.of(new Baby("Chidi", MALE, 24, 253, 2450), new Baby("Adaeze", FEMALE, 24, 253, 2310)),
                    3,
                    6,
                    10,
                    17),
            new Family(
                    "Sofía",
                    "Hernández",
                    28,
                    "+34 612 345 678",
                    "es",
                    0,
                    DeliveryType.VAGINAL,
                    List.of(new Baby("Mateo", MALE, 5, 275, 3420)),
                    3),
            new Family(
                    "Emily",
                    "Carter",
                    34,
                    "+1 555 010 2233",
                    "en",
                    1,
                    DeliveryType.VAGINAL,
                    List.of(new Baby("Olivia", FEMALE, 9, 280, 3650)),
                    4,
                    8),
            new Family(
                    "Priya",
                    "Sharma",
                    30,
                    "+44 7700 900123",
                    "en",
                    0,
                    DeliveryType.ASSISTED_VAGINAL,
                    List.of(new Baby("Arjun", MALE, 3, 270, 3100)),
                    2),
            new Family(
                    "Hannah",
                    "Müller",
                    36,
                    "+49 30 901820",
                    "en",
                    2,
                    DeliveryType.VAGINAL,
                    List.of(new Baby("Lena", FEMALE, 42, 283, 3550)),
                    5,
                    40),
            new Family(
                    "Fatima",
                    "Al-Sayed",
                    25,
                    "+44 7700 900456",
                    "en",
                    0,
                    DeliveryType.PLANNED_CAESAREAN,
                    List.of(new Baby("Yusuf", MALE, 7, 273, 3280)),
                    4),
            new Family(
                    "Chloé",
                    "Dubois",
                    33,
                    "+33 6 12 34 56 78",
                    "en",
                    1,
                    DeliveryType.VAGINAL,
                    List.of(new Baby("Jules", MALE, 21, 288, 3900)),
                    6,
                    20),
            new Family(
                    "Lan",
                    "Nguyen",
                    29,
                    "+1 555 010 4455",
                    "en",
                    0,
                    DeliveryType.VAGINAL,
                    List.of(new Baby("Minh", FEMALE, 4, 261, 2950)),
                    3),
            new Family(
                    "Gráinne",
                    "O'Brien",
                    38,
                    "+353 87 123 4567",
                    "en",
                    3,
                    DeliveryType.VAGINAL,
                    List.of(new Baby("Liam", MALE, 2, 278, 3700)),
                    1),
            new Family(
                    "Ana",
                    "Ramírez",
                    22,
                    "+52 55 1234 5678",
                    "es",
                    0,
                    DeliveryType.UNPLANNED_CAESAREAN,
                    List.of(new Baby("Valentina", FEMALE, 60, 281, 3300)),
                    4,
                    12,
                    58),
            new Family(
                    "Keisha",
                    "Johnson",
                    27,
                    "+1 555 010 6677",
                    "en",
                    1,
                    DeliveryType.VAGINAL,
                    List.of(new Baby("Malik", MALE, 14, 266, 3050)),
                    5,
                    13),
            new Family(
                    "Ingrid",
                    "Larsen",
                    32,
                    "+47 412 34 567",
                    "en",
                    0,
                    DeliveryType.VAGINAL,
                    List.of(new Baby("Freja", FEMALE, 6, 284, 3800)),
                    5),
            new Family(
                    "Mei",
                    "Chen",
                    35,
                    "+1 555 010 8899",
                    "en",
                    1,
                    DeliveryType.PLANNED_CAESAREAN,
                    List.of(new Baby("Hao", MALE, 30, 276, 3400)),
                    7,
                    28),
            new Family(
                    "Zanele",
                    "Dlamini",
                    26,
                    "+27 82 123 4567",
                    "en",
                    0,
                    DeliveryType.VAGINAL,
                    List.of(new Baby("Thandiwe", FEMALE, 10, 247, 2380)),
                    3,
                    9),
            new Family(
                    "Olga",
                    "Petrova",
                    31,
                    "+44 7700 900789",
                    "en",
                    1,
                    DeliveryType.VAGINAL,
                    List.of(new Baby("Mila", FEMALE, 90, 280, 3500)),
                    85),
            new Family(
                    "Rachel",
                    "Cohen",
                    37,
                    "+972 50 123 4567",
                    "en",
                    2,
                    DeliveryType.VAGINAL,
                    List.of(new Baby("Noa", FEMALE, 8, 274, 3150)),
                    4,
                    7),
            new Family(
                    "Aisha",
                    "Bello",
                    24,
                    "+234 803 123 4567",
                    "en",
                    0,
                    DeliveryType.VAGINAL,
                    List.of(new Baby("Ibrahim", MALE, 1, 282, 3600)),
                    1),
            new Family(
                    "María José",
                    "Torres",
                    29,
                    "+34 699 876 543",
                    "es",
                    1,
                    DeliveryType.VAGINAL,
                    List.of(new Baby("Lucía", FEMALE, 150, 279, 3250)),
                    140),
            new Family(
                    "Sarah",
                    "Thompson",
                    40,
                    "+44 7700 900321",
                    "en",
                    0,
                    DeliveryType.UNPLANNED_CAESAREAN,
                    List.of(new Baby("James", MALE, 45, 228, 1720)),
                    30,
                    44),
            new Family(
                    "Leila",
                    "Haddad",
                    30,
                    "+961 3 123 456",
                    "en",
                    1,
                    DeliveryType.VAGINAL,
                    List.of(new Baby("Omar", MALE, 11, 272, 3350)),
                    4,
                    10),
            new Family(
                    "Jessica",
                    "Brown",
                    27,
                    "+1 555 010 1212",
                    "en",
                    0,
                    DeliveryType.ASSISTED_VAGINAL,
                    List.of(new Baby("Ava", FEMALE, 18, 280, 3400)),
                    5,
                    15));

    /** Creates the accounts and families in the caller's transaction. */
    public void load() {
        char[] password = DEMO_PASSWORD.toCharArray();
        String hash = hasher.hash(password);
        em.persist(new StaffUser(ADMIN_USERNAME, "Clinic Admin", hash, Set.of(RoleType.ADMIN)));
        StaffUser ana = new StaffUser(CONSULTANT_USERNAME, "Ana López, IBCLC", hash, Set.of(RoleType.CONSULTANT));
        StaffUser grace = new StaffUser(
                SECOND_CONSULTANT_USERNAME, "Grace Okafor, IBCLC", hash, Set.of(RoleType.CONSULTANT, RoleType.ADMIN));
        em.persist(ana);
        em.persist(grace);
        ClinicProfile profile = new ClinicProfile();
        profile.change(
                "Riverside Lactation Clinic", "12 River Road, Springfield", "+1 555 0100", "care@riverside.example");
        em.persist(profile);
        library = em.createQuery("select i from Intervention i where i.code is not null", Intervention.class)
                .getResultList();

        LocalDate today = LocalDate.now(clock);
        // the directory of the babies' doctors, and the birth hospital's record numbers (issue 14)
        Provider mensah = new Provider("Dr Ruth Mensah");
        mensah.setPractice("Riverside Paediatrics");
        mensah.setAddress("40 Mill Lane, Springfield");
        mensah.setPhone("+1 555 0142");
        mensah.setFax("+1 555 0143");
        mensah.setNpi("1234567893");
        Provider byrne = new Provider("Dr Aoife Byrne");
        byrne.setPractice("Northside Family Practice");
        byrne.setPhone("+1 555 0178");
        em.persist(mensah);
        em.persist(byrne);
        for (int i = 0; i < FAMILIES.size(); i++) {
            Family family = FAMILIES.get(i);
            Mother mother = new Mother(
                    family.givenName(),
                    family.familyName(),
                    today.minusYears(family.age()).minusDays(37L * i));
            mother.setPhone(family.phone());
            mother.setPreferredLanguage(family.language());
            mother.setParity(family.parity());
            mother.setDeliveryType(family.delivery());
            mother.identifyAs(new PersonIdentifier(DEMO_MRN_SYSTEM, "RH-" + (100231 + i)));
            int babyNumber = 0;
            for (Baby baby : family.babies()) {
                LocalDateTime born =
                        today.minusDays(baby.daysOld()).atTime(LocalTime.of(3 + (i * 5) % 19, (i * 13) % 60));
                Infant infant = new Infant(
                        baby.givenName(),
                        family.familyName(),
                        baby.sex(),
                        born,
                        baby.gestationalAgeDays(),
                        baby.birthWeightGrams());
                infant.setFeedingMethod(
                        baby.daysOld() > 30 ? FeedingMethodType.BREAST_AND_EXPRESSED : FeedingMethodType.BREAST);
                infant.identifyAs(new PersonIdentifier(DEMO_MRN_SYSTEM, "RH-" + (100231 + i) + "-" + (++babyNumber)));
                infant.setDoctor(i % 2 == 0 ? mensah : byrne);
                mother.addInfant(infant);
            }
            em.persist(mother);
            if (i % 2 == 0) {
                // every other mother agreed to photographs at her first visit, so the demo shows the consultation's
                // photographs section both taking them and saying it cannot (issue 13)
                em.persist(new ConsentDecision(
                        mother,
                        ConsentType.PHOTOGRAPHS,
                        true,
                        mother.getInfants()
                                .getFirst()
                                .getBirthDateTime()
                                .toLocalDate()
                                .plusDays(family.visitDays()[0]),
                        (i % 2 == 0 ? ana : grace).getUsername()));
            }
            recordVisits(mother, family, i, i % 2 == 0 ? ana : grace);
            if (family.familyName().equals("Thompson")) {
                logPumping(mother);
            }
        }
        em.flush();
    }

    private void recordVisits(Mother mother, Family family, int familyIndex, StaffUser consultant) {
        LocalDate birthDate = mother.getInfants().getFirst().getBirthDateTime().toLocalDate();
        int[] visitDays = family.visitDays();
        Map<UUID, List<WeightTrajectory.Weighing>> earlier = new HashMap<>();
        for (int visit = 0; visit < visitDays.length; visit++) {
            LocalDateTime startedAt = birthDate.plusDays(visitDays[visit]).atTime(9 + visit % 7, 30);
            // a visit due later today (or in the last hour) took place an hour ago, so that nothing recorded
            // during it (the weighing 10 minutes in) is in the future, whatever the time the demo is loaded
            if (startedAt.isAfter(LocalDateTime.now(clock).minusHours(1))) {
                startedAt = LocalDateTime.now(clock).minusHours(1);
            }
            ConsultationType type = visit == 0
                    ? ConsultationType.INITIAL
                    : visit % 3 == 2 ? ConsultationType.PHONE_VIDEO : ConsultationType.FOLLOW_UP;
            Consultation consultation = Consultation.start(mother, mother.getInfants(), consultant, type, startedAt);
            consultation.revise(
                    consultant, LocalDateTime.now(clock), type, startedAt, mother.getInfants(), noteFor(mother, visit));
            boolean lastVisit = visit == visitDays.length - 1;
            List<InfantFindings> findings = new ArrayList<>();
            for (Infant infant : mother.getInfants()) {
                findings.add(findingsAt(consultation, infant, startedAt, familyIndex, visit == 0 || lastVisit));
            }
            ChartingContext context = new ChartingContext(ClinicThresholds.defaults(), earlier);
            consultation.recordFindings(
                    consultant, LocalDateTime.now(clock), findings, context.flags(findings, null, startedAt));
            for (InfantFindings recorded : findings) {
                earlier.computeIfAbsent(recorded.getInfant().getUuid(), uuid -> new ArrayList<>())
                        .add(new WeightTrajectory.Weighing(recorded.getWeighedAt(), recorded.getWeightGrams()));
            }
            consultation.recordCarePlan(consultant, planFor(consultation, mother, startedAt));
            // The most recent visit of a family seen several times is left as an unsigned draft, as a
            // consultant would find it the morning after.
            if (!(lastVisit && visitDays.length > 2)) {
                consultation.sign(
                        consultant,
                        startedAt.plusMinutes(55).atZone(clock.getZone()).toInstant());
            }
            em.persist(consultation);
        }
    }

    /**
     * The plan a consultant would agree for the visit: what the flags suggest, accepted; feeding often for babies in
     * their first weeks; a back-to-birth-weight goal while they are below it; a follow-up in a few days.
     */
    private CarePlan planFor(Consultation consultation, Mother mother, LocalDateTime startedAt) {
        CarePlan plan = new CarePlan();
        for (CarePlanSuggestions.Suggestion suggestion : CarePlanSuggestions.forFlags(consultation.getFlags(), plan)) {
            if (suggestion.isReferral()) {
                plan.getReferrals().add(new Referral(suggestion.destination(), suggestion.urgency(), null));
            } else {
                plan.getInterventions().add(PlannedIntervention.of(standard(suggestion.intervention())));
            }
        }
        long youngest = mother.getInfants().stream()
                .mapToLong(infant -> infant.ageAt(startedAt).dayOfLife())
                .min()
                .orElse(99);
        if (youngest <= 28 && !plan.holds(StandardInterventionType.EARLY_FREQUENT_FEEDING)) {
            plan.getInterventions()
                    .add(0, PlannedIntervention.of(standard(StandardInterventionType.EARLY_FREQUENT_FEEDING)));
        }
        if (youngest < 14) {
            plan.getGoals().add(new CarePlanGoal(GoalType.BACK_TO_BIRTH_WEIGHT_BY_DAY, 14, null));
        }
        plan.getGoals().add(new CarePlanGoal(GoalType.COMFORTABLE_FEEDS, null, null));
        plan.setFollowUpOn(startedAt.toLocalDate().plusDays(youngest < 14 ? 3 : 14));
        return plan;
    }

    private Intervention standard(StandardInterventionType type) {
        return library.stream()
                .filter(found -> found.standard().filter(type::equals).isPresent())
                .findFirst()
                .orElseThrow();
    }

    /**
     * A weight on a typical course (a loss to day 3, then a steady gain), varied by family so the clinic has babies on
     * course and babies with flags; the first and the latest visit also have an observed feed, a test weighing and a
     * BTAT, as a consultant charting a feed would record.
     */
    private static InfantFindings findingsAt(
            Consultation consultation, Infant infant, LocalDateTime at, int familyIndex, boolean feedObserved) {
        int[] lossPercent = {6, 8, 5, 11, 7};
        int[] gainPerDay = {30, 25, 18, 35, 28};
        int birth = infant.getBirthWeightGrams();
        long day = infant.ageAt(at).dayOfLife();
        int nadir = birth - birth * lossPercent[familyIndex % 5] / 100;
        int grams = day <= 3
                ? birth - (int) ((birth - nadir) * day / 3)
                : nadir + (int) (gainPerDay[familyIndex % 5] * (day - 3));
        InfantFindings findings = new InfantFindings(consultation, infant);
        findings.setWeightGrams(grams);
        findings.setWeighedAt(at.plusMinutes(10));
        findings.setFeedsIn24h(familyIndex % 5 == 3 ? 7 : 9);
        findings.setWetDiapersIn24h((int) Math.min(6, Math.max(1, day)));
        findings.setStoolsIn24h(3);
        findings.setFeedingStatus(feedingStatus(familyIndex, day));
        if (feedObserved) {
            // from the second week on, feeds go better after the clinic's help: more swallowing, softer breasts,
            // less help to hold, less pain (what the outcomes report's LATCH and pain change then shows)
            boolean settled = day >= 10;
            boolean struggling = familyIndex % 5 == 3;
            FeedObservation feed = new FeedObservation(BreastSideType.LEFT, FeedPositionType.CROSS_CRADLE);
            feed.setLatchGrasp(struggling ? LatchGraspType.REPEATED_ATTEMPTS : LatchGraspType.GRASPS_BREAST);
            feed.setLatchSwallowing(
                    settled ? LatchSwallowingType.SPONTANEOUS : LatchSwallowingType.A_FEW_WITH_STIMULATION);
            feed.setLatchNipple(LatchNippleType.EVERTED);
            feed.setLatchComfort(
                    settled ? LatchComfortType.SOFT_NON_TENDER : LatchComfortType.FILLING_OR_MILD_DISCOMFORT);
            feed.setLatchHold(
                    struggling
                            ? LatchHoldType.FULL_ASSIST
                            : settled ? LatchHoldType.NO_ASSIST : LatchHoldType.MINIMAL_ASSIST);
            feed.setSuckSwallow(SuckSwallowPatternType.SHORT_BURSTS_FEW_SWALLOWS);
            feed.setDurationMinutes(14);
            feed.setNippleShapeAfter(NippleShapeAfterFeedType.WEDGED);
            feed.setNipplePain(settled ? (struggling ? 3 : 1) : (struggling ? 6 : 4));
            findings.getFeeds().add(feed);
            findings.getTestWeighings()
                    .add(new TestWeighing(BreastSideType.LEFT, grams, grams + 12 + familyIndex % 4 * 6));
            findings.getOral().setBtatTongueTip(BtatTongueTipType.ROUNDED);
            findings.getOral().setBtatFrenulumAttachment(BtatFrenulumAttachmentType.INNER_ASPECT_OF_GUM);
            findings.getOral()
                    .setBtatTongueLift(
                            struggling ? BtatTongueLiftType.MINIMAL_LIFT : BtatTongueLiftType.FULL_LIFT_TO_MID_MOUTH);
            findings.getOral().setBtatTongueProtrusion(BtatTongueProtrusionType.TIP_OVER_GUM);
        }
        return findings;
    }

    /**
     * Most families breastfeed exclusively; every fourth family supplements with formula from the second week, one in
     * seven has stopped by six weeks, and a family in five is not asked at its early visits, so the outcome reports
     * show every status and "unknown".
     */
    private static FeedingStatusType feedingStatus(int familyIndex, long dayOfLife) {
        if (familyIndex % 5 == 2 && dayOfLife < 14) {
            return null;
        }
        if (familyIndex % 7 == 6 && dayOfLife >= 42) {
            return FeedingStatusType.NONE;
        }
        return familyIndex % 4 == 3 && dayOfLife >= 7 ? FeedingStatusType.PARTIAL : FeedingStatusType.EXCLUSIVE;
    }

    /**
     * Ten days of a preterm baby's mother pumping to build her supply: seven sessions a day, the daily total rising
     * from about 300 mL after power pumping began, so the log shows a band change and the frequency flag.
     */
    private void logPumping(Mother mother) {
        mother.setPumpingPurpose(PumpingPurposeType.BUILD_SUPPLY);
        LocalDateTime today = LocalDate.now(clock).atStartOfDay();
        for (int day = 10; day >= 1; day--) {
            for (int session = 0; session < 7; session++) {
                LocalDateTime at =
                        today.minusDays(day).plusHours(1 + session * 3L).plusMinutes(session * 7L % 20);
                int perSide = 20 + (10 - day) * 3 + session % 3 * 2;
                PumpingEntry entry = new PumpingEntry(mother);
                entry.setStartedAt(at);
                entry.setDurationMinutes(session == 3 && day <= 5 ? PumpingSession.POWER_PUMPING_MINUTES : 20);
                entry.setLeftMl(perSide);
                entry.setRightMl(perSide - 4);
                entry.setPumpType(PumpType.HOSPITAL_GRADE);
                entry.setFlangeMm(24);
                em.persist(entry);
            }
        }
    }

    private static SoapNote noteFor(Mother mother, int visit) {
        String babies = String.join(
                " and ", mother.getInfants().stream().map(Infant::getGivenName).toList());
        if (visit == 0) {
            return new SoapNote(
                    "Mother reports painful latch and worries that " + babies + " is not getting enough milk. "
                            + "Feeding 8-10 times a day, some cluster feeding in the evening.",
                    "Observed a full feed on both sides. Shallow latch on the left, improved with cross-cradle hold. "
                            + "Audible swallowing after re-latch. Nipples intact, mild redness on the left.",
                    "Early breastfeeding with positional nipple pain; milk transfer adequate once latch deepened.",
                    "Practise cross-cradle and laid-back positions. Breast compressions during feeds. "
                            + "Review in 3-4 days with a weight check.");
        }
        return new SoapNote(
                "Latch more comfortable. Mother feels more confident; tired at night.",
                "Weight checked, feeding observed. Good latch on both sides, rhythmic sucking and swallowing.",
                "Breastfeeding well established; gaining as expected.",
                "Continue responsive feeding. Rest when baby sleeps. Call the clinic with any concern.");
    }
}
