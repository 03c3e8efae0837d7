package cn.gov.baotou.talent.core.ledger;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class LedgerConcurrencyOnH2Test extends LedgerConcurrencyContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
