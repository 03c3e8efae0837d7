package cn.gov.baotou.talent.core.document.control;

import cn.gov.baotou.talent.core.refusal.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Whether a file is all the way through what its first bytes say: a file that starts as a PDF or an image but carries
 * a web page (a polyglot) can be shown as that page by a browser or a viewer that guesses. Refused: web page markup
 * ({@code <html}, {@code <script}, {@code <svg}) in the first KiB; a PDF that PDFBox cannot load, or with anything but
 * white space after its last {@code %%EOF}; a PNG with anything after its {@code IEND} chunk or a JPEG after its last
 * end-of-image marker; an image that ImageIO cannot decode. Each breach is named on the field {@code file}.
 */
public final class FileStructure {

    /** How much of the start is searched for markup: where a browser that sniffs looks. */
    static final int SNIFFED_BYTES = 1024;

    /** Decoded at most this many pixels a side (subsampled): every byte is decoded, the memory stays small. */
    private static final int DECODED_SIDE = 512;

    private static final List<String> MARKUP = List.of("<html", "<script", "<svg", "<body", "<iframe", "<!doctype");

    private static final byte[] PNG_IEND = {'I', 'E', 'N', 'D'};

    private FileStructure() {}

    /** The breach of the file's structure, if any. */
    public static Optional<FieldError> check(ContentType type, Path file) {
        try {
            // the start, where a browser that sniffs looks, and the end, where a polyglot appends its page
            Optional<String> markup = markup(head(file)).or(() -> markup(tail(file)));
            if (markup.isPresent()) {
                return refuse("document.file.markup", markup.get());
            }
            return switch (type) {
                case PDF -> pdf(file);
                case PNG -> png(file);
                case JPEG -> jpeg(file);
            };
        } catch (IOException | RuntimeException e) {
            // whatever a parser throws on a hostile file is a file that does not read as its type
            return refuse("document.file.structure", name(type));
        }
    }

    /** The first markup tag found in {@code head}, ignoring case. */
    static Optional<String> markup(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return MARKUP.stream().filter(text::contains).findFirst();
    }

    private static Optional<FieldError> pdf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int eof = lastIndexOf(bytes, "%%EOF".getBytes(StandardCharsets.US_ASCII));
        if (eof < 0) {
            return refuse("document.file.structure", "PDF");
        }
        long after = trailing(bytes, eof + 5);
        if (after > 0) {
            return refuse("document.file.trailing", "PDF", after);
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            if (document.getNumberOfPages() < 1) {
                return refuse("document.file.structure", "PDF");
            }
            for (PDPage page : document.getPages()) {
                page.getMediaBox();
                page.getResources();
            }
        }
        return Optional.empty();
    }

    private static Optional<FieldError> png(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        // walk the chunks: length, type, data, CRC; the file ends with IEND
        int at = 8;
        while (true) {
            if (at + 12 > bytes.length) {
                return refuse("document.file.structure", "PNG");
            }
            long length = ((bytes[at] & 0xFFL) << 24)
                    | ((bytes[at + 1] & 0xFFL) << 16)
                    | ((bytes[at + 2] & 0xFFL) << 8)
                    | (bytes[at + 3] & 0xFFL);
            if (length > bytes.length - at - 12L) {
                return refuse("document.file.structure", "PNG");
            }
            boolean end = Arrays.equals(bytes, at + 4, at + 8, PNG_IEND, 0, 4);
            at += 12 + (int) length;
            if (end) {
                break;
            }
        }
        if (at < bytes.length) {
            return refuse("document.file.trailing", "PNG", (long) bytes.length - at);
        }
        return decodes(file, "PNG");
    }

    private static Optional<FieldError> jpeg(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int eoi = lastIndexOf(bytes, new byte[] {(byte) 0xFF, (byte) 0xD9});
        if (eoi < 0) {
            return refuse("document.file.structure", "JPEG");
        }
        long after = trailing(bytes, eoi + 2);
        if (after > 0) {
            return refuse("document.file.trailing", "JPEG", after);
        }
        return decodes(file, "JPEG");
    }

    /** Decodes every byte of the image, subsampled so that a huge picture takes little memory. */
    private static Optional<FieldError> decodes(Path file, String name) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                return refuse("document.file.structure", name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int side = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, (side + DECODED_SIDE - 1) / DECODED_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                // the raster where the reader can give it: a CMYK JPEG (some scanners) has no BufferedImage in ImageIO
                int width = reader.canReadRaster()
                        ? reader.readRaster(0, param).getWidth()
                        : reader.read(0, param).getWidth();
                if (width < 1) {
                    return refuse("document.file.structure", name);
                }
            } finally {
                reader.dispose();
            }
        }
        return Optional.empty();
    }

    /** How many bytes after {@code from} are neither white space nor NUL (padding some writers add). */
    static long trailing(byte[] bytes, int from) {
        long count = 0;
        for (int i = from; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0) {
                count++;
            }
        }
        return count;
    }

    private static int lastIndexOf(byte[] bytes, byte[] what) {
        for (int i = bytes.length - what.length; i >= 0; i--) {
            if (Arrays.equals(bytes, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFFED_BYTES);
        }
    }

    private static byte[] tail(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Arrays.copyOfRange(bytes, Math.max(0, bytes.length - SNIFFED_BYTES), bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(ContentType type) {
        return type.extension().toUpperCase(Locale.ROOT).replace("JPG", "JPEG");
    }

    private static Optional<FieldError> refuse(String key, Object... arguments) {
        return Optional.of(FieldError.of(UploadRules.FIELD, key, arguments));
    }
}
