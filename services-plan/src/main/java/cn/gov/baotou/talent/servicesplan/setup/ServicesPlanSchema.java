package cn.gov.baotou.talent.servicesplan.setup;

import cn.gov.baotou.talent.core.setup.control.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** This module's tables and their migrations under db/migration/services-plan, with a history table of their own. */
@ApplicationScoped
public class ServicesPlanSchema implements ModuleSchema {

    @Override
    public String module() {
        return "services-plan";
    }

    @Override
    public int order() {
        return 10;
    }
}
