package cn.gov.baotou.talent.rareearth.training.control;

import java.util.List;
import java.util.Map;

/**
 * The template's columns, in order: the header a user reads, the field it fills, whether it may be left empty, and —
 * for a choice — the words accepted (the Chinese label or the code) for each code.
 */
public enum TrainingColumn {
    INSTITUTION("院校名称", true, 100, Map.of()),
    INSTITUTION_KIND("院校类型", true, 20, Map.of("UNIVERSITY", "高等院校", "VOCATIONAL", "职业院校")),
    TRAINEE_NAME("姓名", true, 50, Map.of()),
    STUDENT_NO("学号", true, 40, Map.of()),
    TALENT_TYPE("人才类型", true, 20, Map.of("BASIC_RESEARCH", "基础科研人才", "HIGH_SKILL", "高素质技能人才")),
    TRAINING_MODE("培养模式", true, 20, Map.of("JOINT", "联合培养", "ORDER", "订单培养", "AGREEMENT", "协议培养")),
    MAJOR("专业", true, 100, Map.of()),
    PARTNER_CREDIT_CODE("合作企业统一社会信用代码", false, 18, Map.of()),
    DISTRICT_CODE("所在旗县区代码", true, 6, Map.of()),
    COMPLETED_ON("完成培养日期", true, 10, Map.of());

    private final String header;
    private final boolean required;
    private final int maxLength;
    private final Map<String, String> choices;

    TrainingColumn(String header, boolean required, int maxLength, Map<String, String> choices) {
        this.header = header;
        this.required = required;
        this.maxLength = maxLength;
        this.choices = choices;
    }

    public String header() {
        return header;
    }

    public boolean required() {
        return required;
    }

    public int maxLength() {
        return maxLength;
    }

    public boolean isChoice() {
        return !choices.isEmpty();
    }

    /** The code a cell's word stands for (its label or the code itself), or null for a word not among them. */
    public String code(String word) {
        for (Map.Entry<String, String> c : choices.entrySet()) {
            if (c.getKey().equals(word) || c.getValue().equals(word)) {
                return c.getKey();
            }
        }
        return null;
    }

    /** The labels accepted, for a message that lists them. */
    public List<String> labels() {
        return choices.values().stream().sorted().toList();
    }

    public static List<String> headers() {
        return java.util.Arrays.stream(values()).map(TrainingColumn::header).toList();
    }
}
