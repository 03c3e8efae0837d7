package cn.gov.baotou.talent.core.document.entity;

/** What a document is for: the case it belongs to says which kinds it expects. */
public enum DocumentKind {
    /** 协议: a signed agreement (联合招引协议, 三方协议). */
    AGREEMENT,
    /** 证书: a certificate (学位证书, 学历认证, 高新技术企业证书 …). */
    CERTIFICATE,
    /** 证明材料: any other evidence a case asks for. */
    EVIDENCE,
    /** 细则、办事流程、配套措施: a department's or district's implementing rules. */
    RULES
}
