package cn.gov.baotou.talent.rareearth.grant;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class DecisiveDayOnH2Test extends DecisiveDayContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
