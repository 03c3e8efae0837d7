package cn.gov.baotou.talent.core.document.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The documents' bytes on disk, outside the web root: {@code <talent.data.dir>/documents/<first 2 hex>/<sha256>}, each
 * content once. An upload is first spooled beside them, so that a refused one leaves nothing behind.
 */
@ApplicationScoped
public class DocumentFiles {

    private static final String HEX64 = "[0-9a-f]{64}";

    @Inject
    @ConfigProperty(name = "talent.data.dir", defaultValue = "./data")
    String dataDir;

    public DocumentFiles() {}

    /** For use outside the container (tests), over a data directory of its own. */
    public DocumentFiles(Path dataDir) {
        this.dataDir = dataDir.toString();
    }

    /** An upload read into a temporary file: its size (limit + 1 when longer), SHA-256 and first bytes. */
    public record Spooled(Path file, long size, String sha256, byte[] head) {}

    /**
     * Reads at most {@code limit + 1} bytes into a temporary file, hashing them as they pass; an {@link IOException} is a
     * broken upload, a failure of the store itself is unchecked.
     */
    public Spooled spool(InputStream in, long limit, int headBytes) throws IOException {
        Path file;
        try {
            file = Files.createTempFile(Files.createDirectories(root().resolve("incoming")), "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("the document store cannot be written", e);
        }
        MessageDigest sha256 = sha256();
        byte[] head = new byte[headBytes];
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha256)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while (size <= limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - size))) != -1) {
                if (size < headBytes) {
                    System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(n, headBytes - size));
                }
                out.write(buffer, 0, n);
                size += n;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        String hex = HexFormat.of().formatHex(sha256.digest());
        return new Spooled(file, size, hex, Arrays.copyOf(head, (int) Math.min(size, headBytes)));
    }

    /** Moves a checked upload into place, unless the same content is there already. */
    public void keep(Spooled upload) {
        Path target = path(upload.sha256());
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(upload.file());
            } else {
                Files.move(upload.file(), target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store document " + upload.sha256(), e);
        }
    }

    /** Removes what is left of an upload (nothing, once it was kept). */
    public void discard(Spooled upload) {
        try {
            Files.deleteIfExists(upload.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + upload.file(), e);
        }
    }

    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    public Path path(String sha256) {
        if (sha256 == null || !sha256.matches(HEX64)) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
        return root().resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private Path root() {
        return Path.of(dataDir).resolve("documents");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
