package cn.gov.baotou.talent.core.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;

/** A year whose State Council holiday notice has been entered: where the notice was published and when it was loaded. */
@Entity
@Audited
@Table(name = "core_calendar_year")
public class CalendarYear {

    @Id
    @Column(name = "calendar_year")
    private int year;

    /** The notice's addresses, separated by spaces. */
    @Column(nullable = false, length = 500)
    private String source;

    /** Beijing time. */
    @Column(name = "loaded_at", nullable = false)
    private LocalDateTime loadedAt;

    protected CalendarYear() {}

    public CalendarYear(int year, String source, LocalDateTime loadedAt) {
        this.year = year;
        this.source = source;
        this.loadedAt = loadedAt;
    }

    void reload(String source, LocalDateTime loadedAt) {
        this.source = source;
        this.loadedAt = loadedAt;
    }

    public int year() {
        return year;
    }

    public List<String> source() {
        return source.isBlank() ? List.of() : Arrays.asList(source.split("\\s+"));
    }

    public LocalDateTime loadedAt() {
        return loadedAt;
    }
}
