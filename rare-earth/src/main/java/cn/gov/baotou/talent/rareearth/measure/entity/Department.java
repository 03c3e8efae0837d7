package cn.gov.baotou.talent.rareearth.measure.entity;

/** A city department as the seeds' {@code reference/departments.csv} names it: 人社局 is HUMAN_RESOURCES. */
public record Department(String code, String name, String nameEn) {

    /** Whether the text's unit is this department: 市人社局 is 人社局, 市市场监管局 is 市场监管局. */
    public boolean is(String unit) {
        return unit != null && (unit.equals(name) || unit.equals("市" + name));
    }
}
