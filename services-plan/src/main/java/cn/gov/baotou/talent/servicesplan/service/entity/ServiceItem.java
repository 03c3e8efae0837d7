package cn.gov.baotou.talent.servicesplan.service.entity;

/** One of the 16 service items of 《包头市服务高层次人才若干措施》 (services-plan.6.1) and the department responsible. */
public record ServiceItem(String code, String name, String nameEn, String departmentCode) {}
