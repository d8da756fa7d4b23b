package org.lactationclinic.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.consultation.ChartingContext;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.InfantFindings;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.provider.Provider;
import org.lactationclinic.domain.pumping.PumpingEntry;
import org.lactationclinic.domain.settings.ClinicSetting;
import org.lactationclinic.domain.settings.ClinicThresholds;
import org.lactationclinic.domain.shared.ConsultationFlag;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.domain.weight.WeightTrajectory;
import org.lactationclinic.infrastructure.repository.ClinicRevision;
import org.lactationclinic.infrastructure.repository.MotherSearchTerm;

/**
 * The generated clinic as the application sees it: Hibernate validates the schema and loads every record, every entity
 * passes its Bean Validation constraints, and every consultation's stored flags are the ones the domain's rules compute
 * from its findings and the infants' earlier weights, as a save would.
 */
class GeneratedClinicFollowsTheRulesTest {

    private static EntityManagerFactory factory;
    private static EntityManager em;

    @BeforeAll
    static void generateAndOpen() throws Exception {
        String url = ScaleClinicGeneratorTest.freshH2();
        ScaleClinicGenerator.generate(ScaleClinicGenerator.Options.defaults(url)
                .withSize(120, 144, 600)
                .withSeed(11));
        PersistenceConfiguration configuration = new PersistenceConfiguration("generated-clinic")
                .provider(HibernatePersistenceProvider.class.getName())
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .sharedCacheMode(SharedCacheMode.NONE)
                .validationMode(ValidationMode.NONE)
                .property(PersistenceConfiguration.JDBC_URL, url)
                .property(PersistenceConfiguration.JDBC_USER, "sa")
                .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                .property("hibernate.hbm2ddl.auto", "validate")
                .property("hibernate.jdbc.time_zone", "UTC")
                .property("hibernate.default_batch_fetch_size", "64")
                .property("org.hibernate.envers.audit_table_suffix", "_aud")
                .property("org.hibernate.envers.revision_field_name", "rev")
                .property("org.hibernate.envers.revision_type_field_name", "revtype")
                .property("hibernate.type.json_format_mapper", new NoFormatMapper())
                .property("hibernate.type.xml_format_mapper", new NoFormatMapper());
        List.of(
                        StaffUser.class,
                        Mother.class,
                        Infant.class,
                        Consultation.class,
                        InfantFindings.class,
                        ClinicSetting.class,
                        PumpingEntry.class,
                        org.lactationclinic.domain.careplan.Intervention.class,
                        Provider.class,
                        org.lactationclinic.domain.settings.ClinicProfile.class,
                        MotherSearchTerm.class,
                        ClinicRevision.class,
                        org.lactationclinic.domain.photo.ConsultationPhoto.class,
                        org.lactationclinic.domain.consultation.ReferralOutcome.class,
                        org.lactationclinic.infrastructure.repository.ClinicSecuritySetting.class,
                        org.lactationclinic.infrastructure.security.SignInAttempt.class,
                        org.lactationclinic.domain.referral.Referral.class,
                        org.lactationclinic.domain.referral.ImportedWeight.class)
                .forEach(configuration::managedClass);
        factory = Persistence.createEntityManagerFactory(configuration);
        em = factory.createEntityManager();
    }

    @AfterAll
    static void close() {
        em.close();
        factory.close();
    }

    @Test
    void everyRecord_shouldPassTheEntitiesValidation() {
        try (ValidatorFactory validation = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory()) {
            Validator validator = validation.getValidator();
            List<Object> records = new ArrayList<>();
            records.addAll(
                    em.createQuery("select m from Mother m", Mother.class).getResultList());
            records.addAll(
                    em.createQuery("select i from Infant i", Infant.class).getResultList());
            records.addAll(em.createQuery("select c from Consultation c", Consultation.class)
                    .getResultList());
            records.addAll(em.createQuery("select f from InfantFindings f", InfantFindings.class)
                    .getResultList());
            records.addAll(em.createQuery("select p from PumpingEntry p", PumpingEntry.class)
                    .getResultList());
            records.addAll(
                    em.createQuery("select s from StaffUser s", StaffUser.class).getResultList());
            List<String> violations = new ArrayList<>();
            for (Object loaded : records) {
                Object record = Hibernate.unproxy(loaded);
                for (ConstraintViolation<Object> violation : validator.validate(record)) {
                    violations.add(record.getClass().getSimpleName() + "." + violation.getPropertyPath() + ": "
                            + violation.getMessage() + " (" + violation.getInvalidValue() + ")");
                }
            }

            assertTrue(records.size() > 1000, "records: " + records.size());
            assertEquals(List.of(), violations);
        }
    }

