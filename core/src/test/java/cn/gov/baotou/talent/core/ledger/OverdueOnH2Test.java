package cn.gov.baotou.talent.core.ledger;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class OverdueOnH2Test extends OverdueContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
