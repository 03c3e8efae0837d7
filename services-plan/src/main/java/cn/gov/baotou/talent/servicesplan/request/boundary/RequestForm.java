package cn.gov.baotou.talent.servicesplan.request.boundary;

/** A request as the enterprise types it: the module, a title, what it needs, and the day (empty: today). */
public record RequestForm(String module, String title, String description, String raisedOn) {}
