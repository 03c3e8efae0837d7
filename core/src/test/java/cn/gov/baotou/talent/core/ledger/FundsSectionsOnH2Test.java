package cn.gov.baotou.talent.core.ledger;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class FundsSectionsOnH2Test extends FundsSectionsContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