    @Test
    void everyConsultation_shouldStoreTheFlagsTheRulesRaise() {
        List<Consultation> consultations = em.createQuery(
                        "select c from Consultation c join fetch c.mother order by c.startedAt", Consultation.class)
                .getResultList();
        Map<UUID, List<WeightTrajectory.Weighing>> earlier = new HashMap<>();
        int withFlags = 0;
        for (Consultation consultation : consultations) {
            List<InfantFindings> findings = consultation.getFindings();
            findings.forEach(found -> earlier.computeIfAbsent(found.getInfant().getUuid(), uuid -> new ArrayList<>()));
            List<ConsultationFlag> computed = new ChartingContext(
                            ClinicThresholds.defaults(), earlierThan(earlier, findings))
                    .flags(findings, consultation.motherFindings(), consultation.getStartedAt());

            assertEquals(sorted(computed), sorted(consultation.getFlags()), "consultation " + consultation.getId());
            withFlags += computed.isEmpty() ? 0 : 1;
            if (!consultation.isVoided()) {
                for (InfantFindings found : findings) {
                    if (found.isWeighed()) {
                        earlier.get(found.getInfant().getUuid())
                                .add(new WeightTrajectory.Weighing(found.getWeighedAt(), found.getWeightGrams()));
                    }
                }
            }
        }
        assertTrue(withFlags > 20, "consultations with flags: " + withFlags);
    }

    @Test
    void signedConsultations_shouldHaveNoUnacknowledgedSelfHarmAnswer() {
        for (Consultation consultation : em.createQuery(
                        "select c from Consultation c where c.status <> "
                                + "org.lactationclinic.domain.consultation.ConsultationStatus.DRAFT",
                        Consultation.class)
                .getResultList()) {
            assertTrue(!consultation.getWellbeing().isSelfHarmUnacknowledged(), "consultation " + consultation.getId());
            assertTrue(consultation.getSignedAt() != null);
        }
    }

    @Test
    void mothers_shouldLoadWithTheirInfantsAndConditions() {
        List<Mother> mothers = em.createQuery("select distinct m from Mother m left join fetch m.infants", Mother.class)
                .getResultList();
        mothers.forEach(mother -> Hibernate.initialize(mother.getConditions()));

        assertEquals(120, mothers.size());
        assertTrue(mothers.stream().allMatch(mother -> !mother.getInfants().isEmpty()));
        assertTrue(mothers.stream().anyMatch(mother -> !mother.getConditions().isEmpty()));
    }

    private static Map<UUID, List<WeightTrajectory.Weighing>> earlierThan(
            Map<UUID, List<WeightTrajectory.Weighing>> all, List<InfantFindings> findings) {
        Map<UUID, List<WeightTrajectory.Weighing>> copy = new HashMap<>();
        findings.forEach(found -> copy.put(
                found.getInfant().getUuid(),
                List.copyOf(all.get(found.getInfant().getUuid()))));
        return copy;
    }

    private static List<String> sorted(List<ConsultationFlag> flags) {
        return flags.stream()
                .map(flag -> flag.infantUuid() + " " + flag + " " + flag.source() + " " + flag.referral())
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /** No entity maps a JSON or XML column; Hibernate would otherwise look for a JSON-B implementation. */
    private static final class NoFormatMapper implements FormatMapper {

        @Override
        public <T> T fromString(CharSequence value, JavaType<T> type, WrapperOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
            throw new UnsupportedOperationException();
        }
    }
}
