package cn.gov.baotou.talent.core.ledger;

import cn.gov.baotou.talent.core.ledger.entity.FundingPurposes;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * The funding purposes as the seeds module holds them. A core build alone resolves the seeds jar last installed, which
 * may predate the purposes file, so the seeds sources beside core are looked in too (after the class path).
 */
public final class LedgerSeeds {

    static final Path SEEDS_SOURCES = Path.of("..", "seeds", "src", "main", "resources");

    private LedgerSeeds() {}

    public static ClassLoader classLoader() {
        try {
            return new URLClassLoader(new URL[] {SEEDS_SOURCES.toUri().toURL()}, LedgerSeeds.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FundingPurposes purposes() {
        return new FundingPurposes(classLoader());
    }
}
