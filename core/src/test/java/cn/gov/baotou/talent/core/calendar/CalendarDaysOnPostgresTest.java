package cn.gov.baotou.talent.core.calendar;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class CalendarDaysOnPostgresTest extends CalendarPersistenceContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.postgres();
    }
}
