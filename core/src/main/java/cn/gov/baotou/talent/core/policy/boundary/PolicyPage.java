package cn.gov.baotou.talent.core.policy.boundary;

import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Interpretation;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.policy.entity.PolicyCatalog;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Backs the home page (the three policies) and a policy's full text, clause by clause. */
@Named
@RequestScoped
public class PolicyPage {

    @Inject
    PolicyCatalog catalog;

    private String id;
    private List<Policy> policies;
    private Map<String, Long> clauseCounts;
    private Policy policy;
    private List<Clause> clauses;
    private Map<String, List<Interpretation>> interpretations;

    public List<Policy> getPolicies() {
        if (policies == null) {
            policies = catalog.policies();
        }
        return policies;
    }

    public long clauseCount(String policyId) {
        if (clauseCounts == null) {
            clauseCounts = catalog
                    .clauses(getPolicies().stream().map(Policy::id).toList())
                    .stream()
                    .collect(Collectors.groupingBy(c -> c.policyId(), Collectors.counting()));
        }
        return clauseCounts.getOrDefault(policyId, 0L);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Policy getPolicy() {
        if (policy == null && id != null) {
            policy = catalog.policy(id).orElse(null);
        }
        return policy;
    }

    public List<Clause> getClauses() {
        if (clauses == null) {
            clauses = getPolicy() == null ? List.of() : catalog.clauses(id);
        }
        return clauses;
    }

    /** The articles only, for the table of contents. */
    public List<Clause> getArticles() {
        return getClauses().stream().filter(c -> c.depth() == 1).toList();
    }

    /** The city office's interpretations of each clause of the policy, by clause id. */
    public Map<String, List<Interpretation>> getInterpretations() {
        if (interpretations == null) {
            interpretations = catalog
                    .interpretations(getClauses().stream().map(Clause::id).toList())
                    .stream()
                    .collect(Collectors.groupingBy(Interpretation::clauseId));
        }
        return interpretations;
    }

    public Map<String, Clause> getClausesById() {
        return getClauses().stream().collect(Collectors.toMap(Clause::id, Function.identity()));
    }
}
