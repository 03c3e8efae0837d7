package cn.gov.baotou.talent.rareearth.setup;

import cn.gov.baotou.talent.core.setup.control.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

/** This module's tables and their migrations under db/migration/rare-earth, with a history table of their own. */
@ApplicationScoped
public class RareEarthSchema implements ModuleSchema {

    @Override
    public String module() {
        return "rare-earth";
    }

    @Override
    public int order() {
        return 10;
    }
}
