package cn.gov.baotou.talent.core.setup.control;

import jakarta.enterprise.context.ApplicationScoped;

/** The core tables (prefix {@code core_}); every other module's tables may refer to them. */
@ApplicationScoped
public class CoreSchema implements ModuleSchema {

    @Override
    public String module() {
        return "core";
    }

    @Override
    public int order() {
        return 0;
    }
}
