package cn.gov.baotou.talent.rareearth.forecast;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class RareEarthForecastOnPostgresTest extends RareEarthForecastContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.postgres();
    }
}
