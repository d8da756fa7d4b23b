package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.envers.RevisionType;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationStatus;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.consultation.DraftForm;
import org.lactationclinic.domain.consultation.MotherFindings;
import org.lactationclinic.domain.consultation.SoapNote;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.MaternalConditionType;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.MotherSearch;
import org.lactationclinic.domain.dyad.MotherSearchRow;
import org.lactationclinic.domain.dyad.MotherSort;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.ConcurrentEditException;
import org.lactationclinic.domain.staff.RoleType;
import org.lactationclinic.domain.staff.StaffUser;
import org.lactationclinic.infrastructure.demo.DemoClinic;
import org.lactationclinic.infrastructure.repository.HistoryRepository;
import org.lactationclinic.infrastructure.security.PasswordHasher;

/**
 * The foundation in a running Payara Micro against the real database (H2, or PostgreSQL with -Ppostgres): persistence,
 * history, voiding, optimistic locking, constraints and role checks. One class, so one server start; every test makes
 * its own uniquely named records and depends on no other test.
 */
class ClinicIT extends ContainerTestBase {

    @Inject
    private PasswordHasher hasher;

    @Resource(lookup = "java:app/jdbc/clinic")
    private DataSource dataSource;

    @Test
    void maternalHistory_shouldBeStoredAndChangedWithTheMother() throws Exception {
        Mother mother = motherWithTwins(uniqueName("Test"));
        mother.setConditions(Set.of(MaternalConditionType.PCOS, MaternalConditionType.RETAINED_PLACENTA));
        mother.setMedications("Levothyroxine 50 micrograms");
        mother.setReturnToWork(LocalDate.now().plusWeeks(10));
        Mother registered = asConsultant.call(() -> dyads.register(mother));

        Mother stored = asConsultant.call(() -> dyads.getMother(registered.getUuid()));
        assertEquals(
                Set.of(MaternalConditionType.PCOS, MaternalConditionType.RETAINED_PLACENTA), stored.getConditions());
        assertEquals("Levothyroxine 50 micrograms", stored.getMedications());

        stored.setConditionList(List.of(MaternalConditionType.THYROID_DISEASE));
        asConsultant.call(() -> dyads.update(stored));
        assertEquals(
                Set.of(MaternalConditionType.THYROID_DISEASE),
                asConsultant.call(() -> dyads.getMother(registered.getUuid())).getConditions());
    }

    @Test
    void register_shouldStoreMotherWithTwinsAndAuditFields() throws Exception {
        Mother registered = asConsultant.call(() -> dyads.register(motherWithTwins(uniqueName("Test"))));

        Mother stored = asConsultant.call(() -> dyads.getMother(registered.getUuid()));
        assertEquals(2, stored.getActiveInfants().size());
        assertEquals(
                List.of("Kemi", "Tobi"),
                stored.getInfants().stream().map(Infant::getGivenName).toList());
        assertEquals(AsConsultant.USERNAME, stored.getCreatedBy());
        assertNotNull(stored.getCreatedAt());
        assertEquals(AsConsultant.USERNAME, stored.getInfants().getFirst().getCreatedBy());
        assertEquals(2450, stored.getInfants().getFirst().getBirthWeightGrams());
        assertEquals(253, stored.getInfants().getFirst().getGestationalAgeDays());
    }

    @Test
    void register_withInvalidBirthWeight_shouldStoreNothing() throws Exception {
        String family = uniqueName("Test");
        Mother mother = motherWithTwins(family);
        mother.getInfants().getFirst().setBirthWeightGrams(3); // kilograms typed into a grams field

        Exception refused = assertThrows(Exception.class, () -> asConsultant.call(() -> dyads.register(mother)));
        assertEquals(Set.of("birthWeightGrams"), refusedFields(refused), refused.toString());
        assertEquals(0, asConsultant.call(() -> dyads.count(new MotherSearch(family, null, null))));
    }

