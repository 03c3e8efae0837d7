package cn.gov.baotou.talent.servicesplan;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class ServicesPlanScopeOnH2Test extends ServicesPlanScopeContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
