package cn.gov.baotou.talent.core.setup.control;

/**
 * A module's own schema: its Flyway migrations under {@code db/migration/<module>} and its own history table, so a
 * module team adds a migration without touching another module. Each module provides one as a CDI bean.
 */
public interface ModuleSchema {

    /** The folder name under {@code db/migration/} and the suffix of the history table. */
    String module();

    /** Lower runs first; core is 0, policy modules 10, reporting 20. */
    int order();
}
