package cn.gov.baotou.talent.servicesplan;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class DemoDataOnH2Test extends DemoDataContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
