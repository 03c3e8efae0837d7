package cn.gov.baotou.talent.rareearth.grant;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class DecisiveDayOnPostgresTest extends DecisiveDayContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.postgres();
    }
}
