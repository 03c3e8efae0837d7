package cn.gov.baotou.talent.servicesplan;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class ServicesPlanRequestsOnH2Test extends ServicesPlanRequestsContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
