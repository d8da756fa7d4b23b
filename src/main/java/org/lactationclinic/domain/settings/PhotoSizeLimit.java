package org.lactationclinic.domain.settings;

/**
 * The largest photograph a clinic accepts as uploaded, in whole megabytes of 1024 x 1024 bytes: the clinic setting
 * {@link ClinicSettingType#PHOTO_MAX_MEGABYTES}, checked by {@code PhotoImage.of} before anything is decoded. Here, not
 * in domain.photo, because photographs belong to a consultation and the consultation reads the clinic's settings.
 *
 * <p>Bounds:
 *
 * <ul>
 *   <li>at most {@value #MAX_MEGABYTES} ({@code PhotoImage.MAX_BYTES}): the most the image column is mapped to hold,
 *       and under web.xml's multipart limit of 16 MiB, so that a refused upload gets the clinic's own message, not the
 *       server's error. It is also the default: a phone camera's full-resolution JPEG (48 megapixels, 8-14 MB) fits;
 *   <li>at least {@value #MIN_MEGABYTES}: below it a phone's photograph would have to be shrunk under the 2400 pixels
 *       the clinic keeps ({@code PhotoImage.MAX_SIDE_PX}) before it could be uploaded, and the photograph of a fissure
 *       would lose the detail it was taken for. A clinic lowers the limit to spare the server the decoding of large
 *       files, not to save space: what is kept is re-encoded at most {@value PhotoImage#MAX_SIDE_PX} pixels on its long
 *       side whatever the upload's size.
 * </ul>
 *
 * @param megabytes the limit, {@value #MIN_MEGABYTES} to {@value #MAX_MEGABYTES}
 */
public record PhotoSizeLimit(int megabytes) {

    public static final int BYTES_PER_MEGABYTE = 1024 * 1024;
    public static final int MIN_MEGABYTES = 1;
    public static final int MAX_MEGABYTES = 15;
    public static final int DEFAULT_MEGABYTES = MAX_MEGABYTES;
    public static final String DEFAULT_SOURCE = "docs/security.md, requirement 12: a phone camera's full-resolution"
            + " JPEG (8-14 MB) fits; 15 MB is the most the clinic stores, under the server's 16 MB upload limit";

    public static final PhotoSizeLimit DEFAULT = new PhotoSizeLimit(DEFAULT_MEGABYTES);

    /** @throws IllegalArgumentException outside {@value #MIN_MEGABYTES} to {@value #MAX_MEGABYTES} */
    public PhotoSizeLimit {
        if (megabytes < MIN_MEGABYTES || megabytes > MAX_MEGABYTES) {
            throw new IllegalArgumentException("The photograph size limit must be " + MIN_MEGABYTES + " to "
                    + MAX_MEGABYTES + " MB: " + megabytes);
        }
    }

    /** The limit in bytes: an upload of exactly this many is accepted. */
    public int bytes() {
        return megabytes * BYTES_PER_MEGABYTE;
    }
}
