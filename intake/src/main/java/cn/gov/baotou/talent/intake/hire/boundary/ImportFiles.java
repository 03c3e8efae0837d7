package cn.gov.baotou.talent.intake.hire.boundary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The uploaded file of an import while it runs, under {@code <talent.data.dir>/imports/hires/<ticket>.xlsx}: removed
 * once the import is done or refused, kept when it failed or its instance stopped, so that it can be submitted again
 * (the operator finds it by the ticket the import page shows). Keeping it never stops an import: a disk that refuses
 * is logged.
 */
final class ImportFiles {

    private static final Logger LOG = Logger.getLogger(ImportFiles.class.getName());

    private final Path dir;

    ImportFiles(Path dir) {
        this.dir = dir;
    }

    static ImportFiles configured() {
        try {
            String data = ConfigProvider.getConfig()
                    .getOptionalValue("talent.data.dir", String.class)
                    .orElse("./data");
            return new ImportFiles(Path.of(data, "imports", "hires"));
        } catch (RuntimeException | LinkageError e) {
            // outside the container (tests) there is no configuration: nothing is kept
            return new ImportFiles(null);
        }
    }

    Optional<Path> keep(String ticket, byte[] bytes) {
        if (dir == null) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ticket, ".part");
            Files.write(tmp, bytes);
            return Optional.of(Files.move(tmp, file(ticket), StandardCopyOption.REPLACE_EXISTING));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "intake: the upload " + ticket + " could not be kept for a retry", e);
            return Optional.empty();
        }
    }

    void remove(String ticket) {
        if (dir == null) {
            return;
        }
        try {
            Files.deleteIfExists(file(ticket));
        } catch (IOException e) {
            LOG.log(Level.INFO, "intake: the kept upload " + ticket + " could not be removed", e);
        }
    }

    Path file(String ticket) {
        return dir.resolve(ticket + ".xlsx");
    }
}
