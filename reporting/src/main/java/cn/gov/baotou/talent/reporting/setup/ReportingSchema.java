package cn.gov.baotou.talent.reporting.setup;

import cn.gov.baotou.talent.core.setup.control.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** This module's tables and their migrations under db/migration/reporting, with a history table of their own. */
@ApplicationScoped
public class ReportingSchema implements ModuleSchema {

    @Override
    public String module() {
        return "reporting";
    }

    @Override
    public int order() {
        return 20;
    }
}
