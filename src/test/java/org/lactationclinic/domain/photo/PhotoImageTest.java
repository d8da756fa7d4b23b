package org.lactationclinic.domain.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lactationclinic.domain.settings.PhotoSizeLimit;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/** Issue 13, "Photographs": type by content, size limits, metadata stripped by re-encoding ({@link PhotoImage}). */
public class PhotoImageTest {

    public static final byte[] GPS_LATITUDE_51_30 = {0, 0, 0, 51, 0, 0, 0, 1, 0, 0, 0, 30, 0, 0, 0, 1};

    @Test
    void jpegWithExifGps_shouldComeOutWithNoExifAndNoLocation() throws IOException {
        byte[] upload = withExif(jpeg(64, 48), 1);
        assertTrue(indexOf(upload, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)) > 0, "the fixture carries EXIF");
        assertTrue(indexOf(upload, GPS_LATITUDE_51_30) > 0, "the fixture carries a GPS latitude");
        assertNotNull(ImageIO.read(new ByteArrayInputStream(upload)), "the fixture is a JPEG ImageIO reads");

        PhotoImage kept = kept(upload);

        assertEquals(PhotoImage.JPEG, kept.mediaType());
        assertEquals(List.of(0xe0), appSegments(kept.content()), "only JFIF's APP0 is written, no APP1 (EXIF, XMP)");
        assertEquals(-1, indexOf(kept.content(), "Exif".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(-1, indexOf(kept.content(), GPS_LATITUDE_51_30));
        assertEquals(List.of(0xe0), appSegments(kept.thumbnail()));
        assertEquals(64, kept.widthPx());
        assertEquals(48, kept.heightPx());
    }

    @Test
    void jpegTakenSideways_shouldStandUpright() throws IOException {
        PhotoImage kept = kept(withExif(jpeg(60, 20), 6));

        assertEquals(20, kept.widthPx(), "EXIF orientation 6: turned a quarter to the right");
        assertEquals(60, kept.heightPx());
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(kept.content()));
        assertEquals(20, read.getWidth());
    }

