package cn.gov.baotou.talent.intake.report;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class ReportSectionsOnPostgresTest extends ReportSectionsContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.postgres();
    }
}
