package org.lactationclinic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.lactationclinic.application.AuditTrail;
import org.lactationclinic.application.ClinicSettingsService;
import org.lactationclinic.application.ConsentService;
import org.lactationclinic.application.ConsultationService;
import org.lactationclinic.application.PhotoService;
import org.lactationclinic.application.PrintService;
import org.lactationclinic.domain.audit.AuditActionType;
import org.lactationclinic.domain.audit.AuditEvent;
import org.lactationclinic.domain.audit.AuditRecordType;
import org.lactationclinic.domain.audit.AuditSearch;
import org.lactationclinic.domain.consent.ConsentType;
import org.lactationclinic.domain.consultation.Consultation;
import org.lactationclinic.domain.consultation.ConsultationStatus;
import org.lactationclinic.domain.consultation.ConsultationType;
import org.lactationclinic.domain.consultation.DraftForm;
import org.lactationclinic.domain.consultation.MotherFindings;
import org.lactationclinic.domain.consultation.SoapNote;
import org.lactationclinic.domain.consultation.VisitReasonType;
import org.lactationclinic.domain.consultation.VisitReasons;
import org.lactationclinic.domain.dyad.Infant;
import org.lactationclinic.domain.dyad.Mother;
import org.lactationclinic.domain.dyad.SexType;
import org.lactationclinic.domain.photo.ConsultationPhoto;
import org.lactationclinic.domain.photo.PhotoBytes;
import org.lactationclinic.domain.photo.PhotoImage;
import org.lactationclinic.domain.photo.PhotoImageTest;
import org.lactationclinic.domain.photo.PhotoSubjectType;
import org.lactationclinic.domain.photo.PhotoSummary;
import org.lactationclinic.domain.settings.ClinicSettingType;
import org.lactationclinic.domain.settings.PhotoSizeLimit;
import org.lactationclinic.domain.shared.ClinicalRuleException;
import org.lactationclinic.domain.shared.ConcurrentEditException;

/**
 * Issue 13, "Photographs", in a running Payara Micro against the real database (H2 or PostgreSQL): refused without the
 * mother's consent, refused for a wrong type or over the size limit the clinic's admin sets with nothing stored, stored
 * without EXIF or location, a view on record each time it is shown, voided with a reason, read-only once the
 * consultation is signed (in the application and in the database) but for a void through an amendment, and in the
 * doctor's letter only when chosen and consented. Also the database guard of the visit's "other" reason (V71).
 */
class PhotographsIT extends ContainerTestBase {

    @EJB
    private PhotoService photos;

    @EJB
    private ConsentService consents;

    @EJB
    private PrintService printing;

    @EJB
    private AuditTrail auditTrail;

    @EJB
    private ClinicSettingsService clinicSettings;

    @Resource(lookup = "java:app/jdbc/clinic")
    private DataSource dataSource;

    @Test
    void attach_withoutHerConsent_shouldBeRefusedWithNothingStored() throws Exception {
        Mother mother = registered();
        Consultation draft = draftOf(mother);
        byte[] jpeg = PhotoImageTest.jpeg(40, 30);

        ClinicalRuleException neverAsked = assertThrows(
                ClinicalRuleException.class,
                () -> asConsultant.call(() -> photos.attach(draft.getUuid(), PhotoSubjectType.NIPPLE_TRAUMA, jpeg)));
        asConsultant.call(() -> consents.record(mother.getUuid(), ConsentType.PHOTOGRAPHS, false, LocalDate.now()));
        ClinicalRuleException refused = assertThrows(
                ClinicalRuleException.class,
                () -> asConsultant.call(() -> photos.attach(draft.getUuid(), PhotoSubjectType.NIPPLE_TRAUMA, jpeg)));

        assertEquals("photo.message.error.noConsent", neverAsked.getMessageKey());
        assertEquals("photo.message.error.noConsent", refused.getMessageKey());
        assertEquals(0, storedRows(draft));
        assertFalse(asConsultant.call(() -> photos.sectionOf(draft.getUuid())).consented());
    }

