package cn.gov.baotou.talent.core.account.boundary;

/** A new account as the city office enters it; the enterprise is named by its credit code. */
public record AccountForm(
        String username,
        String displayName,
        String role,
        String districtCode,
        String departmentCode,
        String enterpriseCreditCode,
        String password) {}
