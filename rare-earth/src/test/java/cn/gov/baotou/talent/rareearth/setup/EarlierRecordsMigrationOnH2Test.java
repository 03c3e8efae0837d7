package cn.gov.baotou.talent.rareearth.setup;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class EarlierRecordsMigrationOnH2Test extends EarlierRecordsMigrationContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
