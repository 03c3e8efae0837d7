package cn.gov.baotou.talent.servicesplan.nomination.entity;

/**
 * What a list of nominations is narrowed to, within the caller's scope: a state, a quota year, a district, words of
 * the enterprise's name; null is any.
 */
public record NominationFilter(NominationStatus status, Integer year, String districtCode, String text) {

    public static final NominationFilter ALL = new NominationFilter(null, null, null, null);

    public static NominationFilter of(NominationStatus status, Integer year) {
        return new NominationFilter(status, year, null, null);
    }
}
