package cn.gov.baotou.talent.rareearth.training.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.account.entity.Visibility;
import cn.gov.baotou.talent.core.refusal.Forbidden;
import cn.gov.baotou.talent.rareearth.training.control.RawRow;
import cn.gov.baotou.talent.rareearth.training.control.TrainingColumn;
import cn.gov.baotou.talent.rareearth.training.control.TrainingRow;
import cn.gov.baotou.talent.rareearth.training.control.TrainingSheetCheck;
import cn.gov.baotou.talent.rareearth.training.entity.TrainingBatch;
import cn.gov.baotou.talent.rareearth.training.entity.TrainingRecord;
import cn.gov.baotou.talent.rareearth.training.entity.TrainingRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports training records (rare-earth.7): the education bureau, which leads the measure, or the city office uploads
 * a file; a file with any bad row is refused whole ({@link ImportRefused}) and nothing of it is kept.
 */
@ApplicationScoped
@Transactional
public class TrainingDesk {

    /** 市教育局, the lead unit of rare-earth.7. */
    public static final String EDUCATION = "EDUCATION";

    @Inject
    TrainingRecords records;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public TrainingDesk() {}

    /** For use outside the container (tests), with an entity manager whose transaction the caller runs. */
    public TrainingDesk(EntityManager em, Caller caller, Clock clock) {
        this.records = new TrainingRecords(em);
        this.caller = caller;
        this.clock = clock;
    }

    public boolean mayImport() {
        return caller.is(Role.CITY_OFFICE)
                || caller.is(Role.DEPARTMENT) && EDUCATION.equals(caller.scope().departmentCode());
    }

    public TrainingBatch importFile(String fileName, InputStream content) {
        if (!mayImport()) {
            throw new Forbidden("import training records");
        }
        List<RawRow> sheet = TrainingWorkbook.read(content);
        Set<String> codes = column(sheet, TrainingColumn.PARTNER_CREDIT_CODE).stream()
                .map(String::toUpperCase)
                .collect(Collectors.toSet());
        TrainingSheetCheck.Lookups lookups = new TrainingSheetCheck.Lookups(
                records.enterprises(codes),
                records.districts(),
                records.imported(column(sheet, TrainingColumn.INSTITUTION)));
        TrainingSheetCheck.Result result = TrainingSheetCheck.check(sheet, lookups, LocalDate.now(clock));
        if (!result.accepted()) {
            throw new ImportRefused(result.problems());
        }
        String name = fileName == null || fileName.isBlank() ? "培养记录.xlsx" : fileName.strip();
        TrainingBatch batch = new TrainingBatch(
                name.length() > 200 ? name.substring(0, 200) : name,
                result.rows().size(),
                caller.getUsername(),
                clock.instant());
        records.add(batch);
        for (TrainingRow r : result.rows()) {
            records.add(new TrainingRecord(batch.id(), r));
        }
        return batch;
    }

    public List<TrainingRecord> search(int year, int first, int max) {
        return records.search(readers(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), first, max);
    }

    public long count(int year) {
        return records.count(readers(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public List<TrainingBatch> batches() {
        return mayImport() || caller.visibility().all() ? records.batches(20) : List.of();
    }

    /** The education bureau reads every record as the city-wide roles do; a district its own. */
    private Visibility readers() {
        return mayImport() ? Visibility.EVERYTHING : caller.visibility();
    }

    private static Set<String> column(List<RawRow> sheet, TrainingColumn c) {
        return sheet.stream()
                .skip(1)
                .map(r -> r.cell(c))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
