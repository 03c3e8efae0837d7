package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.entity.Role;
import cn.gov.baotou.talent.core.notice.entity.Audience;
import cn.gov.baotou.talent.core.refusal.FieldError;
import cn.gov.baotou.talent.core.refusal.Messages;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.sheet.control.Sheet;
import cn.gov.baotou.talent.core.sheet.control.SheetRow;
import cn.gov.baotou.talent.intake.demand.entity.Disciplines;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeEligibility;
import cn.gov.baotou.talent.intake.eligibility.control.IntakeStandard;
import cn.gov.baotou.talent.intake.hire.control.HireAction;
import cn.gov.baotou.talent.intake.hire.control.HireColumn;
import cn.gov.baotou.talent.intake.hire.control.HireWorkflow;
import cn.gov.baotou.talent.intake.hire.control.RowProblem;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 批量报送 (intake.5.3): every row of an uploaded sheet read and checked by the rules of one submission ({@link
 * Submission#read}), each person once in the file and without a case under way; only when no row has a problem are
 * they all submitted, each with the eligibility of the day, in the caller's one transaction. Otherwise the whole file
 * is refused with every problem found, and nothing is written.
 */
final class BulkSubmission {

    private final HireDesk desk;

    BulkSubmission(HireDesk desk) {
        this.desk = desk;
    }

    /** A row that passed, with what it will be submitted as. */
    private record Accepted(int row, Submission.Applicant applicant) {}

    HireImportResult submit(String fileName, Sheet sheet, int maxRows, ImportTracker tracker, String ticket) {
        HireWorkflow.permit(HireAction.SUBMIT, desk.caller.role());
        HireWorkflow.next(HireAction.SUBMIT, null);
        // the checks read, the import writes once at the commit: no query re-examines every row loaded so far
        desk.hires.writeAtCommit();
        LocalDate today = desk.today();
        Submission one = new Submission(desk, true);
        Enterprise enterprise = one.submitter(today);
        IntakeStandard standard = desk.standards.on(today, "submittedOn");
        HireRows reading = new HireRows(Disciplines.names());
        List<RowProblem> problems = new ArrayList<>();
        List<SheetRow> data = reading.data(sheet, problems);
        if (problems.isEmpty() && data.isEmpty()) {
            problems.add(fileProblem("import.file.empty"));
        } else if (sheet.truncated() || data.size() > maxRows) {
            problems.add(fileProblem("import.file.tooManyRows", String.valueOf(maxRows)));
        }
        refuseIf(problems);
        tracker.checking(data.size());
        List<Accepted> accepted = check(data, reading, one, today, problems, tracker);
        refuseIf(problems);
        tracker.importing(accepted.size());
        List<ImportedHire> hires = new ArrayList<>();
        for (Accepted a : accepted) {
            String note = desk.message("import.activity", fileName, String.valueOf(a.row()));
            Hire h = one.record(enterprise, a.applicant(), standard, today, note);
            hires.add(ImportedHire.of(a.row(), h));
            tracker.imported(hires.size(), accepted.size());
        }
        tellCityOffice(enterprise, fileName, hires.size());
        return HireImportResult.of(tracker.importId(), ticket, fileName, hires);
    }

    private List<Accepted> check(
            List<SheetRow> data,
            HireRows reading,
            Submission one,
            LocalDate today,
            List<RowProblem> problems,
            ImportTracker tracker) {
        List<Accepted> accepted = new ArrayList<>();
        Map<String, Integer> firstRowOf = new HashMap<>();
        int done = 0;
        for (SheetRow r : data) {
            if (HireRows.example(r)) {
                problems.add(new RowProblem(r.number(), null, rowError("import.row.example")));
            } else {
                FormCheck check = new FormCheck();
                Submission.Applicant a = one.read(reading.form(r, check), check, today);
                if (a.number() != null) {
                    Integer first = firstRowOf.putIfAbsent(a.number().value(), r.number());
                    if (first != null) {
                        check.error(HireColumn.ID_NUMBER.field(), "import.row.duplicate", String.valueOf(first));
                    } else if (a.person() != null
                            && desk.hires.openFor(a.person().id())) {
                        check.error(
                                HireColumn.ID_NUMBER.field(),
                                "hire.person.open",
                                a.number().masked());
                    }
                }
                if (check.ok()) {
                    accepted.add(new Accepted(r.number(), a));
                } else {
                    problems.addAll(byColumn(r.number(), check.errors()));
                }
            }
            tracker.checked(++done, data.size());
        }
        return accepted;
    }

    /** One problem per cell: the first reason found (a day that is no day is not also "required"). */
    private static List<RowProblem> byColumn(int row, List<FieldError> errors) {
        List<RowProblem> problems = new ArrayList<>();
        Set<HireColumn> seen = EnumSet.noneOf(HireColumn.class);
        for (FieldError e : errors) {
            HireColumn column = HireColumn.ofField(e.field()).orElse(null);
            if (column == null || seen.add(column)) {
                problems.add(new RowProblem(row, column, e));
            }
        }
        return problems;
    }

    private void tellCityOffice(Enterprise enterprise, String fileName, int count) {
        Messages zh = Messages.in(Messages.CHINESE);
        desk.notices.send(
                Audience.role(Role.CITY_OFFICE),
                zh.get(IntakeEligibility.BUNDLE, "notice.imported.title", enterprise.name(), String.valueOf(count)),
                zh.get(
                        IntakeEligibility.BUNDLE,
                        "notice.imported.body",
                        enterprise.name(),
                        String.valueOf(count),
                        fileName),
                "/intake/hires/list.xhtml?status=SUBMITTED",
                "intake");
    }

    private static void refuseIf(List<RowProblem> problems) {
        if (!problems.isEmpty()) {
            throw new HireImportRefused(problems);
        }
    }

    static RowProblem fileProblem(String key, Object... arguments) {
        return new RowProblem(0, null, rowError(key, arguments));
    }

    private static FieldError rowError(String key, Object... arguments) {
        return new FieldError("file", IntakeEligibility.BUNDLE, key, List.of(arguments));
    }
}
