package cn.gov.baotou.talent.core.registry.entity;

/** 性别 as the ID number's sequence digit gives it. */
public enum Gender {
    M,
    F
}
