package cn.gov.baotou.talent.core.setup.boundary;

import cn.gov.baotou.talent.core.account.boundary.AccountSeeding;
import cn.gov.baotou.talent.core.privacy.control.PersonalDataKey;
import cn.gov.baotou.talent.core.setup.control.ModuleSchema;
import cn.gov.baotou.talent.core.setup.control.ModuleSeed;
import cn.gov.baotou.talent.core.setup.control.SchemaMigration;
import cn.gov.baotou.talent.core.setup.control.SettingRules;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs once as the application deploys, before any request: migrates every module's schema, then loads reference
 * data into an empty database, and demo data (core's, then each module's) unless {@code TALENT_DEMO_DATA=false}.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class PlatformStartup {

    public static final String DATA_SOURCE = "java:app/jdbc/talent";
    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    @Any
    Instance<ModuleSchema> schemas;

    @Inject
    @Any
    Instance<ModuleSeed> moduleSeeds;

    @Inject
    SeedImport seeds;

    @Inject
    AccountSeeding accountSeeding;

    @Inject
    InterruptedWorkSweep interruptedWork;

    @Inject
    @ConfigProperty(name = "talent.demo.data", defaultValue = "true")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "talent.admin.password")
    Optional<String> adminPassword;

    @PostConstruct
    void start() {
        refuseBrokenSettings();
        refuseDevelopmentKeyInProduction();
        SchemaMigration.migrate(dataSource, schemas.stream().toList(), PlatformStartup.class.getClassLoader());
        seeds.importReferenceData();
        seeds.importInterpretations();
        seeds.importCalendar();
        seeds.importParameters();
        if (demoData) {
            seeds.importDemoData();
            accountSeeding.importDemoAccounts();
            moduleSeeds.forEach(ModuleSeed::loadDemoData);
        }
        accountSeeding.ensureAdministrator(adminPassword.orElse(null));
        // imports and report jobs a crashed process left running are failed (now, or within minutes of a quick restart)
        interruptedWork.sweep();
    }

    /**
     * Ends the process on a setting that breaks its rule, one line per setting: a failed deployment would leave the
     * process running, logging "ready" and answering 503 for ever. {@code halt}, not {@code exit}: the server's
     * shutdown hooks would wait for this very deployment to finish.
     */
    private static void refuseBrokenSettings() {
        Config config = ConfigProvider.getConfig();
        List<SettingRules.Broken> broken = SettingRules.check(name -> config.getOptionalValue(name, String.class));
        if (!broken.isEmpty()) {
            broken.forEach(b -> {
                LOG.severe("setting " + b);
                System.err.println("talent platform: setting " + b);
            });
            System.err.flush();
            Runtime.getRuntime().halt(EXIT_BROKEN_SETTING);
        }
    }

    /** The exit status of a start refused for a setting (sysexits' EX_CONFIG). */
    public static final int EXIT_BROKEN_SETTING = 78;

    private void refuseDevelopmentKeyInProduction() {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("the database cannot be reached", e);
        }
        LOG.info("database: " + product);
        if (PersonalDataKey.current().isDevelopmentKey()) {
            if (product.toLowerCase().contains("postgres")) {
                throw new IllegalStateException(
                        "TALENT_CRYPTO_KEY is not set: personal data on PostgreSQL needs a key of its own");
            }
            LOG.warning("TALENT_CRYPTO_KEY is not set: personal data is encrypted with the development key");
        }
    }
}
