package cn.gov.baotou.talent.core.account.entity;

/** The users of PRODUCT.md, each bound to the scope it works in. */
public enum Role {
    /** 市委人才办: everything, all districts. */
    CITY_OFFICE(Scope.CITY),
    /** 属地党委人才办: first review and services in its own district. */
    DISTRICT_OFFICE(Scope.DISTRICT),
    /** 市财政: the city's half of each subsidy. */
    CITY_FINANCE(Scope.CITY),
    /** 属地财政: its district's half. */
    DISTRICT_FINANCE(Scope.DISTRICT),
    /** 部门专员: the service tickets assigned to its department. */
    DEPARTMENT(Scope.DEPARTMENT),
    /** 企业: its own enterprise only. */
    ENTERPRISE(Scope.ENTERPRISE),
    /** 领导: reads reports and dashboards, all districts, changes nothing. */
    LEADERSHIP(Scope.CITY);

    /** What an account of the role must be bound to. */
    public enum Scope {
        CITY,
        DISTRICT,
        DEPARTMENT,
        ENTERPRISE
    }

    private final Scope scope;

    Role(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }
}
