package cn.gov.baotou.talent.servicesplan;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class ServicesPlanFlowOnH2Test extends ServicesPlanFlowContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
