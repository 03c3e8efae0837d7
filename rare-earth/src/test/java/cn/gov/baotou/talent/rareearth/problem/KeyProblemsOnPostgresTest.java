package cn.gov.baotou.talent.rareearth.problem;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class KeyProblemsOnPostgresTest extends KeyProblemsContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.postgres();
    }
}
