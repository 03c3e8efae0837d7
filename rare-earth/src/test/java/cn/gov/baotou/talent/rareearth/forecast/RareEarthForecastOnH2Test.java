package cn.gov.baotou.talent.rareearth.forecast;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class RareEarthForecastOnH2Test extends RareEarthForecastContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
