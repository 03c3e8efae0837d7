package cn.gov.baotou.talent.core.audit;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class AuditOnPostgresTest extends AuditPersistenceContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.postgres();
    }
}
