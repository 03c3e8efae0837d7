package cn.gov.baotou.talent.core.ledger.entity;

import cn.gov.baotou.talent.core.setup.control.SeedFiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The known purposes, from the seeds' {@code reference/funding-purposes.csv}: a grant's purpose must be one of them. */
@ApplicationScoped
public class FundingPurposes {

    public static final String FILE = "seeds/reference/funding-purposes.csv";

    private final ClassLoader classLoader;
    private volatile List<FundingPurpose> purposes;

    public FundingPurposes() {
        this(FundingPurposes.class.getClassLoader());
    }

    /** The purposes in the seeds file as this class loader finds it. */
    public FundingPurposes(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public List<FundingPurpose> all() {
        List<FundingPurpose> p = purposes;
        if (p == null) {
            p = new SeedFiles(classLoader)
                    .csv(FILE).stream().map(FundingPurposes::read).toList();
            purposes = p;
        }
        return p;
    }

    /** The purpose a booked code is, if it is a known one (with its year or case where the purpose takes one). */
    public Optional<FundingPurpose> of(String booked) {
        return all().stream().filter(p -> p.matches(booked)).findFirst();
    }

    private static FundingPurpose read(Map<String, String> row) {
        return new FundingPurpose(
                row.get("code"),
                row.get("name"),
                row.get("nameEn"),
                row.get("policyId"),
                row.get("clauseId"),
                FundingPurpose.Qualifier.valueOf(row.get("qualifier")));
    }
}
