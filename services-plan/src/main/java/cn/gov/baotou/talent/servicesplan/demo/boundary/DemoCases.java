package cn.gov.baotou.talent.servicesplan.demo.boundary;

import static cn.gov.baotou.talent.servicesplan.demo.boundary.DemoOffice.at;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.servicesplan.figures.boundary.FigureForm;
import cn.gov.baotou.talent.servicesplan.nomination.boundary.MeetingForm;
import cn.gov.baotou.talent.servicesplan.nomination.boundary.NominationForm;
import cn.gov.baotou.talent.servicesplan.nomination.boundary.NomineeForm;
import cn.gov.baotou.talent.servicesplan.nomination.control.NominationStep;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nomination;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominee;
import cn.gov.baotou.talent.servicesplan.request.boundary.RatingForm;
import cn.gov.baotou.talent.servicesplan.request.boundary.RequestForm;
import cn.gov.baotou.talent.servicesplan.request.boundary.RouteForm;
import cn.gov.baotou.talent.servicesplan.service.boundary.ServiceItemForm;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The demo's cases, step by step, each by the account whose step it is on its day of 2025. Enterprises with a demo
 * account: {@code catalyst} (昆都仑区), {@code polish} (九原区), {@code hydrogen} and {@code magnet} (稀土高新区); three
 * more demo enterprises act through unsaved users ({@code steel}, {@code silicon}, {@code equipment}).
 */
final class DemoCases {

    static final String CATALYST = "91150203MAYY0D072A";
    static final String STEEL = "91150203MAYY0D0805";
    static final String POLISH = "91150207MAYY0D056E";
    static final String SILICON = "91150207MAYY0D0649";
    static final String HYDROGEN = "91150271MAYY0D021H";
    static final String EQUIPMENT = "91150271MAYY0D0489";
    static final String MAGNET = "91150271MAYY0D013N";

    private final DemoOffice o;
    private final Caller catalyst;
    private final Caller polish;
    private final Caller hydrogen;
    private final Caller magnet;
    private final Caller steel;
    private final Caller silicon;
    private final Caller equipment;
    private final Caller kundulun;
    private final Caller jiuyuan;
    private final Caller rezone;
    private final Caller city;
    private Nomination catalystMarch;
    private Nomination steelMarch;

    DemoCases(DemoOffice o) {
        this.o = o;
        catalyst = o.account("catalyst");
        polish = o.account("polish");
        hydrogen = o.account("hydrogen");
        magnet = o.account("magnet");
        steel = o.staff("steel", STEEL);
        silicon = o.staff("silicon", SILICON);
        equipment = o.staff("equipment", EQUIPMENT);
        kundulun = o.account("kundulun");
        jiuyuan = o.account("jiuyuan");
        rezone = o.account("rezone");
        city = o.account("city");
    }

    /**
     * Figures confirmed by the district offices: 2025 quotas of 2 by revenue (catalyst, 118 亿), 2 by investment
     * (steel, 103 亿, beside revenue of 72 亿: the higher, never the sum), 1 by revenue of 53 亿 (equipment) and of two
     * years adding up to 54.5 亿 (polish), 1 by investment of 56 亿 (hydrogen) and of two years adding up to 53 亿
     * (silicon). Hydrogen's revenue is returned for its evidence; magnet's investment waits for its office.
     */
    void figures() {
        confirmed(catalyst, kundulun, "2023", "REVENUE", "6200000000.00", "2025-01-13", "2025-01-16");
        confirmed(catalyst, kundulun, "2024", "REVENUE", "11800000000.00", "2025-02-17", "2025-02-20");
        confirmed(steel, kundulun, "2024", "REVENUE", "7200000000.00", "2025-02-18", "2025-02-21");
        confirmed(steel, kundulun, "2024", "INVESTMENT", "10300000000.00", "2025-02-18", "2025-02-21");
        confirmed(polish, jiuyuan, "2023", "REVENUE", "2800000000.00", "2025-01-14", "2025-01-17");
        confirmed(polish, jiuyuan, "2024", "REVENUE", "2650000000.00", "2025-02-19", "2025-02-24");
        confirmed(silicon, jiuyuan, "2023", "INVESTMENT", "2600000000.00", "2025-01-15", "2025-01-20");
        confirmed(silicon, jiuyuan, "2024", "INVESTMENT", "2700000000.00", "2025-02-19", "2025-02-24");
        confirmed(hydrogen, rezone, "2024", "INVESTMENT", "5600000000.00", "2025-02-20", "2025-02-25");
        confirmed(equipment, rezone, "2024", "REVENUE", "5300000000.00", "2025-02-21", "2025-02-26");
        long returned = entered(hydrogen, "2024", "REVENUE", "420000000.00", "2025-02-20");
        o.figures(rezone, at("2025-02-25", 15)).giveBack(returned, "证明材料为 2023 年度审计报告，请上传 2024 年度审计报告");
        entered(magnet, "2024", "INVESTMENT", "3000000000.00", "2025-11-20");
    }

