package cn.gov.baotou.talent.core.calendar.boundary;

import cn.gov.baotou.talent.core.calendar.control.WorkingDayCalendar;
import cn.gov.baotou.talent.core.calendar.entity.CalendarDays;
import cn.gov.baotou.talent.core.calendar.entity.CalendarYear;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** 节假日安排: the city office picks a year to see its days, or enters a year's notice as JSON (refusals keep the text). */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarDays calendarDays;

    @Inject
    transient CalendarEditing editing;

    private Integer year;
    private String notice;
    private transient CalendarYearView shown;

    /** The entered years, then the provisional one after them. */
    public List<Integer> getYears() {
        List<Integer> years = new ArrayList<>(
                calendarDays.years().stream().map(CalendarYear::year).toList());
        calendarDays.calendar().provisionalYear().ifPresent(years::add);
        return years;
    }

    /**
     * The chosen year (the latest entered unless one was picked), with its days; the provisional year with its expected
     * days; null when no year is entered.
     */
    public CalendarYearView getShown() {
        if (shown == null) {
            List<Integer> years = getYears();
            if (years.isEmpty()) {
                return null;
            }
            WorkingDayCalendar calendar = calendarDays.calendar();
            int last = calendar.years().last();
            int y = year != null && years.contains(year) ? year : last;
            if (calendar.provisionalYear().filter(p -> p == y).isPresent()) {
                shown = CalendarYearView.provisional(y, calendar.provisionalDays(y), calendar.workingDaysIn(y));
                return shown;
            }
            CalendarYear entered = calendarDays.year(y).orElseThrow();
            shown = CalendarYearView.of(
                    entered, calendarDays.days(y), calendarDays.calendar().workingDaysIn(y));
        }
        return shown;
    }

    public void enter() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Messages m = Messages.in(faces.getViewRoot().getLocale());
        try {
            CalendarYear entered = editing.replace(null, new StringReader(notice == null ? "" : notice));
            year = entered.year();
            notice = null;
            shown = null;
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO, m.get("calendarAdmin.entered", String.valueOf(year)), null));
        } catch (InvalidInput e) {
            for (FieldError error : e.errors()) {
                faces.addMessage(
                        "noticeForm:notice",
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, error.field() + "：" + m.get(error), null));
            }
            faces.validationFailed();
        }
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
        this.shown = null;
    }

    public String getNotice() {
        return notice;
    }

    public void setNotice(String notice) {
        this.notice = notice;
    }
}