    @Test
    void consultationPage_shouldReadItsPhotographsWithItsView_andRecordTheViewOnce() throws Exception {
        Mother mother = consenting(registered());
        Consultation draft = draftOf(mother);
        ConsultationPhoto photo = asConsultant.call(
                () -> photos.attach(draft.getUuid(), PhotoSubjectType.BREAST, PhotoImageTest.jpeg(40, 30)));

        ConsultationService.Opened opened = asConsultant.call(() -> consultations.open(draft.getUuid()));

        assertEquals(
                List.of(photo.getUuid()),
                opened.photos().photos().stream().map(PhotoSummary::uuid).toList());
        assertTrue(opened.photos().consented());
        assertTrue(opened.photos().editable());
        assertEquals(opened.consultation().getVersion(), opened.photos().consultationVersion());
        List<AuditEvent> views =
                asAdmin
                        .call(() -> auditTrail.search(new AuditSearch(null, draft.getUuid(), null, null), 0, 20))
                        .stream()
                        .filter(event -> event.getAction() == AuditActionType.VIEW)
                        .toList();
        assertEquals(1, views.size(), "one view recorded, in the read's transaction");
        assertEquals(AuditRecordType.CONSULTATION, views.getFirst().getRecordType());
        assertEquals("mother " + mother.getUuid(), views.getFirst().getDetail());
    }

    @Test
    void attach_wrongTypeOrTooLarge_shouldBeRefusedWithNothingStored() throws Exception {
        Mother mother = consenting(registered());
        Consultation draft = draftOf(mother);
        byte[] pdfNamedJpeg = "%PDF-1.7 not a photograph".getBytes(StandardCharsets.US_ASCII);
        byte[] tooLarge = Arrays.copyOf(PhotoImageTest.jpeg(40, 30), PhotoImage.MAX_BYTES + 1);
        assertEquals(PhotoSizeLimit.DEFAULT.bytes(), PhotoImage.MAX_BYTES, "a clinic that never set it: the most");

        assertEquals(
                "photo.message.error.type",
                assertThrows(
                                ClinicalRuleException.class,
                                () -> asConsultant.call(
                                        () -> photos.attach(draft.getUuid(), PhotoSubjectType.BREAST, pdfNamedJpeg)))
                        .getMessageKey());
        assertEquals(
                "photo.message.error.overSizeLimit",
                assertThrows(
                                ClinicalRuleException.class,
                                () -> asConsultant.call(
                                        () -> photos.attach(draft.getUuid(), PhotoSubjectType.BREAST, tooLarge)))
                        .getMessageKey());

        assertEquals(0, storedRows(draft));
        assertTrue(asConsultant
                .call(() -> photos.sectionOf(draft.getUuid()))
                .photos()
                .isEmpty());
    }

