package cn.gov.baotou.talent.core.registry.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An industry; the four key industries (新型材料、现代能源、现代装备制造、农畜产品加工) are the policies' scope. */
@Entity
@Cacheable
@Table(name = "core_industry")
public class Industry {

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(name = "name_en", nullable = false, length = 80)
    private String nameEn;

    @Column(name = "key_industry", nullable = false)
    private boolean keyIndustry;

    protected Industry() {}

    public Industry(String code, String name, String nameEn, boolean keyIndustry) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.keyIndustry = keyIndustry;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean keyIndustry() {
        return keyIndustry;
    }
}
