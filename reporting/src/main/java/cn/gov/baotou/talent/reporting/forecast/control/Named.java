package cn.gov.baotou.talent.reporting.forecast.control;

/** A code as readers see it, in Chinese and English: a finance (CITY or a district code) or a policy. */
public record Named(String code, String name, String nameEn) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : name;
    }
}
