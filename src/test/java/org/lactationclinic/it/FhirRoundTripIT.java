package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.lactationclinic.application.InteropService;
import org.lactationclinic.domain.consultation.WeightHistory;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.PersonIdentifier;
import org.lactationclinic.domain.provider.Provider;
import org.lactationclinic.domain.referral.ImportedWeight;
import org.lactationclinic.domain.referral.NewBaby;
import org.lactationclinic.domain.referral.Referral;
import org.lactationclinic.domain.referral.ReferralChannelType;
import org.lactationclinic.domain.referral.SentReferral;
import org.lactationclinic.infrastructure.database.SchemaMigration;
import org.lactationclinic.infrastructure.demo.DemoClinic;
import org.lactationclinic.infrastructure.fhir.ClinicFhir;
import org.lactationclinic.infrastructure.fhir.ReferralImport;
import org.lactationclinic.infrastructure.fhir.ReferralReader;
import org.lactationclinic.infrastructure.repository.ClinicRevision;

/**
 * Round trip (issue 14): every mother of the demo clinic exported as FHIR R4 (her whole record, the PDFs included),
 * read by the referral inbox's reader and imported, as accepting a referral does, into an empty database (a second H2
 * database in the same server, migrated by Flyway): the same mother and babies (names, dates of birth, birth time, sex,
 * birth weight), the same identifiers (with the clinic's record uuid among them, so the identity is kept) and the same
 * weights on the same days.
 *
 * <p>Gestational age is not exchanged (no R4 element or LOINC code is used for it here), so it is typed from the source
 * record, as the consultant types it on the referral's page.
 */
class FhirRoundTripIT extends ContainerTestBase {

    @EJB
    private InteropService interop;

    @Test
    void demoClinic_exportedAndImportedIntoAnEmptyDatabase_shouldGiveTheSameValues() throws Exception {
        String url = "jdbc:h2:mem:round-trip-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(url, "sa", "")
                .locations(SchemaMigration.locationsFor(url))
                .load()
                .migrate();
        int mothers = 0;
        int weights = 0;
        try (EntityManagerFactory empty = emptyDatabase(url)) {
            for (int i = 0; ; i++) {
                String mrn = "RH-" + (100231 + i);
                List<Mother> found = asConsultant.call(() -> dyads.findByIdentifier(DemoClinic.DEMO_MRN_SYSTEM, mrn));
                if (found.isEmpty()) {
                    break;
                }
                Mother source =
                        asConsultant.call(() -> dyads.getMother(found.getFirst().getUuid()));
                String json = asConsultant.call(() -> interop.exportMother(
                        source.getUuid(), "https://clinic.example/fhir", Bundle.BundleType.COLLECTION));
                UUID imported = asConsultant.call(() -> importInto(empty, json, source));
                weights += compare(source, empty, imported);
                mothers++;
            }
        }
        assertTrue(mothers >= 5, "demo mothers: " + mothers);
        assertTrue(weights >= mothers, "weights compared: " + weights);
    }

    /** Accepting the export as a referral, as ReferralService does, into the empty database; returns her new uuid. */
    private static UUID importInto(EntityManagerFactory empty, String json, Mother source) {
        SentReferral result = ReferralReader.read(json);
        Mother mother = ReferralImport.newMother(result.mother());
        Map<String, Infant> infants = new HashMap<>();
        for (SentReferral.Person baby : result.babies()) {
            Infant original = source.getActiveInfants().stream()
                    .filter(i -> i.getUuid().toString().equals(baby.key().replaceAll(".*/", "")))
                    .findFirst()
                    .orElseThrow();
            NewBaby form = NewBaby.of(result, baby);
            form.setGestationalWeeks(original.getGestationalAgeDays() / 7); // not exchanged: typed, as on the page
            form.setGestationalDays(original.getGestationalAgeDays() % 7);
            infants.put(baby.key(), mother.addInfant(form.newInfant(baby)));
        }
        Referral referral = ReferralImport.received(ReferralChannelType.UPLOAD, "export.json", json, result);
        List<ImportedWeight> imported = ReferralImport.weights(result, infants, referral);
        try (EntityManager em = empty.createEntityManager()) {
            em.getTransaction().begin();
            em.persist(mother);
            em.persist(referral);
            referral.accept(mother, AsConsultant.USERNAME, java.time.Instant.now());
            imported.forEach(em::persist);
            em.getTransaction().commit();
        }
        return mother.getUuid();
    }

