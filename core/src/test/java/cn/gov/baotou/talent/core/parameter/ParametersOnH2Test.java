package cn.gov.baotou.talent.core.parameter;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class ParametersOnH2Test extends ParameterPersistenceContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
