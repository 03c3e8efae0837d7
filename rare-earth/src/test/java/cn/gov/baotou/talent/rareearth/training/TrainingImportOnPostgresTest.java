package cn.gov.baotou.talent.rareearth.training;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class TrainingImportOnPostgresTest extends TrainingImportContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.postgres();
    }
}
