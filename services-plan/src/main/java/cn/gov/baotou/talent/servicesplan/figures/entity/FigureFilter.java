package cn.gov.baotou.talent.servicesplan.figures.entity;

import cn.gov.baotou.talent.servicesplan.quota.control.Basis;

/**
 * What a list of figures is narrowed to, within the caller's scope: a state, a year, revenue or investment, a
 * district, words of the enterprise's name; null is any.
 */
public record FigureFilter(FigureStatus status, Integer year, Basis basis, String districtCode, String text) {

    public static FigureFilter of(FigureStatus status, Integer year) {
        return new FigureFilter(status, year, null, null, null);
    }
}
