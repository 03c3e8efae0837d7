package cn.gov.baotou.talent.core.ledger;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class ProvisionalDueDatesOnPostgresTest extends ProvisionalDueDatesContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.postgres();
    }
}
