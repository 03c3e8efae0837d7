package cn.gov.baotou.talent.core.document;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class DocumentsOnPostgresTest extends DocumentPersistenceContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.postgres();
    }
}
