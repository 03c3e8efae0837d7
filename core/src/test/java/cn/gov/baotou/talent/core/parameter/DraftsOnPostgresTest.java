package cn.gov.baotou.talent.core.parameter;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class DraftsOnPostgresTest extends DraftPersistenceContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.postgres();
    }
}
