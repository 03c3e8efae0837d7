package cn.gov.baotou.talent.servicesplan.service.boundary;

/** A service item's new status (REQUESTED, IN_PROGRESS, DONE, NOT_NEEDED) and a note of what was done. */
public record ServiceItemForm(String status, String note) {}
