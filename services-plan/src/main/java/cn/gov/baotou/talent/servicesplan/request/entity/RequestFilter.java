package cn.gov.baotou.talent.servicesplan.request.entity;

import java.time.LocalDate;

/**
 * What a list of service requests is narrowed to, within the caller's scope: a state, a module, only those overdue on
 * a day, a district, words of the title or the enterprise's name; null is any.
 */
public record RequestFilter(
        RequestStatus status, ServiceModule module, LocalDate overdueOn, String districtCode, String text) {

    public static RequestFilter of(RequestStatus status, LocalDate overdueOn) {
        return new RequestFilter(status, null, overdueOn, null, null);
    }
}
