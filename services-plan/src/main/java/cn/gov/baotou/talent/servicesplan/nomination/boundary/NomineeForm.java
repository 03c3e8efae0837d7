package cn.gov.baotou.talent.servicesplan.nomination.boundary;

/** One nominee as the enterprise types them: 姓名, 身份证号, phone, EXECUTIVE or CONTRIBUTOR, position, why. */
public record NomineeForm(
        String name, String idNumber, String phone, String kind, String jobTitle, String contribution) {}
