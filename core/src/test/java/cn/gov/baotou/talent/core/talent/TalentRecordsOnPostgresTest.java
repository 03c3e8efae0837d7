package cn.gov.baotou.talent.core.talent;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class TalentRecordsOnPostgresTest extends TalentRecordsContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.postgres();
    }
}