    @Test
    void attach_shouldFollowTheSizeLimitAnAdminSets_withinItsBounds_andAuditTheChange() throws Exception {
        Mother mother = consenting(registered());
        Consultation draft = draftOf(mother);
        int megabyte = PhotoSizeLimit.BYTES_PER_MEGABYTE;
        byte[] jpeg = PhotoImageTest.jpeg(40, 30);
        byte[] oneMegabyte = Arrays.copyOf(jpeg, megabyte); // zeros after the end of the image
        byte[] overOneMegabyte = Arrays.copyOf(jpeg, megabyte + 1);
        assertThrows(
                EJBAccessException.class,
                () -> asConsultant.call(() -> {
                    clinicSettings.save(List.of(new ClinicSettingsService.Change(
                            ClinicSettingType.PHOTO_MAX_MEGABYTES, "1", "mine", null)));
                    return null;
                }),
                "a consultant cannot change the limit");
        try {
            setPhotoLimit("1", "Clinic policy 2026-04: photographs at the phone's medium size");
            assertEquals(
                    1,
                    asConsultant.call(() -> photos.sectionOf(draft.getUuid())).maxMegabytes());

            assertEquals(
                    "photo.message.error.overSizeLimit",
                    assertThrows(
                                    ClinicalRuleException.class,
                                    () -> asConsultant.call(() ->
                                            photos.attach(draft.getUuid(), PhotoSubjectType.BREAST, overOneMegabyte)))
                            .getMessageKey());
            assertEquals(0, storedRows(draft), "a refused upload stores nothing");
            asConsultant.call(() -> photos.attach(draft.getUuid(), PhotoSubjectType.BREAST, oneMegabyte));
            assertEquals(1, storedRows(draft), "at the limit: accepted");

            setPhotoLimit("2", "Clinic policy 2026-05");
            asConsultant.call(() -> photos.attach(draft.getUuid(), PhotoSubjectType.BREAST, overOneMegabyte));
            assertEquals(2, storedRows(draft), "the admin's change applies to the next upload");

            for (String outOfBounds : List.of("0", "16", "1.5")) {
                assertEquals(
                        "clinic_settings.message.error.outOfRange",
                        assertThrows(ClinicalRuleException.class, () -> setPhotoLimit(outOfBounds, "x"))
                                .getMessageKey(),
                        outOfBounds);
            }
            assertEquals(
                    2,
                    asConsultant.call(() -> photos.sectionOf(draft.getUuid())).maxMegabytes());
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement behind = connection.prepareStatement(
                            "update clinic_setting set setting_value = ? where setting_key = 'PHOTO_MAX_MEGABYTES'")) {
                for (String outOfBounds : List.of("500", "7.5")) {
                    behind.setString(1, outOfBounds);
                    assertThrows(
                            SQLException.class,
                            behind::executeUpdate,
                            "the database keeps the bounds too: " + outOfBounds);
                }
            }

            UUID setting = asAdmin.call(() -> clinicSettings.all().stream()
                    .filter(saved -> saved.getKey() == ClinicSettingType.PHOTO_MAX_MEGABYTES)
                    .findFirst()
                    .orElseThrow()
                    .getUuid());
            List<AuditEvent> changes =
                    asAdmin.call(() -> auditTrail.search(new AuditSearch(null, setting, null, null), 0, 20));
            assertTrue(
                    changes.stream()
                            .anyMatch(event -> event.getAction() == AuditActionType.UPDATE
                                    && event.getRecordType() == AuditRecordType.CLINIC_SETTING
                                    && event.getDetail().equals("PHOTO_MAX_MEGABYTES")),
                    changes.toString());
        } finally {
            setPhotoLimit(
                    ClinicSettingType.PHOTO_MAX_MEGABYTES.getDefaultValue(),
                    ClinicSettingType.PHOTO_MAX_MEGABYTES.getDefaultSource());
        }
    }

    @Test
    void photograph_shouldBeKeptWithoutLocation_viewedOnRecordEachTime_andVoidedWithAReason() throws Exception {
        Mother mother = consenting(registered());
        Consultation draft = draftOf(mother);
        byte[] upload = PhotoImageTest.withExif(PhotoImageTest.jpeg(60, 40), 1);

        ConsultationPhoto photo =
                asConsultant.call(() -> photos.attach(draft.getUuid(), PhotoSubjectType.BABY_MOUTH, upload));
        PhotoBytes full = asConsultant.call(() -> photos.view(photo.getUuid(), false));
        PhotoBytes thumbnail = asConsultant.call(() -> photos.view(photo.getUuid(), true));

        assertEquals("image/jpeg", full.mediaType());
        assertEquals(-1, indexOf(full.content(), "Exif".getBytes(StandardCharsets.US_ASCII)), "no EXIF kept");
        assertEquals(-1, indexOf(full.content(), PhotoImageTest.GPS_LATITUDE_51_30), "no location kept");
        assertEquals(60, ImageIO.read(new ByteArrayInputStream(full.content())).getWidth());
        assertNotNull(ImageIO.read(new ByteArrayInputStream(thumbnail.content())));
        assertEquals(
                -1, indexOf(storedImage(photo.getUuid()), PhotoImageTest.GPS_LATITUDE_51_30), "nor in the database");

        List<AuditEvent> events =
                asAdmin.call(() -> auditTrail.search(new AuditSearch(null, photo.getUuid(), null, null), 0, 20));
        assertEquals(
                List.of(AuditActionType.VIEW, AuditActionType.VIEW, AuditActionType.CREATE),
                events.stream().map(AuditEvent::getAction).toList(),
                "newest first: a view for each showing");
        assertTrue(events.stream().allMatch(event -> event.getRecordType() == AuditRecordType.PHOTOGRAPH));
        assertTrue(
                events.getFirst().getDetail().startsWith("thumbnail"),
                events.getFirst().getDetail());
        assertEquals(AsConsultant.USERNAME, events.getFirst().getActor());

        assertEquals(
                "clinic.message.error.voidReasonRequired",
                assertThrows(
                                ClinicalRuleException.class,
                                () -> asConsultant.call(() -> {
                                    photos.voidPhoto(photo.getUuid(), photo.getVersion(), " ");
                                    return null;
                                }))
                        .getMessageKey());
        asConsultant.call(() -> {
            photos.voidPhoto(photo.getUuid(), photo.getVersion(), "wrong baby's mouth");
            return null;
        });

        assertTrue(
                asConsultant
                        .call(() -> photos.sectionOf(draft.getUuid()))
                        .photos()
                        .isEmpty(),
                "voided: off the page");
        assertEquals(1, storedRows(draft), "voided, not deleted");
        assertThrows(
                Exception.class,
                () -> asConsultant.call(() -> photos.view(photo.getUuid(), false)),
                "a voided photograph is not shown");
        assertEquals(
                AuditActionType.VOID,
                asAdmin.call(() -> auditTrail.search(new AuditSearch(null, photo.getUuid(), null, null), 0, 1))
                        .getFirst()
                        .getAction());
    }

    @Test
    void signedConsultation_shouldKeepItsPhotographsReadOnly_inTheApplicationAndTheDatabase() throws Exception {
        Mother mother = consenting(registered());
        Consultation draft = draftOf(mother);
        ConsultationPhoto photo = asConsultant.call(
                () -> photos.attach(draft.getUuid(), PhotoSubjectType.NIPPLE_TRAUMA, PhotoImageTest.png(20, 20)));
        Consultation current = asConsultant.call(() -> consultations.get(draft.getUuid()));
        asConsultant.call(() -> consultations.sign(current.getUuid(), current.getVersion()));

        assertEquals(
                "photo.message.error.signed",
                assertThrows(
                                ClinicalRuleException.class,
                                () -> asConsultant.call(() -> photos.attach(
                                        draft.getUuid(), PhotoSubjectType.BREAST, PhotoImageTest.jpeg(10, 10))))
                        .getMessageKey());
        assertEquals(
                "photo.message.error.signed",
                assertThrows(
                                ClinicalRuleException.class,
                                () -> asConsultant.call(() -> {
                                    photos.voidPhoto(photo.getUuid(), photo.getVersion(), "too late");
                                    return null;
                                }))
                        .getMessageKey());
        assertFalse(asConsultant.call(() -> photos.sectionOf(draft.getUuid())).editable());

        for (String sql : List.of(
                "update consultation_photo set voided = true, void_reason = 'behind the record', voided_by = 'dba', voided_at = current_timestamp where uuid = ?",
                "update consultation_photo set subject = 'BREAST' where uuid = ?")) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement update = connection.prepareStatement(sql)) {
                update.setObject(1, photo.getUuid());
                assertThrows(SQLException.class, update::executeUpdate, sql);
            }
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement copy = connection.prepareStatement(
                        "insert into consultation_photo (uuid, version, created_at, created_by, voided, consultation_id, subject, media_type,"
                                + " width_px, height_px, image, thumbnail) select ?, 0, created_at, created_by, false, consultation_id, subject,"
                                + " media_type, width_px, height_px, image, thumbnail from consultation_photo where uuid = ?")) {
            copy.setObject(1, UUID.randomUUID());
            copy.setObject(2, photo.getUuid());
            assertThrows(SQLException.class, copy::executeUpdate, "no photograph added to a signed consultation");
        }
    }

    @Test
    void signedConsultationsPhotograph_shouldBeVoidedByAnAmendment_offThePageAndLetter_keptAndAudited()
            throws Exception {
        Mother mother = consenting(registered());
        asConsultant.call(
                () -> consents.record(mother.getUuid(), ConsentType.SHARE_WITH_BABYS_DOCTOR, true, LocalDate.now()));
        Consultation draft = draftOf(mother);
        UUID uuid = draft.getUuid();
        ConsultationPhoto wrong = asConsultant.call(
                () -> photos.attach(uuid, PhotoSubjectType.NIPPLE_TRAUMA, PhotoImageTest.jpeg(300, 200)));
        ConsultationPhoto kept =
                asConsultant.call(() -> photos.attach(uuid, PhotoSubjectType.BREAST, PhotoImageTest.jpeg(200, 300)));
        Consultation current = asConsultant.call(() -> consultations.get(uuid));
        asConsultant.call(() -> consultations.sign(current.getUuid(), current.getVersion()));
        PhotoService.PhotoSection shown = asConsultant.call(() -> photos.sectionOf(uuid));
        assertTrue(shown.amendable());
        assertFalse(shown.editable());
        assertEquals(2, shown.photos().size());
        int printedBefore = imagesIn(asConsultant.call(() -> printing.providerLetter(uuid, null, false, false, true)));

        assertEquals(
                "consultation.message.error.amendReasonRequired",
                assertThrows(
                                ClinicalRuleException.class,
                                () -> asConsultant.call(() -> {
                                    photos.voidInAmendment(
                                            wrong.getUuid(), wrong.getVersion(), shown.consultationVersion(), " ");
                                    return null;
                                }))
                        .getMessageKey());
        assertThrows(
                ConcurrentEditException.class,
                () -> asConsultant.call(() -> {
                    photos.voidInAmendment(
                            wrong.getUuid(), wrong.getVersion(), shown.consultationVersion() - 1, "Another mother");
                    return null;
                }),
                "a page shown before the last change");
        assertEquals(
                ConsultationStatus.SIGNED,
                asConsultant.call(() -> consultations.get(uuid)).getStatus(),
                "refused: no amendment");

        asConsultant.call(() -> {
            photos.voidInAmendment(
                    wrong.getUuid(), wrong.getVersion(), shown.consultationVersion(), "Photograph of another mother");
            return null;
        });

        assertEquals(
                List.of(kept.getUuid()),
                asConsultant.call(() -> photos.sectionOf(uuid)).photos().stream()
                        .map(PhotoSummary::uuid)
                        .toList(),
                "off the page");
        assertEquals(
                printedBefore - 1,
                imagesIn(asConsultant.call(() -> printing.providerLetter(uuid, null, false, false, true))),
                "off the letter");
        assertThrows(Exception.class, () -> asConsultant.call(() -> photos.view(wrong.getUuid(), false)));
        Consultation amended = asConsultant.call(() -> consultations.get(uuid));
        assertEquals(ConsultationStatus.AMENDED, amended.getStatus());
        assertEquals(
                "Photograph of another mother",
                amended.getAmendments().getLast().reason());
        assertEquals(
                List.of(true, "Photograph of another mother", AsConsultant.USERNAME, true, 1),
                voidOf(wrong.getUuid()),
                "kept in the database with who, when, why and the amendment");

        List<AuditEvent> photoEvents =
                asAdmin.call(() -> auditTrail.search(new AuditSearch(null, wrong.getUuid(), null, null), 0, 1));
        assertEquals(AuditActionType.VOID, photoEvents.getFirst().getAction());
        assertTrue(
                photoEvents.getFirst().getDetail().startsWith("in amendment 1"),
                photoEvents.getFirst().getDetail());
        List<AuditEvent> consultationEvents =
                asAdmin.call(() -> auditTrail.search(new AuditSearch(null, uuid, null, null), 0, 20));
        assertTrue(
                consultationEvents.stream()
                        .anyMatch(event -> event.getAction() == AuditActionType.AMEND
                                && event.getDetail().contains(wrong.getUuid().toString())),
                consultationEvents.toString());

        for (String sql : List.of(
                "update consultation_photo set voided = true, void_reason = 'x', voided_by = 'dba',"
                        + " voided_at = current_timestamp, voided_in_amendment = 2 where uuid = ?",
                "update consultation_photo set voided = true, void_reason = 'x', voided_by = 'dba',"
                        + " voided_at = current_timestamp, voided_in_amendment = null where uuid = ?")) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement update = connection.prepareStatement(sql)) {
                update.setObject(1, kept.getUuid());
                assertThrows(SQLException.class, update::executeUpdate, "only the latest amendment voids: " + sql);
            }
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement renumber = connection.prepareStatement(
                        "update consultation_photo set voided_in_amendment = 3 where uuid = ?")) {
            renumber.setObject(1, wrong.getUuid());
            assertThrows(SQLException.class, renumber::executeUpdate, "the amendment's number never changes");
        }
        for (String sql : List.of(
                "update consultation_photo set void_reason = 'rewritten' where uuid = ?",
                "update consultation_photo set voided_by = 'dba' where uuid = ?",
                "update consultation_photo set voided_at = current_timestamp where uuid = ?")) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement rewrite = connection.prepareStatement(sql)) {
                rewrite.setObject(1, wrong.getUuid());
                assertThrows(
                        SQLException.class, rewrite::executeUpdate, "who voided it, when and why never change: " + sql);
            }
        }
    }

    @Test
    void letter_shouldCarryThePhotographsOnlyWhenChosenAndConsented() throws Exception {
        Mother mother = consenting(registered());
        Consultation draft = draftOf(mother);
        asConsultant.call(
                () -> photos.attach(draft.getUuid(), PhotoSubjectType.NIPPLE_TRAUMA, PhotoImageTest.jpeg(300, 200)));
        UUID uuid = draft.getUuid();

        int withoutPhotos = imagesIn(
                asConsultant.call(() -> printing.providerLetter(uuid, null, false, false, false))); // the logo, if any
        assertEquals(
                withoutPhotos,
                imagesIn(asConsultant.call(() -> printing.providerLetter(uuid, null, false, false, true))),
                "consent to photographs alone does not share them with the baby's doctor");
        asConsultant.call(
                () -> consents.record(mother.getUuid(), ConsentType.SHARE_WITH_BABYS_DOCTOR, true, LocalDate.now()));
        assertEquals(
                withoutPhotos,
                imagesIn(asConsultant.call(() -> printing.providerLetter(uuid, null, false, false, false))),
                "not chosen");
        assertEquals(
                withoutPhotos + 1,
                imagesIn(asConsultant.call(() -> printing.providerLetter(uuid, null, false, false, true))));

        List<String> prints =
                asAdmin.call(() -> auditTrail.search(new AuditSearch(null, uuid, null, null), 0, 20)).stream()
                        .filter(event -> event.getAction() == AuditActionType.PRINT)
                        .map(AuditEvent::getDetail)
                        .toList();
        assertTrue(prints.stream().anyMatch(detail -> detail.contains("photographs: 1")), prints.toString());
        String view = new String(
                asConsultant
                        .call(() -> printing.providerLetter(
                                uuid, new PrintService.Links("pdf", "back"), false, false, true))
                        .content(),
                StandardCharsets.UTF_8);
        assertTrue(view.contains("src=\"data:image/jpeg;base64,"), "the print view shows it inline, no link to fetch");
    }

    @Test
    void database_shouldKeepTheOtherReasonWrittenOrAbsent_andSignedLikeTheRest() throws Exception {
        Mother mother = registered();
        Consultation draft = draftOf(mother);
        MotherFindings hers = new MotherFindings()
                .withVisitReasons(
                        new VisitReasons(java.util.Set.of(VisitReasonType.LATCH_DIFFICULTY), "Baby's sister unwell"));
        List<UUID> baby = mother.getInfants().stream().map(Infant::getUuid).toList();
        Consultation saved = asConsultant.call(() -> consultations.saveDraft(
                draft.getUuid(),
                draft.getVersion(),
                DraftForm.of(ConsultationType.INITIAL, draft.getStartedAt(), baby, SoapNote.empty(), List.of(), hers)));
        assertEquals("Baby's sister unwell", saved.getVisitReasons().other());

        for (String blank : List.of("", "   ")) {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement update = connection.prepareStatement(
                            "update consultation set visit_reason_other = ? where id = ?")) {
                update.setString(1, blank);
                update.setLong(2, saved.getId());
                assertThrows(
                        SQLException.class,
                        update::executeUpdate,
                        "a blank 'other' reason is no reason: '" + blank + "'");
            }
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement absent =
                        connection.prepareStatement("update consultation set visit_reason_other = null where id = ?")) {
            absent.setLong(1, saved.getId());
            assertEquals(1, absent.executeUpdate(), "absent is allowed on a draft");
        }
        Consultation reloaded = asConsultant.call(() -> consultations.get(saved.getUuid()));
        asConsultant.call(() -> consultations.sign(reloaded.getUuid(), reloaded.getVersion()));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement behind = connection.prepareStatement(
                        "update consultation set visit_reason_other = 'changed behind the record' where id = ?")) {
            behind.setLong(1, saved.getId());
            assertThrows(
                    SQLException.class,
                    behind::executeUpdate,
                    "a signed consultation's other reason changes only by amendment");
        }
    }

    private void setPhotoLimit(String megabytes, String source) throws Exception {
        asAdmin.call(() -> {
            Long version = clinicSettings.all().stream()
                    .filter(setting -> setting.getKey() == ClinicSettingType.PHOTO_MAX_MEGABYTES)
                    .findFirst()
                    .filter(setting -> setting.getId() != null)
                    .map(setting -> setting.getVersion())
                    .orElse(null);
            clinicSettings.save(List.of(new ClinicSettingsService.Change(
                    ClinicSettingType.PHOTO_MAX_MEGABYTES, megabytes, source, version)));
            return null;
        });
    }

    private Mother registered() throws Exception {
        String family = uniqueName("Photo");
        Mother mother = new Mother("Ines", family, LocalDate.now().minusYears(29));
        mother.addInfant(new Infant(
                "Leo", family, SexType.MALE, LocalDateTime.now().minusDays(6).withNano(0), 276, 3300));
        return asConsultant.call(() -> dyads.register(mother));
    }

    private Mother consenting(Mother mother) throws Exception {
        asConsultant.call(() -> consents.record(mother.getUuid(), ConsentType.PHOTOGRAPHS, true, LocalDate.now()));
        return mother;
    }

    private Consultation draftOf(Mother mother) throws Exception {
        List<UUID> baby = mother.getInfants().stream().map(Infant::getUuid).toList();
        return asConsultant.call(() -> consultations.start(mother.getUuid(), baby, ConsultationType.INITIAL));
    }

    private long storedRows(Consultation consultation) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from consultation_photo where consultation_id = ?")) {
            count.setLong(1, consultation.getId());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** voided, void_reason, voided_by, whether voided_at is set, voided_in_amendment. */
    private List<Object> voidOf(UUID photo) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(
                        "select voided, void_reason, voided_by, voided_at, voided_in_amendment"
                                + " from consultation_photo where uuid = ?")) {
            read.setObject(1, photo);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return List.of(
                        row.getBoolean(1), row.getString(2), row.getString(3), row.getObject(4) != null, row.getInt(5));
            }
        }
    }

    private byte[] storedImage(UUID photo) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read =
                        connection.prepareStatement("select image from consultation_photo where uuid = ?")) {
            read.setObject(1, photo);
            try (ResultSet row = read.executeQuery()) {
                row.next();
                return row.getBytes(1);
            }
        }
    }

    private static int imagesIn(PrintService.PrintedDocument letter) throws IOException {
        assertEquals("application/pdf", letter.mediaType());
        int images = 0;
        try (PDDocument pdf = Loader.loadPDF(letter.content())) {
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
        }
        return images;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
