package cn.gov.baotou.talent.reporting.store;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class ReportingOnPostgresTest extends ReportingPersistenceContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.postgres();
    }
}