    @Test
    void update_shouldKeepEveryVersionInHistoryWithItsAuthor() throws Exception {
        Mother registered = asConsultant.call(() -> dyads.register(motherWithTwins(uniqueName("Test"))));
        Mother form = asConsultant.call(() -> dyads.getMother(registered.getUuid()));
        String phoneAtRegistration = form.getPhone();
        form.setPhone("+44 20 7946 0999");
        asConsultant.call(() -> dyads.update(form));

        List<HistoryRepository.Version<Mother>> versions =
                asConsultant.call(() -> dyads.historyOf(registered.getUuid()));
        assertEquals(2, versions.size());
        assertEquals(RevisionType.ADD, versions.get(0).change());
        assertEquals(RevisionType.MOD, versions.get(1).change());
        assertEquals("+44 20 7946 0999", versions.get(1).snapshot().getPhone());
        assertEquals(phoneAtRegistration, versions.get(0).snapshot().getPhone());
        assertEquals(AsConsultant.USERNAME, versions.get(1).revision().getUsername());
        assertNotNull(versions.get(1).revision().getInstant());
    }

    @Test
    void update_twoEditsOfTheSameVersion_shouldLetOnlyTheFirstWin() throws Exception {
        Mother registered = asConsultant.call(() -> dyads.register(motherWithTwins(uniqueName("Test"))));
        Mother firstConsultantsForm = asConsultant.call(() -> dyads.getMother(registered.getUuid()));
        Mother secondConsultantsForm = asConsultant.call(() -> dyads.getMother(registered.getUuid()));

        firstConsultantsForm.setPhone("+44 1111 111111");
        asConsultant.call(() -> dyads.update(firstConsultantsForm));
        secondConsultantsForm.setPhone("+44 2222 222222");

        assertThrows(ConcurrentEditException.class, () -> asConsultant.call(() -> dyads.update(secondConsultantsForm)));
        assertEquals(
                "+44 1111 111111",
                asConsultant.call(() -> dyads.getMother(registered.getUuid())).getPhone());
    }

    @Test
    void voidMother_shouldHideHerFromSearchButKeepTheRecord() throws Exception {
        String family = uniqueName("Test");
        Mother registered = asConsultant.call(() -> dyads.register(motherWithTwins(family)));
        MotherSearch byName = new MotherSearch(family, null, null);
        assertEquals(1, asConsultant.call(() -> dyads.count(byName)));

        assertThrows(
                ClinicalRuleException.class,
                () -> asConsultant.run(() -> dyads.voidMother(registered.getUuid(), registered.getVersion(), "  ")));
        asConsultant.run(() -> dyads.voidMother(registered.getUuid(), registered.getVersion(), "Registered twice"));

        assertEquals(0, asConsultant.call(() -> dyads.count(byName)));
        Mother voided = asConsultant.call(() -> dyads.getMother(registered.getUuid()));
        assertTrue(voided.isVoided());
        assertEquals("Registered twice", voided.getVoidReason());
        assertEquals(AsConsultant.USERNAME, voided.getVoidedBy());
    }

    @Test
    void search_shouldIgnoreCaseAndAccentsAndMatchDateOfBirthAndPhone() throws Exception {
        String family = "Ångström" + uniqueName("Test").toLowerCase();
        Mother mother = motherWithTwins(family);
        mother.setGivenName("Zoë");
        mother.setPhone("+44 (0)20 7946-" + (1000 + random().nextInt(8999)));
        Mother registered = asConsultant.call(() -> dyads.register(mother));
        String folded = family.replace("Å", "a").replace("ö", "o").toUpperCase();

        MotherSearch byItsName = new MotherSearch("zoe " + folded, null, null);
        List<MotherSearchRow> byName = asConsultant.call(() -> dyads.search(byItsName, 0, 20, MotherSort.NAME, true));
        assertEquals(
                List.of(registered.getUuid()),
                byName.stream().map(MotherSearchRow::uuid).toList());
        assertEquals(
                List.of("Zoë", family, "Kemi, Tobi"),
                List.of(
                        byName.getFirst().givenName(),
                        byName.getFirst().familyName(),
                        byName.getFirst().infantNames()),
                "her line: her names and her infants', eldest first");
        Infant kemi = registered.getInfants().getFirst();
        asConsultant.run(
                () -> dyads.voidInfant(registered.getUuid(), kemi.getUuid(), kemi.getVersion(), "registered twice"));
        assertEquals(
                "Tobi",
                asConsultant
                        .call(() -> dyads.search(byItsName, 0, 20, MotherSort.NAME, true))
                        .getFirst()
                        .infantNames(),
                "a voided infant leaves her line");
        assertEquals(1, asConsultant.call(() -> dyads.count(new MotherSearch(folded, mother.getDateOfBirth(), null))));
        assertEquals(
                0,
                asConsultant.call(() -> dyads.count(
                        new MotherSearch(folded, mother.getDateOfBirth().plusDays(1), null))));
        String lastDigits = mother.getPhone().substring(mother.getPhone().length() - 4);
        assertEquals(1, asConsultant.call(() -> dyads.count(new MotherSearch(folded, null, "7946 " + lastDigits))));
    }