    /**
     * March 2025: catalyst's and steel's nominations through both reviews to the meeting of 20 March (one of
     * catalyst's two nominees not approved) and feedback on 24 March; polish's returned by its district office.
     * September: silicon's decided at the meeting of 19 September awaiting feedback, equipment's waiting for the next
     * meeting, hydrogen's at the city office's review, catalyst's second at its district office.
     */
    void nominations() {
        catalystMarch = file(
                catalyst,
                "2025-03-04",
                nominee("王志远", "150203", "19780412", "031", "EXECUTIVE", "总工程师", "主持稀土催化材料国家重点研发专项，建成年产 5000 吨催化剂生产线"),
                nominee("李慧敏", "150203", "19830925", "042", "CONTRIBUTOR", "研究所所长", "牵头研发机动车尾气稀土催化剂，获自治区科学技术进步奖一等奖"));
        steelMarch = file(
                steel,
                "2025-03-06",
                nominee("赵振华", "150203", "19751108", "053", "EXECUTIVE", "总经理", "主导特种钢材基地建设，年新增产值 60 亿元"),
                nominee("孙丽娟", "150203", "19860217", "064", "CONTRIBUTOR", "首席工艺师", "攻克稀土钢夹杂物控制工艺，产品进入高铁轴承用钢供应链"));
        Nomination polishMarch = file(
                polish,
                "2025-03-05",
                nominee("周晓峰", "150207", "19880630", "075", "CONTRIBUTOR", "技术总监", "开发高端稀土抛光粉，替代进口产品"));
        review(kundulun, catalystMarch, NominationStep.DISTRICT_PASS, "2025-03-11", "材料齐全，同意推荐");
        review(kundulun, steelMarch, NominationStep.DISTRICT_PASS, "2025-03-11", "材料齐全，同意推荐");
        review(jiuyuan, polishMarch, NominationStep.DISTRICT_RETURN, "2025-03-10", "缺少任职文件和近三年业绩证明材料，请补充后重新提交");
        review(city, catalystMarch, NominationStep.CITY_PASS, "2025-03-14", "审核通过，提交会议研究");
        review(city, steelMarch, NominationStep.CITY_PASS, "2025-03-14", "审核通过，提交会议研究");
        meeting("2025-03-20", "包人才办会〔2025〕2号", decision(catalystMarch, "王志远"), decision(steelMarch, "赵振华", "孙丽娟"));
        catalystMarch = feedBack(catalystMarch, "2025-03-24");
        steelMarch = feedBack(steelMarch, "2025-03-24");

        Nomination hydrogenSeptember = file(
                hydrogen,
                "2025-09-02",
                nominee("吴海涛", "150271", "19800303", "086", "EXECUTIVE", "技术副总经理", "主持稀土储氢合金中试线建设，实现规模化量产"));
        Nomination equipmentSeptember = file(
                equipment,
                "2025-09-03",
                nominee("郑雅琴", "150271", "19840519", "097", "CONTRIBUTOR", "智能装备研究院院长", "研制稀土永磁电机智能产线，获国家专利 12 项"));
        Nomination siliconSeptember = file(
                silicon,
                "2025-09-04",
                nominee("冯喆", "150207", "19790821", "108", "EXECUTIVE", "常务副总经理", "负责多晶硅新建项目，两年完成投资 53 亿元"));
        file(
                catalyst,
                "2025-09-05",
                nominee("陈思远", "150203", "19900114", "119", "CONTRIBUTOR", "高级工程师", "开发稀土脱硝催化剂，在 5 家电厂推广应用"));
        review(jiuyuan, siliconSeptember, NominationStep.DISTRICT_PASS, "2025-09-08", "同意推荐");
        review(rezone, hydrogenSeptember, NominationStep.DISTRICT_PASS, "2025-09-09", "同意推荐");
        review(rezone, equipmentSeptember, NominationStep.DISTRICT_PASS, "2025-09-09", "同意推荐");
        review(city, siliconSeptember, NominationStep.CITY_PASS, "2025-09-11", "审核通过，提交会议研究");
        meeting("2025-09-19", "包人才办会〔2025〕9号", decision(siliconSeptember, "冯喆"));
        review(city, equipmentSeptember, NominationStep.CITY_PASS, "2025-09-24", "审核通过，列入下次会议研究");
    }