    /**
     * Each of the eight EXIF orientations (EXIF 2.32, section 4.6.4): a 64 x 32 picture stored with a red block in its
     * top-left corner (row 0, column 0) and a blue one in its top-right corner (row 0, last column) is shown with the
     * blocks where the tag puts row 0 and column 0. Read clockwise from the top-left: the shown picture's corners.
     */
    @ParameterizedTest(name = "orientation {0}, {1}")
    @CsvSource({
        // orientation, byte order, top-left, top-right, bottom-right, bottom-left, shown width
        "1, MM, RED,   BLUE,  WHITE, WHITE, 64", // row 0 top, column 0 left: as stored
        "2, II, BLUE,  RED,   WHITE, WHITE, 64", // row 0 top, column 0 right: mirrored left to right
        "3, MM, WHITE, WHITE, RED,   BLUE,  64", // row 0 bottom, column 0 right: half a turn
        "4, II, WHITE, WHITE, BLUE,  RED,   64", // row 0 bottom, column 0 left: mirrored top to bottom
        "5, MM, RED,   WHITE, WHITE, BLUE,  32", // row 0 left, column 0 top: transposed
        "6, II, WHITE, RED,   BLUE,  WHITE, 32", // row 0 right, column 0 top: a quarter to the right
        "7, MM, WHITE, BLUE,  RED,   WHITE, 32", // row 0 right, column 0 bottom: transverse
        "8, II, BLUE,  WHITE, WHITE, RED,   32", // row 0 left, column 0 bottom: a quarter to the left
    })
    void everyExifOrientation_shouldPutTheStoredCornersWhereTheTagSays(
            int orientation,
            String byteOrder,
            Corner topLeft,
            Corner topRight,
            Corner bottomRight,
            Corner bottomLeft,
            int shownWidth)
            throws IOException {
        byte[] upload = withExif(jpegWithMarkedTopCorners(64, 32), orientation, "II".equals(byteOrder));
        assertEquals(orientation, ExifOrientation.of(upload), "the fixture's tag is read in either byte order");

        PhotoImage kept = kept(upload);

        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(kept.content()));
        int w = shown.getWidth();
        int h = shown.getHeight();
        assertEquals(shownWidth, w);
        assertEquals(96 - shownWidth, h);
        assertEquals(w, kept.widthPx());
        assertEquals(h, kept.heightPx());
        int in = 4; // inside the 12-pixel block, clear of the JPEG's blurred edge
        assertEquals(
                List.of(topLeft, topRight, bottomRight, bottomLeft),
                List.of(
                        Corner.of(shown.getRGB(in, in)),
                        Corner.of(shown.getRGB(w - 1 - in, in)),
                        Corner.of(shown.getRGB(w - 1 - in, h - 1 - in)),
                        Corner.of(shown.getRGB(in, h - 1 - in))));
    }

    @Test
    void orientationOutsideOneToEight_shouldLeaveThePictureAsStored() throws IOException {
        PhotoImage kept = kept(withExif(jpegWithMarkedTopCorners(64, 32), 9, false));

        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(kept.content()));
        assertEquals(64, shown.getWidth());
        assertEquals(Corner.RED, Corner.of(shown.getRGB(4, 4)));
        assertEquals(Corner.BLUE, Corner.of(shown.getRGB(59, 4)));
    }

    @Test
    void pngWithTextChunk_shouldComeOutWithoutIt() throws IOException {
        byte[] png = pngWithText(png(30, 30), "Comment", "Location 51.5074 N 0.1278 W");
        assertTrue(indexOf(png, "Location".getBytes(StandardCharsets.ISO_8859_1)) > 0);

        PhotoImage kept = kept(png);

        assertEquals(PhotoImage.PNG, kept.mediaType());
        assertEquals(-1, indexOf(kept.content(), "Location".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(-1, indexOf(kept.content(), "tEXt".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void largePhotograph_shouldBeKeptAt2400OnItsLongSide_andItsThumbnailAt240() throws IOException {
        PhotoImage kept = kept(jpeg(3000, 1000));

        assertEquals(2400, kept.widthPx());
        assertEquals(800, kept.heightPx());
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(kept.thumbnail()));
        assertEquals(PhotoImage.THUMBNAIL_SIDE_PX, thumbnail.getWidth());
        assertEquals(80, thumbnail.getHeight());
    }

    @Test
    void notJpegOrPng_shouldBeRefusedByItsContent() throws IOException {
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "gif", gif);
        byte[] text = "this is not a photograph, whatever its name says".getBytes(StandardCharsets.UTF_8);
        byte[] fakeJpeg = new byte[200];
        fakeJpeg[0] = (byte) 0xff;
        fakeJpeg[1] = (byte) 0xd8;
        fakeJpeg[2] = (byte) 0xff;

        for (byte[] upload : List.of(gif.toByteArray(), text, fakeJpeg, new byte[0])) {
            ClinicalRuleException refused = assertThrows(ClinicalRuleException.class, () -> kept(upload));
            assertEquals("photo.message.error.type", refused.getMessageKey());
        }
        assertThrows(ClinicalRuleException.class, () -> kept(null));
    }

    @Test
    void overTheByteLimit_shouldBeRefused_atTheLimitAccepted() throws IOException {
        byte[] jpeg = jpeg(16, 16);
        byte[] over = Arrays.copyOf(jpeg, PhotoImage.MAX_BYTES + 1); // zeros after the end of the image
        byte[] at = Arrays.copyOf(jpeg, PhotoImage.MAX_BYTES);

        assertEquals(
                "photo.message.error.overSizeLimit",
                assertThrows(ClinicalRuleException.class, () -> kept(over)).getMessageKey());
        assertEquals(16, kept(at).widthPx());
    }

    @Test
    void overTheClinicsLimit_shouldBeRefused_atItAccepted() throws IOException {
        byte[] jpeg = jpeg(16, 16);
        PhotoSizeLimit twoMegabytes = new PhotoSizeLimit(2);
        byte[] over = Arrays.copyOf(jpeg, 2 * 1024 * 1024 + 1);
        byte[] at = Arrays.copyOf(jpeg, 2 * 1024 * 1024);

        assertEquals(
                "photo.message.error.overSizeLimit",
                assertThrows(ClinicalRuleException.class, () -> PhotoImage.of(over, twoMegabytes))
                        .getMessageKey());
        assertEquals(16, PhotoImage.of(at, twoMegabytes).widthPx());
        assertEquals(16, PhotoImage.of(over, new PhotoSizeLimit(3)).widthPx());
    }

    @Test
    void smallFileDeclaringHugePicture_shouldBeRefusedBeforeDecoding() {
        byte[] bomb = pngHeaderOnly(20_000, 20_000);

        ClinicalRuleException refused = assertThrows(ClinicalRuleException.class, () -> kept(bomb));
        assertEquals("photo.message.error.tooLarge", refused.getMessageKey());
    }

    @Test
    void mediaTypeOf_shouldReadTheFirstBytes() throws IOException {
        assertEquals(PhotoImage.JPEG, PhotoImage.mediaTypeOf(jpeg(2, 2)));
        assertEquals(PhotoImage.PNG, PhotoImage.mediaTypeOf(png(2, 2)));
        assertEquals(null, PhotoImage.mediaTypeOf(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    }

    @Test
    void orientationOf_shouldReadExif_andDefaultToOne() throws IOException {
        assertEquals(8, ExifOrientation.of(withExif(jpeg(4, 4), 8)));
        assertEquals(1, ExifOrientation.of(jpeg(4, 4)));
        byte[] cut = withExif(jpeg(4, 4), 6);
        assertEquals(1, ExifOrientation.of(Arrays.copyOf(cut, 30)));
    }

    // ---- fixtures, built here so that what the test feeds in is visible

    /** The upload checked at the default limit, the most a clinic can set. */
    private static PhotoImage kept(byte[] upload) {
        return PhotoImage.of(upload, PhotoSizeLimit.DEFAULT);
    }

    public static byte[] jpeg(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    public static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
        return out.toByteArray();
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE8B4A0));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x8B3A3A));
        g.fillRect(0, 0, Math.max(1, width / 3), Math.max(1, height / 2));
        g.dispose();
        return image;
    }

    /** The colour found in a corner of a decoded picture: JPEG shifts colours a little, so the strongest channel. */
    enum Corner {
        RED,
        BLUE,
        WHITE,
        OTHER;

        static Corner of(int rgb) {
            int r = (rgb >> 16) & 0xff;
            int g = (rgb >> 8) & 0xff;
            int b = rgb & 0xff;
            if (r > 200 && g > 200 && b > 200) {
                return WHITE;
            }
            if (r > 150 && g < 100 && b < 100) {
                return RED;
            }
            if (b > 150 && r < 100 && g < 100) {
                return BLUE;
            }
            return OTHER;
        }
    }

    /** A white JPEG with a 12-pixel red block in its top-left corner and a blue one in its top-right corner. */
    static byte[] jpegWithMarkedTopCorners(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 12, 12);
        g.setColor(Color.BLUE);
        g.fillRect(width - 12, 0, 12, 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /** {@link #withExif(byte[], int, boolean)} in Motorola byte order ("MM"). */
    public static byte[] withExif(byte[] jpeg, int orientation) {
        return withExif(jpeg, orientation, false);
    }

    /**
     * The JPEG with an APP1 "Exif" segment after SOI, as a phone writes it: IFD0 with the orientation and a pointer to
     * a GPS IFD holding latitude 51 deg 30' N and longitude reference W (EXIF 2.32, sections 4.6.2 and 4.6.6).
     *
     * @param intel Intel byte order ("II", little-endian, as most phones write it) rather than Motorola ("MM")
     */
    public static byte[] withExif(byte[] jpeg, int orientation, boolean intel) {
        ByteBuffer tiff = ByteBuffer.allocate(104).order(intel ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        byte order = (byte) (intel ? 'I' : 'M');
        tiff.put(order).put(order).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2); // IFD0 at 8: two entries
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38); // GPS IFD pointer
        tiff.putInt(0); // no next IFD
        tiff.putShort((short) 3); // GPS IFD at 38: three entries
        tiff.putShort((short) 0x0001)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(2).putInt(80); // latitude: two rationals at 80
        tiff.putShort((short) 0x0003)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'W')
                .put((byte) 0)
                .putShort((short) 0);
        tiff.putInt(0);
        tiff.putInt(51).putInt(1).putInt(30).putInt(1); // in MM order, the bytes of GPS_LATITUDE_51_30
        byte[] exif = ByteBuffer.allocate(6 + 104)
                .put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1))
                .put(tiff.array())
                .array();
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        out.put(jpeg, 0, 2); // SOI
        out.put((byte) 0xff)
                .put((byte) 0xe1)
                .putShort((short) (exif.length + 2))
                .put(exif);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    private static byte[] pngWithText(byte[] png, String keyword, String text) {
        int afterHeader = 8 + 4 + 4 + 13 + 4; // signature, IHDR chunk
        byte[] chunk = chunk("tEXt", (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1));
        ByteBuffer out = ByteBuffer.allocate(png.length + chunk.length);
        out.put(png, 0, afterHeader).put(chunk).put(png, afterHeader, png.length - afterHeader);
        return out.array();
    }

    private static byte[] pngHeaderOnly(int width, int height) {
        byte[] ihdr = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0)
                .array();
        byte[] head = chunk("IHDR", ihdr);
        byte[] end = chunk("IEND", new byte[0]);
        return ByteBuffer.allocate(8 + head.length + end.length)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a})
                .put(head)
                .put(end)
                .array();
    }

    private static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(type.getBytes(StandardCharsets.ISO_8859_1))
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }

    /** The APPn markers before the image data. */
    private static List<Integer> appSegments(byte[] jpeg) {
        List<Integer> found = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
            int marker = jpeg[at + 1] & 0xff;
            if (marker == 0xda) {
                break;
            }
            if (marker >= 0xe0 && marker <= 0xef) {
                found.add(marker);
            }
            at += 2 + (((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff));
        }
        assertFalse(found.isEmpty() && at == 2, "not a JPEG");
        return found;
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
