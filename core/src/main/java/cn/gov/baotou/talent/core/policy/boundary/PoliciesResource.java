package cn.gov.baotou.talent.core.policy.boundary;

import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.policy.entity.PolicyCatalog;
import cn.gov.baotou.talent.core.rest.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The policies of 包府发〔2022〕18号 and their clauses: public, read-only. */
@Path("/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "policies", description = "政策文件与条款")
public class PoliciesResource {

    @Inject
    PolicyCatalog catalog;

    @GET
    @Path("policies")
    @Operation(summary = "三项政策及其全部条款")
    public List<PolicyView> policies() {
        List<Policy> policies = catalog.policies();
        Map<String, List<ClauseView>> clauses = new LinkedHashMap<>();
        for (Clause c : catalog.clauses(policies.stream().map(Policy::id).toList())) {
            clauses.computeIfAbsent(c.policy().id(), k -> new ArrayList<>()).add(ClauseView.of(c));
        }
        return policies.stream()
                .map(p -> PolicyView.of(p, clauses.getOrDefault(p.id(), List.of())))
                .toList();
    }

    @GET
    @Path("policies/{id}")
    @Operation(summary = "一项政策及其条款")
    public PolicyView policy(@PathParam("id") String id) {
        Policy p = catalog.policy(id).orElseThrow(() -> new NotFound("policy.notFound", id));
        return PolicyView.of(p, catalog.clauses(id).stream().map(ClauseView::of).toList());
    }

    @GET
    @Path("policies/{id}/clauses")
    @Operation(summary = "一项政策的条款，按原文顺序")
    public List<ClauseView> clauses(@PathParam("id") String id) {
        catalog.policy(id).orElseThrow(() -> new NotFound("policy.notFound", id));
        return catalog.clauses(id).stream().map(ClauseView::of).toList();
    }

    @GET
    @Path("clauses/{clauseId}")
    @Operation(summary = "按条款编号（如 intake.3.1）查询条款原文")
    public ClauseView clause(@PathParam("clauseId") String clauseId) {
        return catalog.clause(clauseId)
                .map(ClauseView::of)
                .orElseThrow(() -> new NotFound("policy.clause.notFound", clauseId));
    }
}
