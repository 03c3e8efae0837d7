package cn.gov.baotou.talent.core.registry;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class RegistryOnPostgresTest extends RegistryPersistenceContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.postgres();
    }
}
