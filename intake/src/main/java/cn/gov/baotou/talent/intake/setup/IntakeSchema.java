package cn.gov.baotou.talent.intake.setup;

import cn.gov.baotou.talent.core.setup.control.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** This module's tables and their migrations under db/migration/intake, with a history table of their own. */
@ApplicationScoped
public class IntakeSchema implements ModuleSchema {

    @Override
    public String module() {
        return "intake";
    }

    @Override
    public int order() {
        return 10;
    }
}
