package cn.gov.baotou.talent.core.ledger;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class LedgerOnH2Test extends LedgerPersistenceContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
