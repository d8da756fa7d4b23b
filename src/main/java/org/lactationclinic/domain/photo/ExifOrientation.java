package org.lactationclinic.domain.photo;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 of IFD0 in the APP1 "Exif" segment; EXIF 2.32, section 4.6.4): how a phone
 * held sideways tells a viewer to turn the picture, and a front camera to mirror it. ImageIO ignores it, and
 * {@link PhotoImage} drops the EXIF, so {@link PhotoImage#orient} applies all eight values to the pixels before.
 * Anything missing or malformed reads as 1 (as stored).
 *
 * <p>Read by hand rather than with a metadata library: one tag of one segment, bounded by the upload's size, with no
 * dependency parsing the rest of an untrusted file.
 */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {}

    static int of(byte[] jpeg) {
        try {
            int at = 2; // after SOI
            while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
                int marker = jpeg[at + 1] & 0xff;
                int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
                if (marker == 0xda || marker == 0xd9) {
                    return 1; // image data begins: no EXIF before it
                }
                if (marker == 0xe1 && isExif(jpeg, at + 4)) {
                    return orientationIn(jpeg, at + 10);
                }
                at += 2 + length;
            }
        } catch (ArrayIndexOutOfBoundsException e) {
            return 1;
        }
        return 1;
    }

    private static boolean isExif(byte[] b, int at) {
        return at + 6 <= b.length
                && b[at] == 'E'
                && b[at + 1] == 'x'
                && b[at + 2] == 'i'
                && b[at + 3] == 'f'
                && b[at + 4] == 0
                && b[at + 5] == 0;
    }

    /** @param tiff where the TIFF header starts: byte order, 42, offset of IFD0 */
    private static int orientationIn(byte[] b, int tiff) {
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        int ifd = tiff + (int) read(b, tiff + 4, 4, little);
        int entries = (int) read(b, ifd, 2, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + i * 12;
            if (read(b, entry, 2, little) == ORIENTATION_TAG) {
                int value = (int) read(b, entry + 8, 2, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static long read(byte[] b, int at, int bytes, boolean little) {
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            int next = b[little ? at + bytes - 1 - i : at + i] & 0xff;
            value = (value << 8) | next;
        }
        return value;
    }
}
