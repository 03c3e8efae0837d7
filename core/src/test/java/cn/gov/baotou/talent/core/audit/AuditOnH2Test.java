package cn.gov.baotou.talent.core.audit;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class AuditOnH2Test extends AuditPersistenceContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
