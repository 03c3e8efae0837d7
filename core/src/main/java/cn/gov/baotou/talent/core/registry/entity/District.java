package cn.gov.baotou.talent.core.registry.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 属地: one of the nine 旗县区 of Baotou or the 稀土高新区, keyed by its administrative division code. */
@Entity
@Cacheable
@Table(name = "core_district")
public class District {

    @Id
    @Column(length = 6)
    private String code;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(name = "short_name", nullable = false, length = 20)
    private String shortName;

    @Column(name = "name_en", nullable = false, length = 80)
    private String nameEn;

    @Column(nullable = false, length = 10)
    private String kind;

    protected District() {}

    public District(String code, String name, String shortName, String nameEn, String kind) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.nameEn = nameEn;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public String nameEn() {
        return nameEn;
    }

    public String kind() {
        return kind;
    }
}
