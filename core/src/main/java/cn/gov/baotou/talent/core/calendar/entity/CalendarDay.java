package cn.gov.baotou.talent.core.calendar.entity;

import cn.gov.baotou.talent.core.calendar.control.HolidayNotice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * A date that a year's notice lists as different from the plain week: a day off of a holiday, or a weekend day worked
 * (调休上班). It may lie just outside that year (元旦 2023 began on 2022-12-31).
 */
@Entity
@Audited
@Table(name = "core_calendar_day")
public class CalendarDay {

    @Id
    @Column(name = "calendar_date")
    private LocalDate date;

    /** The year of the notice that lists the day. */
    @Column(name = "calendar_year", nullable = false)
    private int year;

    @Column(name = "off_day", nullable = false)
    private boolean offDay;

    @Column(nullable = false, length = 60)
    private String name;

    protected CalendarDay() {}

    public CalendarDay(int year, HolidayNotice.Day day) {
        this.date = day.date();
        this.year = year;
        set(day);
    }

    void set(HolidayNotice.Day day) {
        this.offDay = day.offDay();
        this.name = day.name();
    }

    public LocalDate date() {
        return date;
    }

    public int year() {
        return year;
    }

    public boolean offDay() {
        return offDay;
    }

    public String name() {
        return name;
    }
}
