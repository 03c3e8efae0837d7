package cn.gov.baotou.talent.core.calendar.control;

import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.rest.DayText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One year's State Council holiday notice (国务院办公厅关于部分节假日安排的通知): the days that differ from the plain week,
 * checked on the way in because every deadline will be counted from them.
 */
public record HolidayNotice(int year, List<String> papers, List<Day> days) {

    static final int MAX_NAME = 60;
    static final int MAX_SOURCE = 500;

    /** A date that differs from the plain week: a day off of a holiday, or a weekend day worked for it (调休上班). */
    public record Day(LocalDate date, String name, boolean offDay) {

        public Day {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(name, "name");
        }
    }

    /** Refuses, naming each entry, what no notice says: see {@code calendar.notice.*} in the core messages. */
    public HolidayNotice {
        papers = List.copyOf(papers);
        days = List.copyOf(days);
        List<FieldError> errors = new ArrayList<>();
        if (year < 1000 || year > 9999) {
            errors.add(FieldError.of("year", "calendar.notice.year", String.valueOf(year)));
        }
        if (papers.isEmpty() || String.join(" ", papers).length() > MAX_SOURCE) {
            errors.add(FieldError.of("papers", "calendar.notice.papers"));
        }
        if (days.isEmpty()) {
            errors.add(FieldError.of("days", "calendar.notice.noDays"));
        }
        Map<LocalDate, Day> byDate = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            Day d = days.get(i);
            String at = "days[" + i + "].";
            String date = d.date().toString();
            if (byDate.putIfAbsent(d.date(), d) != null) {
                errors.add(FieldError.of(at + "date", "calendar.notice.duplicate", date));
            }
            if (d.name().isBlank() || d.name().length() > MAX_NAME) {
                errors.add(FieldError.of(at + "name", "calendar.notice.name", date));
            }
        }
        for (int i = 0; i < days.size(); i++) {
            Day d = days.get(i);
            String at = "days[" + i + "].";
            String date = d.date().toString();
            if (d.date().getYear() != year && !joinedToYear(d, year, byDate)) {
                errors.add(FieldError.of(at + "date", "calendar.notice.dateOutsideYear", date, String.valueOf(year)));
            }
            if (!d.offDay() && !weekend(d.date())) {
                errors.add(FieldError.of(at + "isOffDay", "calendar.notice.workingDayOnWeekday", date));
            }
            if (d.offDay() && weekend(d.date()) && !inHolidayWithWeekdayOff(d, byDate)) {
                errors.add(FieldError.of(at + "isOffDay", "calendar.notice.offDayOnWeekend", date));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    /**
     * Reads a notice as JSON: {@code {"year":2025,"papers":["https://…"],"days":[{"name":"春节","date":"2025-01-28",
     * "isOffDay":true}, …]}}; other members (such as {@code $schema}) are ignored.
     */
    public static HolidayNotice read(Reader json) {
        JsonObject o;
        try (JsonReader r = Json.createReader(json)) {
            o = r.readObject();
        } catch (JsonException e) {
            throw new InvalidInput("notice", "calendar.notice.unreadable", "");
        }
        List<FieldError> errors = new ArrayList<>();
        int year = 0;
        if (o.get("year") instanceof JsonNumber n && n.isIntegral()) {
            year = n.intValue();
        } else {
            errors.add(FieldError.of("year", "calendar.notice.year", String.valueOf(o.get("year"))));
        }
        List<String> papers = new ArrayList<>();
        if (o.get("papers") instanceof JsonArray a
                && !a.isEmpty()
                && a.stream()
                        .allMatch(
                                v -> v instanceof JsonString s && !s.getString().isBlank())) {
            a.getValuesAs(JsonString.class)
                    .forEach(s -> papers.add(s.getString().strip()));
        } else {
            errors.add(FieldError.of("papers", "calendar.notice.papers"));
        }
        List<Day> days = new ArrayList<>();
        if (o.get("days") instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                Day d = day(a.get(i), "days[" + i + "].", errors);
                if (d != null) {
                    days.add(d);
                }
            }
        } else {
            errors.add(FieldError.of("days", "calendar.notice.noDays"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new HolidayNotice(year, papers, days);
    }

    /** The notice's addresses as one text, as stored. */
    public String source() {
        return String.join(" ", papers);
    }

    private static Day day(JsonValue v, String at, List<FieldError> errors) {
        if (!(v instanceof JsonObject o)) {
            errors.add(FieldError.of(at.substring(0, at.length() - 1), "calendar.notice.unreadable"));
            return null;
        }
        LocalDate date = null;
        try {
            date = DayText.parse(o.getString("date", ""));
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(
                    at + "date",
                    "calendar.notice.date",
                    o.containsKey("date") ? o.get("date").toString() : ""));
        }
        String name = o.get("name") instanceof JsonString s ? s.getString().strip() : "";
        JsonValue off = o.get("isOffDay");
        boolean offDay = off != null && off.getValueType() == JsonValue.ValueType.TRUE;
        if (off == null || !(offDay || off.getValueType() == JsonValue.ValueType.FALSE)) {
            errors.add(FieldError.of(at + "isOffDay", "calendar.notice.isOffDay", off == null ? "" : off.toString()));
            return null;
        }
        return date == null ? null : new Day(date, name, offDay);
    }

    static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** A holiday may start in the last days of the year before (元旦 2023 began on 2022-12-31): listed, day by day. */
    private static boolean joinedToYear(Day d, int year, Map<LocalDate, Day> byDate) {
        int step = d.date().getYear() < year ? 1 : -1;
        for (Day at = d;
                at != null && at.name().equals(d.name());
                at = byDate.get(at.date().plusDays(step))) {
            if (at.date().getYear() == year) {
                return true;
            }
        }
        return false;
    }

    /** A weekend day is listed off only as part of a holiday that also gives weekdays off, in one unbroken run. */
    private static boolean inHolidayWithWeekdayOff(Day d, Map<LocalDate, Day> byDate) {
        for (int step : new int[] {-1, 1}) {
            for (Day at = d;
                    at != null && at.offDay() && at.name().equals(d.name());
                    at = byDate.get(at.date().plusDays(step))) {
                if (!weekend(at.date())) {
                    return true;
                }
            }
        }
        return false;
    }
}
