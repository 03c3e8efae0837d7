package cn.gov.baotou.talent.core.sheet.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an .xlsx as text, streaming its rows and stopping after the number asked for. The caller
 * has bounded the upload's size; the reader also refuses a workbook that unpacks to more than {@link
 * #MAX_UNPACKED_BYTES}, because an .xlsx is a zip and a small one can inflate to gigabytes.
 */
public final class SheetReader {

    public static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

    private SheetReader() {}

    /**
     * @param columns how many columns to read from the first
     * @param maxRows how many non-blank rows to keep; one more marks the sheet {@link Sheet#truncated()}
     */
    public static Sheet read(byte[] workbook, int columns, int maxRows) {
        return read(workbook, columns, maxRows, MAX_UNPACKED_BYTES);
    }

    static Sheet read(byte[] workbook, int columns, int maxRows, long maxUnpacked) {
        unpackedSize(workbook, maxUnpacked);
        List<SheetRow> rows = new ArrayList<>();
        boolean truncated = false;
        try (ReadableWorkbook wb =
                new ReadableWorkbook(new ByteArrayInputStream(workbook), new ReadingOptions(true, false))) {
            try (var stream = wb.getFirstSheet().openStream()) {
                for (Row r : (Iterable<Row>) stream::iterator) {
                    SheetRow row = row(r, columns);
                    if (row.blank()) {
                        continue;
                    }
                    if (rows.size() == maxRows) {
                        truncated = true;
                        break;
                    }
                    rows.add(row);
                }
            }
        } catch (IOException | ExcelReaderException | IllegalStateException | IllegalArgumentException e) {
            throw new SheetUnreadable("not a readable .xlsx workbook", e);
        }
        return new Sheet(rows, truncated);
    }

    private static SheetRow row(Row r, int columns) {
        List<SheetCell> cells = new ArrayList<>(columns);
        for (int c = 0; c < columns; c++) {
            cells.add(r.getOptionalCell(c).map(SheetReader::cell).orElse(SheetCell.EMPTY));
        }
        return new SheetRow(r.getRowNum(), cells);
    }

    private static SheetCell cell(Cell c) {
        CellType type = c.getType();
        if (type == CellType.NUMBER) {
            String format = c.getDataFormatString();
            if (format != null && (format.contains("y") || format.contains("d"))) {
                return new SheetCell(c.asDate().toLocalDate().toString(), false);
            }
            return new SheetCell(c.asNumber().stripTrailingZeros().toPlainString(), true);
        }
        if (type == CellType.BOOLEAN) {
            return new SheetCell(Boolean.TRUE.equals(c.asBoolean()) ? "TRUE" : "FALSE", false);
        }
        if (type == CellType.EMPTY || type == CellType.ERROR) {
            return SheetCell.EMPTY;
        }
        return new SheetCell(c.getText(), false);
    }

    /** Counts what the zip's entries inflate to, stopping at the limit (fastexcel writes entries the JDK's stream reader refuses). */
    private static void unpackedSize(byte[] workbook, long limit) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook))
                .get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntries();
            if (!entries.hasMoreElements()) {
                throw new SheetUnreadable("an empty zip archive", null);
            }
            while (entries.hasMoreElements()) {
                try (InputStream in = zip.getInputStream(entries.nextElement())) {
                    total += drain(in, buffer, limit - total);
                }
                if (total > limit) {
                    throw new SheetUnreadable("unpacks to more than " + limit + " bytes", null);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof SheetUnreadable u) {
                throw u;
            }
            throw new SheetUnreadable("not a zip archive", e);
        }
    }

    private static long drain(InputStream in, byte[] buffer, long allowed) throws IOException {
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > allowed) {
                return read;
            }
        }
        return read;
    }
}
