package cn.gov.baotou.talent.servicesplan.request.entity;

/**
 * What a request is about: the custom modules of services-plan.6.2 (用工保障、交友婚恋、老人康养、职业教育), the task
 * forces' work of 6.1 (人才引进、政策宣传), one of a nominee's service items, or anything else.
 */
public enum ServiceModule {
    LABOUR,
    MATCHMAKING,
    ELDERLY_CARE,
    VOCATIONAL_EDUCATION,
    TALENT_RECRUITMENT,
    POLICY,
    SERVICE_ITEM,
    OTHER
}