    @Test
    void consultation_shouldBeEditableAsDraftAndImmutableOnceSigned() throws Exception {
        Mother mother = asConsultant.call(() -> dyads.register(motherWithTwins(uniqueName("Test"))));
        List<UUID> twins = mother.getInfants().stream().map(Infant::getUuid).toList();
        Consultation started =
                asConsultant.call(() -> consultations.start(mother.getUuid(), twins, ConsultationType.INITIAL));
        assertEquals(ConsultationStatus.DRAFT, started.getStatus());
        assertEquals(AsConsultant.USERNAME, started.getConsultant().getUsername());

        SoapNote note = new SoapNote("Sore nipples", "Shallow latch", "Positional pain", "Laid-back feeding");
        Consultation saved = asConsultant.call(() -> consultations.saveDraft(
                started.getUuid(),
                started.getVersion(),
                DraftForm.of(
                        ConsultationType.INITIAL,
                        started.getStartedAt(),
                        twins.subList(0, 1),
                        note,
                        List.of(),
                        new MotherFindings())));
        assertEquals(note, saved.getNote());
        assertEquals(1, saved.getInfants().size());

        assertThrows(
                ConcurrentEditException.class,
                () -> asConsultant.call(() -> consultations.sign(started.getUuid(), started.getVersion())));
        Consultation signed = asConsultant.call(() -> consultations.sign(saved.getUuid(), saved.getVersion()));
        assertEquals(ConsultationStatus.SIGNED, signed.getStatus());
        assertNotNull(signed.getSignedAt());

        ClinicalRuleException refused = assertThrows(
                ClinicalRuleException.class,
                () -> asConsultant.call(() -> consultations.saveDraft(
                        signed.getUuid(),
                        signed.getVersion(),
                        DraftForm.of(
                                ConsultationType.FOLLOW_UP,
                                signed.getStartedAt(),
                                twins,
                                SoapNote.empty(),
                                List.of(),
                                new MotherFindings()))));
        assertEquals("consultation.message.error.signed", refused.getMessageKey());
        Consultation stored = asConsultant.call(() -> consultations.get(signed.getUuid()));
        assertEquals(note, stored.getNote());
        assertEquals(ConsultationType.INITIAL, stored.getType());

        List<HistoryRepository.Version<Consultation>> versions =
                asConsultant.call(() -> consultations.historyOf(signed.getUuid()));
        assertEquals(
                List.of(ConsultationStatus.DRAFT, ConsultationStatus.DRAFT, ConsultationStatus.SIGNED),
                versions.stream().map(version -> version.snapshot().getStatus()).toList());
    }

    @Test
    void consultation_startingInTheFuture_shouldBeRefused() throws Exception {
        Mother mother = asConsultant.call(() -> dyads.register(motherWithTwins(uniqueName("Test"))));
        List<UUID> twins = mother.getInfants().stream().map(Infant::getUuid).toList();
        Consultation started =
                asConsultant.call(() -> consultations.start(mother.getUuid(), twins, ConsultationType.HOME));

        assertThrows(
                ClinicalRuleException.class,
                () -> asConsultant.call(() -> consultations.saveDraft(
                        started.getUuid(),
                        started.getVersion(),
                        DraftForm.of(
                                ConsultationType.HOME,
                                LocalDateTime.now().plusDays(1),
                                twins,
                                SoapNote.empty(),
                                List.of(),
                                new MotherFindings()))));
    }

