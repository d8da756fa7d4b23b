package org.lactationclinic.domain.photo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.lactationclinic.domain.settings.PhotoSizeLimit;
import org.lactationclinic.domain.shared.ClinicalRuleException;

/**
 * A photograph as the clinic keeps it: an uploaded JPEG or PNG checked and re-encoded, with its thumbnail.
 *
 * <p>Rules (issue 13, "Photographs"; docs/security.md):
 *
 * <ul>
 *   <li>the type is read from the file's first bytes, never from its name or the browser's word: JPEG ({@code FF D8
 *       FF}) or PNG ({@code 89 'PNG'}), and it must then decode as that type;
 *   <li>at most the clinic's {@link PhotoSizeLimit} as uploaded, a setting of 1 to 15 MB (15 by default), never more
 *       than {@value #MAX_BYTES} bytes: the most the image column is mapped to hold, under web.xml's multipart limit of
 *       16 MiB so that the clinic's own message is shown, not the server's error;
 *   <li>at most {@value #MAX_PIXELS} pixels as declared in the header, read before anything is decoded: a small file
 *       can declare a picture that would need gigabytes of memory;
 *   <li>only the pixels are kept: the image is decoded and written again, so the camera's EXIF (GPS location, device,
 *       owner, time) and any other metadata are left behind. The EXIF orientation is applied to the pixels first, so
 *       the photograph still stands the right way up;
 *   <li>kept at most {@value #MAX_SIDE_PX} pixels on its long side: a fissure on a nipple or a tongue's frenulum is
 *       still clear when zoomed on a screen, and a photograph stays under about a megabyte in the database;
 *   <li>the thumbnail is at most {@value #THUMBNAIL_SIDE_PX} pixels on its long side, for the consultation page.
 * </ul>
 *
 * @param content the re-encoded image
 * @param mediaType {@code image/jpeg} or {@code image/png}, as uploaded
 * @param widthPx width of the kept image
 * @param heightPx height of the kept image
 * @param thumbnail the thumbnail, in the same media type
 */
public record PhotoImage(byte[] content, String mediaType, int widthPx, int heightPx, byte[] thumbnail) {

    /** The most the image column is mapped to hold, and the ceiling of the clinic's {@link PhotoSizeLimit}. */
    public static final int MAX_BYTES = PhotoSizeLimit.MAX_MEGABYTES * PhotoSizeLimit.BYTES_PER_MEGABYTE;

    public static final long MAX_PIXELS = 100_000_000L;
    public static final int MAX_SIDE_PX = 2400;
    public static final int THUMBNAIL_SIDE_PX = 240;
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    /** JPEG quality of the kept image and thumbnail: no artefacts visible at screen size. */
    private static final float JPEG_QUALITY = 0.9f;

    /**
     * Checks an upload and keeps only its pixels.
     *
     * @param limit the clinic's limit on the upload's size
     * @throws ClinicalRuleException {@code photo.message.error.type} when it is not a readable JPEG or PNG,
     *     {@code photo.message.error.overSizeLimit} when it has more bytes than the limit,
     *     {@code photo.message.error.tooLarge} when it declares more than {@value #MAX_PIXELS} pixels
     */
    public static PhotoImage of(byte[] upload, PhotoSizeLimit limit) {
        String type = mediaTypeOf(upload);
        if (type == null) {
            throw new ClinicalRuleException("photo.message.error.type", "A photograph must be a JPEG or PNG image");
        }
        if (upload.length > limit.bytes()) {
            throw new ClinicalRuleException(
                    "photo.message.error.overSizeLimit",
                    "The photograph has " + upload.length + " bytes, the clinic's limit is " + limit.bytes());
        }
        BufferedImage decoded = orient(decode(upload, type), JPEG.equals(type) ? ExifOrientation.of(upload) : 1);
        BufferedImage kept = scaled(decoded, MAX_SIDE_PX, PNG.equals(type));
        BufferedImage thumbnail = scaled(kept, THUMBNAIL_SIDE_PX, PNG.equals(type));
        return new PhotoImage(encode(kept, type), type, kept.getWidth(), kept.getHeight(), encode(thumbnail, type));
    }

