package cn.gov.baotou.talent.reporting.store.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Report files under {@code <talent.data.dir>/reports}: written whole or not at all (a temporary file moved into place,
 * never over an existing one), read-only once there, and re-hashed when read so that a file changed on disk is noticed.
 */
@ApplicationScoped
public class ReportFiles {

    private static final String RELATIVE = "[a-z0-9][a-z0-9/_.-]*";

    @Inject
    @ConfigProperty(name = "talent.data.dir", defaultValue = "./data")
    String dataDir;

    public ReportFiles() {}

    /** For use outside the container (tests), over a data directory of its own. */
    public ReportFiles(Path dataDir) {
        this.dataDir = dataDir.toString();
    }

    /** Writes {@code bytes} as {@code path} (relative, e.g. {@code archive/2025/2025-11-targets.pdf}). */
    public StoredReport write(String path, byte[] bytes) {
        Path target = resolve(path);
        try {
            Files.createDirectories(target.getParent());
            Path part = Files.createTempFile(target.getParent(), ".writing-", ".part");
            try {
                Files.write(part, bytes);
                try {
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, target);
                }
            } finally {
                Files.deleteIfExists(part);
            }
            target.toFile().setReadOnly();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store report file " + path, e);
        }
        return new StoredReport(path, sha256(bytes), bytes.length);
    }

    /** The file's bytes, or empty when it is missing or no longer has {@code sha256}. */
    public Optional<byte[]> readVerified(String path, String sha256) {
        Path file = resolve(path);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readAllBytes();
            return sha256(bytes).equals(sha256) ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report file " + path, e);
        }
    }

    public boolean exists(String path) {
        return Files.isRegularFile(resolve(path));
    }

    public void delete(String path) {
        try {
            Files.deleteIfExists(resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove report file " + path, e);
        }
    }

    /** The file on disk; only paths of reporting's own shape, never outside the reports directory. */
    public Path resolve(String path) {
        if (path == null || !path.matches(RELATIVE) || path.contains("..")) {
            throw new IllegalArgumentException("not a report file path: " + path);
        }
        return root().resolve(path);
    }

    private Path root() {
        return Path.of(dataDir).resolve("reports");
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
