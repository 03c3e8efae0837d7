package cn.gov.baotou.talent.intake.hire.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.ledger.entity.FinanceLevel;
import cn.gov.baotou.talent.core.money.entity.Yuan;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import cn.gov.baotou.talent.core.registry.entity.IdCardNumber;
import cn.gov.baotou.talent.core.registry.entity.Person;
import cn.gov.baotou.talent.core.rest.DayText;
import cn.gov.baotou.talent.intake.eligibility.control.Degree;
import cn.gov.baotou.talent.intake.eligibility.control.WorkType;
import cn.gov.baotou.talent.intake.hire.entity.DepartureKind;
import cn.gov.baotou.talent.intake.hire.entity.Grade;
import cn.gov.baotou.talent.intake.hire.entity.Hire;
import cn.gov.baotou.talent.intake.hire.entity.ServiceKind;
import cn.gov.baotou.talent.intake.hire.entity.ServiceStatus;
import cn.gov.baotou.talent.intake.recruitment.entity.SourceKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One demo hire's story, a line of {@code seeds/demo/hires.csv}: its steps sorted by day and each taken through the
 * hire desk or the ledger by the role that takes it, so a line that breaks a rule fails the load loudly instead of
 * writing a case the procedure could not have produced.
 */
final class HireStory {

    /** One step, on its day. */
    private record Step(LocalDate day, Runnable action) {}

    private final HireDemoData data;
    private final DemoCallers callers;
    private final Map<String, String> r;
    private final Enterprise enterprise;
    private final String district;
    private final List<Step> steps = new ArrayList<>();
    private long hireId;
    private Hire signed;

    HireStory(HireDemoData data, Map<String, String> row, Enterprise enterprise) {
        this.data = data;
        this.callers = data.callers();
        this.r = row;
        this.enterprise = enterprise;
        this.district = enterprise.district().code();
    }

    void play() {
        register();
        step("submittedOn", this::submit);
        step("exceptionOn", day -> desk(callers.cityOffice(), day).approveException(hireId, r.get("exceptionReason")));
        step("decidedOn", this::decide);
        step("signedOn", this::sign);
        LocalDate signedOn = date("signedOn");
        if (signedOn != null && !r.get("salaryYuan").isEmpty()) {
            add(signedOn.plusDays(3), this::terms);
        }
        step("cityPaidOn", day -> pay(FinanceLevel.CITY, callers.cityFinance(), day));
        step("districtPaidOn", day -> pay(FinanceLevel.DISTRICT, callers.districtFinance(district), day));
        LocalDate city = date("cityPaidOn");
        LocalDate own = date("districtPaidOn");
        if (city != null && own != null) {
            // the platform moves the case to 补贴已拨付 when it next reads it after the second payment
            add(city.isAfter(own) ? city : own, day -> desk(callers.cityOffice(), day)
                    .visible(hireId));
        }
        step("serviceFrom", day -> desk(callers.cityOffice(), day).startService(hireId, "已到岗，服务期开始"));
        LocalDate serving = date("serviceFrom") != null ? date("serviceFrom") : signedOn;
        if (serving != null) {
            add(serving.plusDays(30), this::services);
        }
        evaluations(signedOn);
        LocalDate departed = date("departedOn");
        if (departed != null) {
            add(departed.plusDays(3), this::depart);
        }
        step("recoveryOn", day -> desk(callers.cityOffice(), day)
                .decideRecovery(hireId, null, "服务期未满 5 年，按未服务的整月数比例追回补贴，由两级财政按已拨付比例分别收回"));
        steps.sort(Comparator.comparing(Step::day));
        steps.forEach(s -> s.action().run());
    }

    /** A person new to the registry is registered first, as the city's registry would hold them. */
    private void register() {
        IdCardNumber number = IdCardNumber.of(r.get("idNumber"));
        if (data.persons.byIdNumber(number).isEmpty()) {
            data.em().persist(new Person(r.get("name"), number, date("birthDate"), null));
        }
    }

    private void submit(LocalDate day) {
        HireForm form = new HireForm(
                r.get("name"),
                r.get("idNumber"),
                date("birthDate"),
                Degree.valueOf(r.get("degree")),
                r.get("disciplineCode"),
                r.get("major"),
                r.get("institution"),
                r.get("overseasCertificateNo").isEmpty(),
                blankToNull("overseasCertificateNo"),
                Boolean.valueOf(r.get("fromOutsideCity")),
                WorkType.valueOf(r.get("workType")),
                r.get("jobTitle"),
                r.get("sourceKind").isEmpty() ? null : SourceKind.valueOf(r.get("sourceKind")),
                blankToNull("sourceReference"));
        hireId = desk(callers.enterprise(enterprise.id()), day).submit(form).id();
    }

    private void decide(LocalDate day) {
        HireDesk city = desk(callers.cityOffice(), day);
        if (r.get("rejectReason").isEmpty()) {
            city.verify(hireId, "核实无误，同意引进");
        } else {
            city.reject(hireId, r.get("rejectReason"));
        }
    }

    private void sign(LocalDate day) {
        long copy = data.agreementCopy(enterprise, r.get("name"), day);
        signed = desk(callers.cityOffice(), day).signAgreement(hireId, day, copy, "企业、属地政府与本人三方协议已签订，副本存档");
    }