    @Test
    void voidConsultation_shouldNeedAReasonAndLeaveTheList() throws Exception {
        Mother mother = asConsultant.call(() -> dyads.register(motherWithTwins(uniqueName("Test"))));
        List<UUID> twins = mother.getInfants().stream().map(Infant::getUuid).toList();
        Consultation started =
                asConsultant.call(() -> consultations.start(mother.getUuid(), twins, ConsultationType.PHONE_VIDEO));

        assertThrows(
                ClinicalRuleException.class,
                () -> asConsultant.run(
                        () -> consultations.voidConsultation(started.getUuid(), started.getVersion(), null)));
        asConsultant.run(() -> consultations.voidConsultation(started.getUuid(), started.getVersion(), "Wrong family"));

        assertTrue(asConsultant.call(() -> consultations.listForMother(mother)).isEmpty());
        assertTrue(asConsultant.call(() -> consultations.get(started.getUuid())).isVoided());
    }

    @Test
    void roles_shouldKeepChartingAndAdministrationApart() {
        MotherSearch everyone = MotherSearch.EVERYONE;
        assertThrows(EJBAccessException.class, () -> dyads.count(everyone), "nobody signed in");
        assertThrows(
                EJBAccessException.class,
                () -> asConsultant.call(() -> staffService.listStaff()),
                "a consultant cannot manage staff");
        assertThrows(
                EJBAccessException.class,
                () -> asAdmin.call(() -> dyads.count(everyone)),
                "an admin without the consultant role cannot open charts");
        assertThrows(
                EJBAccessException.class,
                () -> asAdmin.call(() -> consultations.get(UUID.randomUUID())),
                "an admin without the consultant role cannot open a consultation");
    }

    @Test
    void staffAccount_shouldStorePasswordAsPbkdf2With600000Iterations() throws Exception {
        String username = "it." + uniqueName("Test").toLowerCase();
        StaffUser created = asAdmin.call(() -> staffService.createAccount(
                username,
                "Test Consultant, IBCLC",
                "a-long-enough-password".toCharArray(),
                Set.of(RoleType.CONSULTANT)));

        assertTrue(
                created.getPasswordHash().startsWith("PBKDF2WithHmacSHA256:" + PasswordHasher.ITERATIONS + ":"),
                created.getPasswordHash().substring(0, 30));
        assertThrows(
                ClinicalRuleException.class,
                () -> asAdmin.call(() -> staffService.createAccount(
                        username, "Someone Else", "another-long-password".toCharArray(), Set.of(RoleType.CONSULTANT))),
                "usernames are unique");
        assertThrows(
                ClinicalRuleException.class,
                () -> asAdmin.call(() -> staffService.createAccount(
                        "it.short" + uniqueName("Test").toLowerCase(),
                        "Short Password",
                        "too-short".toCharArray(),
                        Set.of(RoleType.CONSULTANT))));
    }

