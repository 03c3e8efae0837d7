package cn.gov.baotou.talent.rareearth.measure;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class MeasureBoardOnH2Test extends MeasureBoardContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
