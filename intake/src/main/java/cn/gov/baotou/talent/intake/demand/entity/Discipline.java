package cn.gov.baotou.talent.intake.demand.entity;

import java.util.Locale;

/** A 学科门类 of the national degree catalogue (01 哲学 … 08 工学 … 14 交叉学科), by its two-digit code. */
public record Discipline(String code, String name, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : name;
    }
}
