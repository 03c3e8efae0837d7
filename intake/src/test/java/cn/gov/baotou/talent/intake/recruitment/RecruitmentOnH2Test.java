package cn.gov.baotou.talent.intake.recruitment;

import cn.gov.baotou.talent.core.testing.TestDatabases;
import javax.sql.DataSource;

class RecruitmentOnH2Test extends RecruitmentPersistenceContract {

    @Override
    DataSource freshDatabase() {
        return TestDatabases.h2();
    }
}
