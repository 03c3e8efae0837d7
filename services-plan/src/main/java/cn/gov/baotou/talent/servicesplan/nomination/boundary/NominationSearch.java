package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import cn.gov.baotou.talent.servicesplan.flow.boundary.ListParams;
import cn.gov.baotou.talent.servicesplan.flow.boundary.Paging;
import cn.gov.baotou.talent.servicesplan.flow.entity.ListOrder;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NominationFilter;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominations;
import java.util.List;

/**
 * A search of nominations as the list page, the API and the export share it: {@code status}, {@code year} (the quota
 * year), {@code district}, {@code q} (words of the enterprise's name), the column sorted by and the page; a value that
 * is not one is refused naming its parameter.
 */
public record NominationSearch(ListParams params, NominationFilter filter, ListOrder order) {

    public static final List<String> FILTERS = List.of("status", "year", "district", "q");

    public static NominationSearch of(ListParams p) {
        return new NominationSearch(
                p,
                new NominationFilter(
                        Paging.status(NominationStatus.class, p.get("status")),
                        Paging.year("year", p.get("year")),
                        Paging.district(p.get("district")),
                        p.get("q")),
                p.order(Nominations.COLUMNS, Nominations.LATEST));
    }
}
