package cn.gov.baotou.talent.core.web.control;

import java.util.List;

/**
 * A module's entries in the common layout's navigation. Each module provides one as a CDI bean; core's layout shows
 * them all without knowing the modules.
 */
public interface ModuleNavigation {

    List<NavigationLink> links();
}
