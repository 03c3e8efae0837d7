package cn.gov.baotou.talent.core.notice;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class NotificationsOnPostgresTest extends NotificationsContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.postgres();
    }
}
