package cn.gov.baotou.talent.intake.hire;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class EvaluationOnH2Test extends EvaluationContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
