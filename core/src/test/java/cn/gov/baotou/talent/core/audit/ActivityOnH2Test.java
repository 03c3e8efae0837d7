package cn.gov.baotou.talent.core.audit;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class ActivityOnH2Test extends ActivityPersistenceContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