    /** The imported mother against the source, read back from the empty database; returns the weights compared. */
    private int compare(Mother source, EntityManagerFactory empty, UUID importedUuid) throws Exception {
        try (EntityManager em = empty.createEntityManager()) {
            Mother copy = em.createQuery("select m from Mother m where m.uuid = :uuid", Mother.class)
                    .setParameter("uuid", importedUuid)
                    .getSingleResult();
            String who = source.getFullName();
            assertEquals(source.getGivenName(), copy.getGivenName(), who);
            assertEquals(source.getFamilyName(), copy.getFamilyName(), who);
            assertEquals(source.getDateOfBirth(), copy.getDateOfBirth(), who);
            assertEquals(
                    identifiers(source.getUuid(), source.getIdentifiers()),
                    identifiers(null, copy.getIdentifiers()),
                    who);
            assertEquals(source.getActiveInfants().size(), copy.getInfants().size(), who);
            int compared = 0;
            for (Infant original : source.getActiveInfants()) {
                String clinicId = original.getUuid().toString();
                Infant baby = copy.getInfants().stream()
                        .filter(i -> i.getIdentifiers().stream()
                                .anyMatch(id -> id.getSystem().equals(ClinicFhir.CLINIC_RECORD_ID)
                                        && id.getValue().equals(clinicId)))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(who + ": no baby with record id " + clinicId));
                String name = original.getFullName();
                assertEquals(original.getGivenName(), baby.getGivenName(), name);
                assertEquals(original.getFamilyName(), baby.getFamilyName(), name);
                assertEquals(original.getSex(), baby.getSex(), name);
                assertEquals(original.getBirthDateTime(), baby.getBirthDateTime(), name);
                assertEquals(original.getBirthWeightGrams(), baby.getBirthWeightGrams(), name);
                assertEquals(
                        identifiers(original.getUuid(), original.getIdentifiers()),
                        identifiers(null, baby.getIdentifiers()),
                        name);

                WeightHistory history = asConsultant.call(() -> dyads.viewWeightHistory(original.getUuid()));
                List<String> sourceWeights = history.rows().stream()
                        .map(row -> row.weighedAt().toLocalDate() + " "
                                + row.point().weightGrams() + " g")
                        .toList();
                List<String> copied = em
                        .createQuery(
                                "select w from ImportedWeight w where w.infant = :infant order by w.weighedOn, w.weightGrams",
                                ImportedWeight.class)
                        .setParameter("infant", baby)
                        .getResultList()
                        .stream()
                        .map(w -> w.getWeighedOn() + " " + w.getWeightGrams() + " g")
                        .toList();
                assertEquals(sorted(sourceWeights), copied, name);
                compared += copied.size();
            }
            return compared;
        }
    }

    private static List<String> identifiers(UUID clinicRecord, List<PersonIdentifier> identifiers) {
        List<String> all = new ArrayList<>(
                identifiers.stream().map(PersonIdentifier::toString).toList());
        if (clinicRecord != null) {
            all.add(ClinicFhir.CLINIC_RECORD_ID + "|" + clinicRecord);
        }
        return all.stream().sorted().toList();
    }

    private static List<String> sorted(List<String> weights) {
        return weights.stream()
                .sorted((a, b) -> {
                    int byDate = LocalDate.parse(a.substring(0, 10)).compareTo(LocalDate.parse(b.substring(0, 10)));
                    return byDate != 0
                            ? byDate
                            : Integer.compare(
                                    Integer.parseInt(a.substring(11).replace(" g", "")),
                                    Integer.parseInt(b.substring(11).replace(" g", "")));
                })
                .toList();
    }

    /**
     * The clinic's mappings on the empty database, resource-local: the tables the import writes and what they refer to.
     */
    private static EntityManagerFactory emptyDatabase(String url) {
        PersistenceConfiguration configuration = new PersistenceConfiguration("round-trip")
                .provider(HibernatePersistenceProvider.class.getName())
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .sharedCacheMode(SharedCacheMode.NONE)
                .validationMode(ValidationMode.CALLBACK)
                .property(PersistenceConfiguration.JDBC_URL, url)
                .property(PersistenceConfiguration.JDBC_USER, "sa")
                .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                .property("hibernate.hbm2ddl.auto", "validate")
                .property("hibernate.jdbc.time_zone", "UTC")
                .property("org.hibernate.envers.audit_table_suffix", "_aud")
                .property("org.hibernate.envers.revision_field_name", "rev")
                .property("org.hibernate.envers.revision_type_field_name", "revtype")
                .property("org.hibernate.envers.store_data_at_delete", "true")
                // as persistence.xml: JSON-B, not the Jackson HAPI brings (Payara's Jackson modules do not load with
                // it)
                .property("hibernate.type.json_format_mapper", "jsonb")
                .property("hibernate.type.xml_format_mapper", "jaxb");
        List.of(Mother.class, Infant.class, Provider.class, Referral.class, ImportedWeight.class, ClinicRevision.class)
                .forEach(configuration::managedClass);
        return Persistence.createEntityManagerFactory(configuration);
    }
}