    /** The type by the file's first bytes, or null when it is neither JPEG nor PNG. */
    public static String mediaTypeOf(byte[] bytes) {
        if (bytes == null || bytes.length < 8) {
            return null;
        }
        if ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return JPEG;
        }
        if ((bytes[0] & 0xff) == 0x89
                && bytes[1] == 'P'
                && bytes[2] == 'N'
                && bytes[3] == 'G'
                && bytes[4] == 0x0d
                && bytes[5] == 0x0a
                && bytes[6] == 0x1a
                && bytes[7] == 0x0a) {
            return PNG;
        }
        return null;
    }

    /**
     * Decodes with the reader of the type the first bytes named, after checking the declared size; a large image is
     * decoded at a fraction of its pixels (every n-th), so memory follows {@value #MAX_SIDE_PX}, not the camera.
     */
    private static BufferedImage decode(byte[] upload, String type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + type);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > MAX_PIXELS) {
                throw new ClinicalRuleException(
                        "photo.message.error.tooLarge",
                        "The photograph has " + width + "x" + height + " pixels, at most " + MAX_PIXELS);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(width, height) / MAX_SIDE_PX);
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (image == null || image.getWidth() == 0 || image.getHeight() == 0) {
                throw new IOException("no pixels");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ClinicalRuleException rule) {
                throw rule;
            }
            // a truncated file, a CMYK JPEG ImageIO cannot read, a PNG whose chunks lie: not an image we can keep
            throw new ClinicalRuleException(
                    "photo.message.error.type", "The photograph cannot be read as " + type + ": " + e.getMessage());
        } finally {
            reader.dispose();
        }
    }

    /**
     * Applies an EXIF orientation to the pixels, so that the picture stands as the camera meant it.
     *
     * <p>EXIF 2.32, section 4.6.4, tag 0x0112 (the same as TIFF 6.0's Orientation): the value says where the stored
     * image's first row and first column belong when it is shown. Each case below maps a stored pixel (x, y) of a w x h
     * image to where it is shown; 5 to 8 swap the sides. Mirrored values (2, 4, 5, 7) are written by the front cameras
     * of some phones.
     *
     * <ol>
     *   <li>row 0 at the top, column 0 on the left: as stored;
     *   <li>row 0 at the top, column 0 on the right: mirrored left to right, (w - x, y);
     *   <li>row 0 at the bottom, column 0 on the right: turned half a turn, (w - x, h - y);
     *   <li>row 0 at the bottom, column 0 on the left: mirrored top to bottom, (x, h - y);
     *   <li>row 0 on the left, column 0 at the top: transposed, (y, x);
     *   <li>row 0 on the right, column 0 at the top: turned a quarter to the right, (h - y, x);
     *   <li>row 0 on the right, column 0 at the bottom: transverse, (h - y, w - x);
     *   <li>row 0 on the left, column 0 at the bottom: turned a quarter to the left, (y, w - x).
     * </ol>
     *
     * Any other value leaves the image as stored.
     */
    static BufferedImage orient(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        // AffineTransform(m00, m10, m01, m11, m02, m12): shown x = m00 x + m01 y + m02, shown y = m10 x + m11 y + m12
        AffineTransform shown = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (shown == null) {
            return image;
        }
        boolean sidesSwapped = orientation >= 5;
        BufferedImage turned = new BufferedImage(sidesSwapped ? h : w, sidesSwapped ? w : h, workingType(image));
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, shown, null);
        } finally {
            g.dispose();
        }
        return turned;
    }

    /** A copy at most {@code side} pixels on its long side, in a plain RGB (or ARGB for PNG) raster. */
    private static BufferedImage scaled(BufferedImage image, int side, boolean alpha) {
        double factor = Math.min(1.0, (double) side / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage copy = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    private static int workingType(BufferedImage image) {
        return image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }

    /** Writes the pixels with no metadata of the upload: ImageIO's writers add only what the format requires. */
    private static byte[] encode(BufferedImage image, String type) {
        ImageWriter writer = ImageIO.getImageWritersByMIMEType(type).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (JPEG.equals(type)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
