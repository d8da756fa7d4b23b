package org.lactationclinic.domain.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lactationclinic.domain.photo.PhotoImage;

/** The photograph size limit a clinic admin sets ({@link PhotoSizeLimit}, {@code PHOTO_MAX_MEGABYTES}): its bounds. */
class PhotoSizeLimitTest {

    @Test
    void bounds_shouldBeOneMegabyteToWhatTheColumnHolds() {
        assertEquals(1, PhotoSizeLimit.MIN_MEGABYTES);
        assertEquals(15, PhotoSizeLimit.MAX_MEGABYTES);
        assertEquals(PhotoImage.MAX_BYTES, new PhotoSizeLimit(15).bytes(), "the most: what the column is mapped to");
        assertEquals(1024 * 1024, new PhotoSizeLimit(1).bytes());
        assertThrows(IllegalArgumentException.class, () -> new PhotoSizeLimit(0));
        assertThrows(IllegalArgumentException.class, () -> new PhotoSizeLimit(16));
        assertThrows(IllegalArgumentException.class, () -> new PhotoSizeLimit(-1));
    }

    @Test
    void default_shouldBeTheMost_asBeforeItWasASetting() {
        assertEquals(PhotoImage.MAX_BYTES, PhotoSizeLimit.DEFAULT.bytes());
        assertEquals(PhotoSizeLimit.DEFAULT, ClinicThresholds.defaults().photoSizeLimit());
        assertEquals("15", ClinicSettingType.PHOTO_MAX_MEGABYTES.getDefaultValue());
    }

    @Test
    void setting_shouldAcceptWholeMegabytesWithinTheBounds_only() {
        ClinicSettingType setting = ClinicSettingType.PHOTO_MAX_MEGABYTES;

        assertTrue(setting.accepts("1"));
        assertTrue(setting.accepts("15"));
        assertTrue(setting.accepts(" 8 "));
        assertFalse(setting.accepts("0"));
        assertFalse(setting.accepts("16"));
        assertFalse(setting.accepts("1.5"));
        assertFalse(setting.accepts("-3"));
        assertFalse(setting.accepts("15 MB"));
        assertFalse(setting.accepts(""));
        assertFalse(setting.accepts(null));
    }

    @Test
    void savedSetting_shouldBeTheLimitTheUploadsTake() {
        ClinicSetting saved = new ClinicSetting(ClinicSettingType.PHOTO_MAX_MEGABYTES);
        saved.change("4", "Clinic policy 2026-04");

        ClinicThresholds thresholds = ClinicThresholds.from(Map.of(ClinicSettingType.PHOTO_MAX_MEGABYTES, saved));

        assertEquals(new PhotoSizeLimit(4), thresholds.photoSizeLimit());
        assertEquals("Clinic policy 2026-04", thresholds.sources().get(ClinicSettingType.PHOTO_MAX_MEGABYTES));
    }
}
