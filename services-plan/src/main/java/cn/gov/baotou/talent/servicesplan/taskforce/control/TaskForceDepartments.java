package cn.gov.baotou.talent.servicesplan.taskforce.control;

import java.util.List;

/**
 * The departments each district joins into its 人才服务工作专班 (services-plan.6.1): 宣传、人社、工信、公安、教育、卫健,
 * by their codes in seeds/reference/departments.csv.
 */
public final class TaskForceDepartments {

    public static final String CLAUSE = "services-plan.6.1";

    public static final List<String> CODES =
            List.of("PUBLICITY", "HUMAN_RESOURCES", "INDUSTRY_IT", "PUBLIC_SECURITY", "EDUCATION", "HEALTH");

    private TaskForceDepartments() {}
}
