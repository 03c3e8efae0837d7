package cn.gov.baotou.talent.reporting.archive.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.clock.control.Beijing;
import cn.gov.baotou.talent.core.refusal.InvalidInput;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.web.boundary.LocaleChoice;
import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.reporting.archive.entity.ArchivedReport;
import cn.gov.baotou.talent.reporting.web.ReportingMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * 报表归档: the archived months, the latest first, each with its four reports (generated when, under which parameter
 * version, SHA-256), each opened as it was; the city office may archive an ended month now.
 */
@Named
@RequestScoped
public class ArchivePage {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Beijing.ZONE);

    @Inject
    MonthlyArchive archive;

    @Inject
    Caller caller;

    @Inject
    LocaleChoice locale;

    private List<Month> months;
    private String month;
    private boolean readable = true;

    /** One archived month with its reports. */
    public record Month(String month, String label, List<ArchivedReport> reports) {}

    /** Reads the archive before the page renders (f:viewAction), so that a refusal shows above it. */
    public void load() {
        getMonths();
    }

    public boolean isReadable() {
        return readable;
    }

    public List<Month> getMonths() {
        if (months == null) {
            months = new ArrayList<>();
            try {
                Map<YearMonth, List<ArchivedReport>> byMonth = new LinkedHashMap<>();
                for (ArchivedReport a : archive.list()) {
                    byMonth.computeIfAbsent(a.month(), m -> new ArrayList<>()).add(a);
                }
                Messages m = Messages.in(locale.getLocale());
                byMonth.forEach((ym, reports) -> months.add(new Month(
                        ym.toString(),
                        m.get(
                                ReportingMessages.BUNDLE,
                                "archive.monthLabel",
                                String.valueOf(ym.getYear()),
                                ym.getMonthValue()),
                        reports)));
            } catch (RuntimeException e) {
                readable = false;
                PageReplies.refuse(e, PageReplies.atTop(), ReportingMessages.BUNDLE);
            }
        }
        return months;
    }

    public boolean isMayArchive() {
        return caller.is(Role.CITY_OFFICE);
    }

    /** The city office archives the month typed (or the months due when left empty). */
    public void archiveNow() {
        try {
            YearMonth ym = null;
            if (month != null && !month.isBlank()) {
                try {
                    ym = YearMonth.parse(month.strip());
                } catch (DateTimeParseException e) {
                    throw new InvalidInput(List.of(ReportingMessages.error("month", "period.month", month)));
                }
            }
            List<YearMonth> done = archive.archiveNow(ym);
            Messages m = Messages.in(locale.getLocale());
            String text = done.isEmpty()
                    ? m.get(ReportingMessages.BUNDLE, "archive.nothing")
                    : m.get(
                            ReportingMessages.BUNDLE,
                            "archive.done",
                            done.stream()
                                    .map(YearMonth::toString)
                                    .reduce((a, b) -> a + "、" + b)
                                    .orElse(""));
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
            months = null;
        } catch (RuntimeException e) {
            PageReplies.refuse(e, PageReplies.atTop(), ReportingMessages.BUNDLE);
        }
    }

    public String time(ArchivedReport a) {
        return TIME.format(a.generatedAt());
    }

    public String title(ArchivedReport a) {
        return Messages.in(locale.getLocale())
                .get(ReportingMessages.BUNDLE, "kind." + a.kind().name());
    }

    /** Size as read: 245.3 KB. */
    public String size(ArchivedReport a) {
        return String.format(Locale.ROOT, "%.1f KB", a.sizeBytes() / 1024.0);
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
