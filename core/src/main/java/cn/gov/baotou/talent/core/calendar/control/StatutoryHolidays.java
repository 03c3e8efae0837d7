package cn.gov.baotou.talent.core.calendar.control;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days off a year would have without its State Council notice, from 《全国年节及纪念日放假办法》 as amended in 2024
 * (国务院令第774号): 第二条 元旦 1 day, 春节 4 (除夕 and 正月初一至初三), 清明节 1, 劳动节 2 (5月1日、2日), 端午节 1, 中秋节 1,
 * 国庆节 3 (10月1日至3日); 第六条 a holiday of all citizens that falls on a Saturday or Sunday is made up on a working
 * day: the platform takes the next one (as the notices do for 元旦). A holiday that falls on another holiday (中秋 on
 * 10月3日 in 2028) is made up likewise, as the 2020 notice gave both. The notice's make-up working days (调休上班) cannot
 * be foreseen and are not guessed: the days are provisional (预计) until the notice is entered.
 */
public final class StatutoryHolidays {

    /** The name a made-up day (补假) carries after its holiday's. */
    public static final String MADE_UP = "（补假）";

    private StatutoryHolidays() {}

    /** The year's days off in date order: the holidays themselves (weekend ones too), then each made-up day. */
    public static List<HolidayNotice.Day> of(int year) {
        List<HolidayNotice.Day> holidays = holidays(year);
        Set<LocalDate> taken = new TreeSet<>();
        holidays.forEach(h -> taken.add(h.date()));
        List<HolidayNotice.Day> days = new ArrayList<>();
        Set<LocalDate> seen = new TreeSet<>();
        for (HolidayNotice.Day h : holidays) {
            boolean lost = HolidayNotice.weekend(h.date()) || !seen.add(h.date());
            if (!lost) {
                days.add(h);
                continue;
            }
            if (!days.stream().anyMatch(d -> d.date().equals(h.date()))) {
                days.add(h);
            }
            LocalDate makeUp = h.date().plusDays(1);
            while (HolidayNotice.weekend(makeUp) || taken.contains(makeUp)) {
                makeUp = makeUp.plusDays(1);
            }
            taken.add(makeUp);
            days.add(new HolidayNotice.Day(makeUp, h.name() + MADE_UP, true));
        }
        days.sort(Comparator.comparing(HolidayNotice.Day::date));
        return List.copyOf(days);
    }

    /** Each holiday's dates in the year, in date order; the lunar and solar-term dates from the 6tail lunar library. */
    static List<HolidayNotice.Day> holidays(int year) {
        List<HolidayNotice.Day> h = new ArrayList<>();
        h.add(day(LocalDate.of(year, 1, 1), "元旦"));
        LocalDate springFestival = date(Lunar.fromYmd(year, 1, 1).getSolar());
        for (int i = -1; i <= 2; i++) {
            h.add(day(springFestival.plusDays(i), "春节"));
        }
        h.add(day(qingming(year), "清明节"));
        h.add(day(LocalDate.of(year, 5, 1), "劳动节"));
        h.add(day(LocalDate.of(year, 5, 2), "劳动节"));
        h.add(day(date(Lunar.fromYmd(year, 5, 5).getSolar()), "端午节"));
        h.add(day(date(Lunar.fromYmd(year, 8, 15).getSolar()), "中秋节"));
        for (int d = 1; d <= 3; d++) {
            h.add(day(LocalDate.of(year, 10, d), "国庆节"));
        }
        h.sort(Comparator.comparing(HolidayNotice.Day::date));
        return h;
    }

    /** 清明, the solar term, looked up in the table of the lunar year that holds mid-April. */
    private static LocalDate qingming(int year) {
        return date(Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable().get("清明"));
    }

    private static HolidayNotice.Day day(LocalDate date, String name) {
        return new HolidayNotice.Day(date, name, true);
    }

    private static LocalDate date(Solar s) {
        return LocalDate.of(s.getYear(), s.getMonth(), s.getDay());
    }
}
