package cn.gov.baotou.talent.core.calendar;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class CalendarDaysOnH2Test extends CalendarPersistenceContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