    private void terms(LocalDate day) {
        Yuan topUp = r.get("topUpYuan").isEmpty() ? Yuan.ZERO : Yuan.of(r.get("topUpYuan"));
        desk(callers.enterprise(enterprise.id()), day)
                .recordTerms(hireId, topUp, Yuan.of(r.get("salaryYuan")), "一事一议：年薪与企业补贴按聘用合同约定");
    }

    private void pay(FinanceLevel level, Caller finance, LocalDate day) {
        Yuan share = level == FinanceLevel.CITY
                ? signed.eligibility().city()
                : signed.eligibility().district();
        String office = level == FinanceLevel.CITY ? "市财" : "区财";
        data.ledger(finance, HireDemoData.at(day))
                .recordPayment(
                        signed.progress().grantId(),
                        level,
                        share,
                        day,
                        office + "拨〔" + day.getYear() + "〕" + (100 + hireId % 900) + "号",
                        "demo-hire-" + r.get("idNumber") + "-" + level.name().toLowerCase());
    }

    /** The services as the line's letters say, in {@link ServiceKind} order: D done, P in progress, N not needed. */
    private void services(LocalDate day) {
        boolean phd = Degree.valueOf(r.get("degree")) == Degree.DOCTOR;
        Caller owner = phd ? callers.cityOffice() : callers.districtOffice(district);
        String letters = r.get("services");
        for (int i = 0; i < letters.length(); i++) {
            ServiceStatus status =
                    switch (letters.charAt(i)) {
                        case 'D' -> ServiceStatus.DONE;
                        case 'P' -> ServiceStatus.IN_PROGRESS;
                        case 'N' -> ServiceStatus.NOT_NEEDED;
                        default -> null;
                    };
            if (status != null) {
                desk(owner, day).updateService(hireId, ServiceKind.values()[i], status, serviceNote(status));
            }
        }
    }

    /**
     * The annual evaluations the line lists, year by year ({@code EQ}: enterprise 优秀, talent 合格; {@code -}: not
     * recorded, so overdue), each recorded ten days after its due date by the office that serves the hire.
     */
    private void evaluations(LocalDate signedOn) {
        String list = r.get("evaluations");
        if (signedOn == null || list.isEmpty()) {
            return;
        }
        boolean phd = Degree.valueOf(r.get("degree")) == Degree.DOCTOR;
        String[] years = list.split(";");
        for (int k = 1; k <= years.length; k++) {
            String grades = years[k - 1];
            if (grades.equals("-")) {
                continue;
            }
            int yearNo = k;
            add(signedOn.plusYears(k).plusDays(10), day -> {
                Caller evaluator = phd ? callers.cityOffice() : callers.districtOffice(district);
                Grade enterpriseGrade = grade(grades.charAt(0));
                Grade talentGrade = grade(grades.charAt(1));
                desk(evaluator, day)
                        .recordEvaluation(
                                hireId,
                                yearNo,
                                new EvaluationForm(
                                        enterpriseGrade,
                                        enterpriseGrade,
                                        enterpriseGrade,
                                        enterpriseGrade,
                                        enterpriseComment(enterpriseGrade),
                                        talentGrade,
                                        talentGrade,
                                        talentGrade,
                                        talentGrade,
                                        talentComment(talentGrade)));
            });
        }
    }

    private void depart(LocalDate day) {
        desk(callers.enterprise(enterprise.id()), day)
                .reportDeparture(
                        hireId,
                        DepartureKind.valueOf(r.get("departure")),
                        date("departedOn"),
                        r.get("departureReason"));
    }

    private void step(String column, java.util.function.Consumer<LocalDate> action) {
        LocalDate day = date(column);
        if (day != null) {
            add(day, action);
        }
    }

    private void add(LocalDate day, java.util.function.Consumer<LocalDate> action) {
        steps.add(new Step(day, () -> action.accept(day)));
    }

    private HireDesk desk(Caller caller, LocalDate day) {
        return data.desk(caller, day);
    }

    private LocalDate date(String column) {
        String v = r.get(column);
        return v == null || v.isEmpty() ? null : DayText.parse(v);
    }

    private String blankToNull(String column) {
        String v = r.get(column);
        return v == null || v.isEmpty() ? null : v;
    }

    private static Grade grade(char letter) {
        return switch (letter) {
            case 'E' -> Grade.EXCELLENT;
            case 'Q' -> Grade.QUALIFIED;
            case 'B' -> Grade.BASIC;
            case 'U' -> Grade.UNQUALIFIED;
            default -> throw new IllegalArgumentException("no grade " + letter);
        };
    }

    private static String serviceNote(ServiceStatus status) {
        return switch (status) {
            case DONE -> "已协调有关部门办理完毕";
            case IN_PROGRESS -> "已对接有关部门，正在办理";
            case NOT_NEEDED -> "本人暂无此项需求";
            case OPEN -> null;
        };
    }

    private static String enterpriseComment(Grade g) {
        return switch (g) {
            case EXCELLENT -> "全面履行引进承诺，薪酬待遇和服务保障落实到位";
            case QUALIFIED -> "履行引进承诺，薪酬按约发放";
            case BASIC -> "基本履行承诺，服务保障落实不够及时";
            case UNQUALIFIED -> "未按约定兑现企业补贴部分";
        };
    }

    private static String talentComment(Grade g) {
        return switch (g) {
            case EXCELLENT -> "超额完成年度工作任务，取得突出研发成果";
            case QUALIFIED -> "完成年度岗位职责和工作任务";
            case BASIC -> "年度工作任务部分完成";
            case UNQUALIFIED -> "未完成年度工作任务";
        };
    }
}
