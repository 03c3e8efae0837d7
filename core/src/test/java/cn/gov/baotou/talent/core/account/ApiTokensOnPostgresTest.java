package cn.gov.baotou.talent.core.account;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class ApiTokensOnPostgresTest extends ApiTokensContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.postgres();
    }
}
