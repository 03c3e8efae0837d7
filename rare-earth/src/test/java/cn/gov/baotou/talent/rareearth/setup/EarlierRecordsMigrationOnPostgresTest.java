package cn.gov.baotou.talent.rareearth.setup;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class EarlierRecordsMigrationOnPostgresTest extends EarlierRecordsMigrationContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.postgres();
    }
}
