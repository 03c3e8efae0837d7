package cn.gov.baotou.talent.core.web.control;

import java.util.List;

/**
 * A module's items on the caller's workbench. Each module provides one as a CDI bean and counts within the caller's
 * scope itself; core shows them all without knowing the modules.
 */
public interface WorkbenchSource {

    List<WorkItem> items();
}
