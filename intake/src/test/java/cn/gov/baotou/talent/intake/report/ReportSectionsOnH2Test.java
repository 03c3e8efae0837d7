package cn.gov.baotou.talent.intake.report;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class ReportSectionsOnH2Test extends ReportSectionsContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
