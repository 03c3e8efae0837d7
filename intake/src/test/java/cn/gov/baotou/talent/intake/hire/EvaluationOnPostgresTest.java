package cn.gov.baotou.talent.intake.hire;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class EvaluationOnPostgresTest extends EvaluationContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.postgres();
    }
}
