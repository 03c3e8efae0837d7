package cn.gov.baotou.talent.core.setup.control;

import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings every module's schema up to date, core first, each with its own Flyway history table. */
public final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    private SchemaMigration() {}

    public static void migrate(DataSource dataSource, List<? extends ModuleSchema> schemas, ClassLoader classLoader) {
        schemas.stream()
                .sorted(Comparator.comparingInt(ModuleSchema::order).thenComparing(ModuleSchema::module))
                .forEach(s -> migrate(dataSource, s.module(), classLoader));
    }

    public static MigrateResult migrate(DataSource dataSource, String module, ClassLoader classLoader) {
        MigrateResult result = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + module)
                .table("flyway_history_" + module.replace('-', '_'))
                // the schema already holds other modules' tables when this module's history starts
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load()
                .migrate();
        LOG.info(() -> "schema " + module + ": " + result.migrationsExecuted + " migration(s) applied, now at "
                + result.targetSchemaVersion);
        return result;
    }
}
