package cn.gov.baotou.talent.servicesplan;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class ServiceScopeOnH2Test extends ServiceScopeContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