    @Test
    void staffAccount_shouldBeDisabledResetAndReRoledByAnAdminWhoCannotLockHerselfOut() throws Exception {
        StaffUser admin = staffRepository.findByUsername(AsAdmin.USERNAME).orElseGet(() -> {
            try {
                return asAdmin.call(() -> staffService.createAccount(
                        AsAdmin.USERNAME,
                        "Integration Admin",
                        "integration-admin-password".toCharArray(),
                        Set.of(RoleType.ADMIN)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        StaffUser created = asAdmin.call(() -> staffService.createAccount(
                "it." + uniqueName("Test").toLowerCase(),
                "Leaving Consultant",
                "a-long-enough-password".toCharArray(),
                Set.of(RoleType.CONSULTANT)));

        StaffUser disabled =
                asAdmin.call(() -> staffService.setEnabled(created.getUuid(), created.getVersion(), false));
        assertFalse(disabled.isEnabled());
        assertThrows(
                ConcurrentEditException.class,
                () -> asAdmin.call(() -> staffService.setEnabled(created.getUuid(), created.getVersion(), true)),
                "a stale list");
        StaffUser enabled =
                asAdmin.call(() -> staffService.setEnabled(disabled.getUuid(), disabled.getVersion(), true));
        assertTrue(enabled.isEnabled());

        assertThrows(
                ClinicalRuleException.class,
                () -> asAdmin.call(() ->
                        staffService.resetPassword(enabled.getUuid(), enabled.getVersion(), "short".toCharArray())));
        StaffUser reset = asAdmin.call(() -> staffService.resetPassword(
                enabled.getUuid(), enabled.getVersion(), "a-brand-new-password".toCharArray()));
        assertTrue(hasher.verify("a-brand-new-password".toCharArray(), reset.getPasswordHash()));
        assertFalse(hasher.verify("a-long-enough-password".toCharArray(), reset.getPasswordHash()));

        StaffUser both = asAdmin.call(() -> staffService.changeRoles(
                reset.getUuid(), reset.getVersion(), Set.of(RoleType.CONSULTANT, RoleType.ADMIN)));
        assertEquals(Set.of(RoleType.CONSULTANT, RoleType.ADMIN), both.getRoles());
        assertThrows(
                ClinicalRuleException.class,
                () -> asAdmin.call(() -> staffService.changeRoles(both.getUuid(), both.getVersion(), Set.of())));

        StaffUser self = staffRepository.findByUsername(admin.getUsername()).orElseThrow();
        assertEquals(
                "staff.message.error.disableSelf",
                assertThrows(
                                ClinicalRuleException.class,
                                () -> asAdmin.call(
                                        () -> staffService.setEnabled(self.getUuid(), self.getVersion(), false)))
                        .getMessageKey());
        assertEquals(
                "staff.message.error.dropOwnAdmin",
                assertThrows(
                                ClinicalRuleException.class,
                                () -> asAdmin.call(() -> staffService.changeRoles(
                                        self.getUuid(), self.getVersion(), Set.of(RoleType.CONSULTANT))))
                        .getMessageKey());
    }

    @Test
    void database_shouldRefuseWhatValidationRefusesEvenBehindTheApplicationsBack() throws Exception {
        Mother mother = asConsultant.call(() -> dyads.register(motherWithTwins(uniqueName("Test"))));
        long infantId = mother.getInfants().getFirst().getId();

        assertRefused("update infant set birth_weight_grams = 7001 where id = ?", infantId);
        assertRefused("update infant set birth_weight_grams = 299 where id = ?", infantId);
        assertRefused("update infant set sex = 'X' where id = ?", infantId);
        assertRefused("update mother set family_name = '<script>' where id = ?", mother.getId());
        assertRefused("update mother set voided = true where id = ?", mother.getId());
        assertRefused("update infant set gestational_age_days = 153 where id = ?", infantId);
    }

    @Test
    void demoClinic_shouldBeLoadedIntoTheEmptyDatabase() throws Exception {
        assertTrue(
                staffRepository.findByUsername(DemoClinic.CONSULTANT_USERNAME).isPresent());
        assertTrue(asConsultant.call(() -> dyads.count(MotherSearch.EVERYONE)) >= 21);
        List<MotherSearchRow> okafor = asConsultant.call(
                () -> dyads.search(new MotherSearch("Okafor Amara", null, null), 0, 5, MotherSort.NAME, true));
        assertEquals(1, okafor.size());
        // the demo twins; on the shared PostgreSQL schema an earlier test may have accepted a referral of a third baby
        assertTrue(
                List.of(okafor.getFirst().infantNames().split(", ")).containsAll(List.of("Adaeze", "Chidi")),
                "the demo twins");
        Mother amara = asConsultant.call(() -> dyads.getMother(okafor.getFirst().uuid()));
        assertFalse(asConsultant.call(() -> consultations.listForMother(amara)).size() < 4);
        assertEquals(
                1,
                asConsultant.call(() -> dyads.count(new MotherSearch("obrien", null, null))),
                "apostrophes do not stand in the way of a search");
    }

    private void assertRefused(String sql, long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            assertThrows(SQLException.class, statement::executeUpdate, sql);
        }
    }

    private static Mother motherWithTwins(String familyName) {
        Mother mother = new Mother("Adaobi", familyName, LocalDate.now().minusYears(31));
        mother.setPhone("+44 20 7946 0" + (100 + random().nextInt(899)));
        LocalDateTime born = LocalDateTime.now().minusDays(9).withNano(0);
        mother.addInfant(new Infant("Kemi", familyName, SexType.FEMALE, born, 253, 2450));
        mother.addInfant(new Infant("Tobi", familyName, SexType.MALE, born.plusMinutes(14), 253, 2310));
        return mother;
    }
}