    /** The approved nominees' items as the departments worked them (the rest still requested). */
    void serviceItems() {
        Caller hr = o.account("hr");
        Caller education = o.account("education");
        Caller health = o.account("health");
        item(education, catalystMarch, "王志远", "CHILD_EDUCATION", "DONE", "2025-04-02", "子女已就近入读区属重点小学");
        item(city, catalystMarch, "王志远", "HOUSING", "NOT_NEEDED", "2025-04-03", "本人已在包头购房，无需人才住房");
        item(hr, catalystMarch, "王志远", "SOCIAL_INSURANCE", "DONE", "2025-04-08", "社会保险关系已转入");
        item(health, catalystMarch, "王志远", "HEALTH_CARE", "IN_PROGRESS", "2025-04-10", "已开通就医绿色通道，年度体检待安排");
        item(hr, catalystMarch, "王志远", "SPOUSE_EMPLOYMENT", "DONE", "2025-04-15", "配偶已安排至市属国有企业财务岗位");
        item(hr, catalystMarch, "王志远", "PROFESSIONAL_TITLE", "IN_PROGRESS", "2025-05-06", "正高级工程师职称评审材料已受理");
        item(education, steelMarch, "赵振华", "CHILD_EDUCATION", "IN_PROGRESS", "2025-04-07", "子女高中转学手续办理中");
        item(hr, steelMarch, "赵振华", "SPOUSE_EMPLOYMENT", "NOT_NEEDED", "2025-04-08", "配偶已在包头就业");
        item(health, steelMarch, "赵振华", "HEALTH_CARE", "DONE", "2025-04-11", "已纳入高层次人才保健对象");
        item(city, steelMarch, "赵振华", "CONVENIENT_TRAVEL", "DONE", "2025-04-16", "已办理机场、高铁站贵宾通道服务卡");
        item(hr, steelMarch, "孙丽娟", "PROFESSIONAL_TITLE", "DONE", "2025-06-20", "已认定为正高级工程师");
        item(city, steelMarch, "孙丽娟", "HONOURS_PUBLICITY", "IN_PROGRESS", "2025-07-01", "先进事迹材料已报送宣传部");
    }

    /**
     * Requests of the custom modules and others: five resolved (four rated, magnet's after its deadline), hydrogen's
     * with the zone's task force past its deadline, polish's waiting for the city office.
     */
    void requests() {
        Caller hr = o.account("hr");
        Caller education = o.account("education");
        Caller health = o.account("health");
        Caller zoneHr = o.account("rezonehr");
        long labour = raise(catalyst, "LABOUR", "新建产线急需焊工、电工 30 名", "催化剂二期产线 6 月投产，急需持证焊工 20 名、电工 10 名", "2025-04-07");
        route(labour, "HUMAN_RESOURCES", false, "10", "2025-04-08", "请市人社局对接劳务资源");
        o.requests(hr, at("2025-04-09", 9)).accept(labour, "已受理");
        o.requests(hr, at("2025-04-17", 16)).resolve(labour, "已通过公共就业服务平台对接 3 家劳务公司，首批 22 人到岗");
        o.requests(catalyst, at("2025-04-21", 10)).rate(labour, new RatingForm("5", "响应快，人员到岗及时"));

        long school = raise(steel, "VOCATIONAL_EDUCATION", "与职业院校合作开设冶金订单班", "希望与本地职业院校合作，定向培养冶金技术工人", "2025-05-12");
        route(school, "EDUCATION", false, "15", "2025-05-13", null);
        o.requests(education, at("2025-05-14", 9)).accept(school, null);
        o.requests(education, at("2025-06-04", 11)).resolve(school, "已对接包头职业技术学院，9 月开设 40 人订单班");
        o.requests(steel, at("2025-06-06", 10)).rate(school, new RatingForm("4", "已对接，课程设置还需细化"));

        long recruit =
                raise(magnet, "TALENT_RECRUITMENT", "赴高校招聘稀土材料专业硕士", "计划招聘稀土材料、冶金工程专业硕士 8 名，请协助联系高校", "2025-06-16");
        route(recruit, "HUMAN_RESOURCES", true, "10", "2025-06-17", "请稀土高新区人才服务专班办理");
        o.requests(zoneHr, at("2025-06-18", 9)).accept(recruit, null);
        o.requests(zoneHr, at("2025-07-04", 17)).resolve(recruit, "已组织赴北京科技大学、内蒙古大学专场招聘，签约 6 人");
        o.requests(magnet, at("2025-07-07", 10)).rate(recruit, new RatingForm("3", "办理周期偏长"));

        long care = raise(catalyst, "ELDERLY_CARE", "引进人才父母就近康养床位", "两名引进人才的父母随迁来包，需要就近的医养结合床位", "2025-07-14");
        route(care, "HEALTH", false, "10", "2025-07-15", null);
        o.requests(health, at("2025-07-16", 9)).accept(care, null);
        o.requests(health, at("2025-07-24", 15)).resolve(care, "已协调昆都仑区医养结合中心预留床位 2 张");
        o.requests(catalyst, at("2025-07-28", 10)).rate(care, new RatingForm("5", null));

        long transfer = raise(catalyst, "SERVICE_ITEM", "入选人员子女转学手续", "王志远子女由外省转入，需办理小学转学手续", "2025-08-18");
        route(transfer, "EDUCATION", false, "5", "2025-08-19", null);
        o.requests(education, at("2025-08-19", 15)).accept(transfer, null);
        o.requests(education, at("2025-08-22", 11)).resolve(transfer, "已办理转学，9 月 1 日入学");

        long matching = raise(hydrogen, "MATCHMAKING", "青年人才联谊活动", "企业单身青年科技人才较多，希望组织联谊交友活动", "2025-10-13");
        route(matching, "HUMAN_RESOURCES", true, "10", "2025-10-14", null);
        o.requests(zoneHr, at("2025-10-15", 9)).accept(matching, "活动方案制定中");

        raise(polish, "POLICY", "人才政策解读进企业", "希望安排人才政策宣讲，讲解推荐名额和服务保障项目", "2025-11-18");
    }

