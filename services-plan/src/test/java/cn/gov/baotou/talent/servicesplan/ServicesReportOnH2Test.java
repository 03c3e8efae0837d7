package cn.gov.baotou.talent.servicesplan;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class ServicesReportOnH2Test extends ServicesReportContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
