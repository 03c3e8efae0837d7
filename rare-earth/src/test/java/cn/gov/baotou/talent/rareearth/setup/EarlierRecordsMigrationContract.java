package cn.gov.baotou.talent.rareearth.setup;

import static cn.gov.baotou.talent.core.testing.Transactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.baotou.talent.core.audit.entity.Revision;
import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.registry.entity.District;
import cn.gov.baotou.talent.core.registry.entity.Industry;
import cn.gov.baotou.talent.core.setup.boundary.SeedImport;
import cn.gov.baotou.talent.core.setup.control.SchemaMigration;
import cn.gov.baotou.talent.core.testing.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The records of an installation from before issue 14's second part, migrated: a measure-5 grant booked under the bare
 * purpose takes its income year, the year before its application (V7); a measure-6 application 教育局 had approved on
 * the rate it stated keeps that rate as 教育局's, with a reason saying so, while one still at its review waits (V8). Run
 * on H2 and PostgreSQL.
 */
abstract class EarlierRecordsMigrationContract {

    abstract DataSource freshDatabase();

    @Test
    void grantsTakeTheirIncomeYearAndApprovedRatesBecomeTheBureaus() throws SQLException {
        DataSource ds = TestDatabases.migrated(freshDatabase(), "core");
        EntityManagerFactory emf = TestDatabases.entityManagerFactory(
                ds, List.of(District.class, Industry.class, Policy.class, Clause.class, Revision.class));
        inTransaction(emf, em -> new SeedImport(em).importReferenceData());
        emf.close();
        Flyway.configure(EarlierRecordsMigrationContract.class.getClassLoader())
                .dataSource(ds)
                .locations("classpath:db/migration/rare-earth")
                .table("flyway_history_rare_earth")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .target("6")
                .load()
                .migrate();
        execute(
                ds,
                "insert into core_enterprise (id, version, credit_code, name, district_code, industry_code,"
                        + " above_designated_size, high_tech, key_project_investment_yuan, rare_earth)"
                        + " values (1, 0, '91150271MAYY0D013N', '示范', '150271', 'NEW_MATERIALS', true, false, 0, true)",
                grant(1, "MIGRANT_ENGINEER_SUBSIDY", "application-11", "rare-earth.5"),
                grant(2, "MIGRANT_ENGINEER_SUBSIDY", "manual-1", "rare-earth.5"),
                application(11, 5, "GRANTED", "2024-09-27", null, 1),
                application(21, 6, "GRANTED", "2024-09-27", "5000.00", null),
                application(22, 6, "SUBMITTED", "2024-10-08", "4000.00", null));

        SchemaMigration.migrate(ds, "rare-earth", EarlierRecordsMigrationContract.class.getClassLoader());

        assertThat(text(ds, "select purpose from core_grant where id = 1")).isEqualTo("MIGRANT_ENGINEER_SUBSIDY_2023");
        // not an application's: left as it was
        assertThat(text(ds, "select purpose from core_grant where id = 2")).isEqualTo("MIGRANT_ENGINEER_SUBSIDY");
        assertThat(text(ds, "select decided_yuan from re_application where id = 21"))
                .isEqualTo("5000.00");
        assertThat(text(ds, "select decision_reason from re_application where id = 21"))
                .contains("平台迁移");
        assertThat(text(ds, "select decided_yuan from re_application where id = 22"))
                .isNull();
    }

    private static String grant(long id, String purpose, String source, String clause) {
        return "insert into core_grant (id, version, beneficiary_kind, beneficiary_id, enterprise_id, purpose,"
                + " policy_id, clause_id, version_from, source_module, source_reference, district_code, total_yuan,"
                + " city_share_yuan, district_share_yuan, basis_date, due_date, status, granted_by, granted_at)"
                + " values (" + id + ", 0, 'ENTERPRISE', " + id + ", 1, '" + purpose + "', 'rare-earth', '" + clause
                + "', date '2022-04-05', 'rare-earth', '" + source + "', '150271', 60000, 60000, 0,"
                + " date '2024-10-10', date '2024-10-24', 'COMMITTED', 'city', timestamp with time zone"
                + " '2024-10-10 10:00:00+08:00')";
    }

    private static String application(
            long id, int measure, String status, String submitted, String rate, Integer grant) {
        return "insert into re_application (id, version, measure_no, status, enterprise_id, district_code,"
                + " beneficiary_kind, subject, quantity, rate_yuan, full_time, submitted_on, submitted_by, grant_id)"
                + " values (" + id + ", 0, " + measure + ", '" + status + "', 1, '150271', 'ENTERPRISE', '事项', 100, "
                + (rate == null ? "null" : rate) + ", false, date '" + submitted + "', 'magnet', "
                + (grant == null ? "null" : grant) + ")";
    }

    private static void execute(DataSource ds, String... statements) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static String text(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
