package cn.gov.baotou.talent.servicesplan.figures.boundary;

import cn.gov.baotou.talent.servicesplan.figures.entity.EnterpriseFigures;
import cn.gov.baotou.talent.servicesplan.figures.entity.FigureFilter;
import cn.gov.baotou.talent.servicesplan.figures.entity.FigureStatus;
import cn.gov.baotou.talent.servicesplan.flow.boundary.ListParams;
import cn.gov.baotou.talent.servicesplan.flow.boundary.Paging;
import cn.gov.baotou.talent.servicesplan.flow.entity.ListOrder;
import cn.gov.baotou.talent.servicesplan.quota.control.Basis;
import java.util.List;

/**
 * A search of enterprises' figures as the list page, the API and the export share it: {@code status}, {@code year},
 * {@code basis}, {@code district}, {@code q} (words of the enterprise's name), the column sorted by and the page; a
 * value that is not one is refused naming its parameter.
 */
public record FigureSearch(ListParams params, FigureFilter filter, ListOrder order) {

    public static final List<String> FILTERS = List.of("status", "year", "basis", "district", "q");

    public static FigureSearch of(ListParams p) {
        return new FigureSearch(
                p,
                new FigureFilter(
                        Paging.status(FigureStatus.class, p.get("status")),
                        Paging.year("year", p.get("year")),
                        Paging.choice(Basis.class, "basis", p.get("basis")),
                        Paging.district(p.get("district")),
                        p.get("q")),
                p.order(EnterpriseFigures.COLUMNS, EnterpriseFigures.NEWEST_YEARS));
    }
}