    private void confirmed(
            Caller enterprise, Caller office, String year, String basis, String yuan, String on, String by) {
        long id = entered(enterprise, year, basis, yuan, on);
        o.figures(office, at(by, 15)).confirm(id, "与审计报告核对一致");
    }

    private long entered(Caller enterprise, String year, String basis, String yuan, String on) {
        String document = o.evidence(
                enterprise,
                at(on, 9),
                year + "年度" + ("REVENUE".equals(basis) ? "审计报告" : "项目投资专项审计报告") + ".pdf",
                "Enterprise: " + enterprise.scope().enterpriseId(),
                "Fiscal year " + year + ", " + basis + ": " + yuan + " yuan");
        return o.figures(enterprise, at(on, 10))
                .enter(new FigureForm(year, basis, yuan, document))
                .id();
    }

    private Nomination file(Caller enterprise, String day, NomineeForm... nominees) {
        return o.nominations(enterprise, at(day, 10)).submit(new NominationForm(day, List.of(nominees)));
    }

    private void review(Caller office, Nomination n, NominationStep step, String day, String opinion) {
        o.nominations(office, at(day, 15)).review(n.id(), step, opinion);
    }

    private void meeting(String day, String minutes, MeetingForm.Decision... decisions) {
        o.meetings(city, at(day, 16)).decide(new MeetingForm(day, minutes, null, List.of(decisions)));
    }

    private Nomination feedBack(Nomination n, String day) {
        return o.meetings(city, at(day, 10)).feedBack(n.id(), "已反馈企业、属地党委人才办和市直有关部门");
    }

    private static MeetingForm.Decision decision(Nomination n, String... approved) {
        List<String> names = List.of(approved);
        return new MeetingForm.Decision(
                n.id(),
                n.nominees().stream()
                        .filter(m -> names.contains(m.person().name()))
                        .map(Nominee::id)
                        .toList(),
                null);
    }

    private void item(Caller by, Nomination n, String person, String code, String status, String day, String note) {
        EntityManager em = o.entityManager();
        long id = em.createQuery(
                        "select s.id from NomineeService s where s.nominee.nomination.id = :n"
                                + " and s.nominee.person.name = :p and s.itemCode = :c",
                        Long.class)
                .setParameter("n", n.id())
                .setParameter("p", person)
                .setParameter("c", code)
                .getSingleResult();
        o.services(by, at(day, 11)).update(id, new ServiceItemForm(status, note));
    }

    private long raise(Caller enterprise, String module, String title, String description, String day) {
        return o.requests(enterprise, at(day, 9))
                .raise(new RequestForm(module, title, description, day))
                .id();
    }

    private void route(long id, String department, boolean taskForce, String days, String day, String opinion) {
        o.requests(city, at(day, 10)).route(id, new RouteForm(department, String.valueOf(taskForce), days, opinion));
    }

    /** A nominee with a made-up 身份证号 of the district and birth day, its GB 11643 check character computed. */
    private static NomineeForm nominee(
            String name,
            String region,
            String birth,
            String sequence,
            String kind,
            String jobTitle,
            String contribution) {
        return new NomineeForm(name, idNumber(region + birth + sequence), null, kind, jobTitle, contribution);
    }

    static String idNumber(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
