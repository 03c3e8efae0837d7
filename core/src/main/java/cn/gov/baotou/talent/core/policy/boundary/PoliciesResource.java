package cn.gov.baotou.talent.core.policy.boundary;

import cn.gov.baotou.talent.core.policy.entity.Clause;
import cn.gov.baotou.talent.core.policy.entity.Policy;
import cn.gov.baotou.talent.core.policy.entity.PolicyCatalog;
import cn.gov.baotou.talent.core.refusal.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The policies of 包府发〔2022〕18号 and their clauses with their interpretations: public, read-only. */
@Path("/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "policies", description = "政策文件与条款")
public class PoliciesResource {

    @Inject
    PolicyCatalog catalog;

    @Inject
    Interpretations interpretations;

    @GET
    @Path("policies")
    @Operation(summary = "三项政策及其全部条款")
    public List<PolicyView> policies() {
        List<Policy> policies = catalog.policies();
        List<Clause> clauses = catalog.clauses(policies.stream().map(Policy::id).toList());
        Map<String, List<ClauseView>> byPolicy =
                views(clauses).stream().collect(Collectors.groupingBy(ClauseView::policyId));
        return policies.stream()
                .map(p -> PolicyView.of(p, byPolicy.getOrDefault(p.id(), List.of())))
                .toList();
    }

    @GET
    @Path("policies/{id}")
    @Operation(summary = "一项政策及其条款")
    public PolicyView policy(@PathParam("id") String id) {
        Policy p = catalog.policy(id).orElseThrow(() -> new NotFound("policy.notFound", id));
        return PolicyView.of(p, views(catalog.clauses(id)));
    }

    @GET
    @Path("policies/{id}/clauses")
    @Operation(summary = "一项政策的条款，按原文顺序")
    public List<ClauseView> clauses(@PathParam("id") String id) {
        catalog.policy(id).orElseThrow(() -> new NotFound("policy.notFound", id));
        return views(catalog.clauses(id));
    }

    @GET
    @Path("clauses/{clauseId}")
    @Operation(summary = "按条款编号（如 intake.3.1）查询条款原文及解释口径")
    public ClauseView clause(@PathParam("clauseId") String clauseId) {
        Clause c = catalog.clause(clauseId).orElseThrow(() -> new NotFound("policy.clause.notFound", clauseId));
        return views(List.of(c)).get(0);
    }

    @POST
    @Path("clauses/{clauseId}/interpretations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "市委人才办录入条款的解释口径：{\"issuedOn\":\"YYYY-MM-DD\",\"documentNumber\":\"…\",\"text\":\"…\"}")
    public Response interpret(@PathParam("clauseId") String clauseId, JsonObject body) {
        return Response.status(201)
                .entity(InterpretationView.of(interpretations.record(clauseId, body)))
                .build();
    }

    private List<ClauseView> views(List<Clause> clauses) {
        Map<String, List<InterpretationView>> byClause =
                catalog.interpretations(clauses.stream().map(Clause::id).toList()).stream()
                        .map(InterpretationView::of)
                        .collect(Collectors.groupingBy(InterpretationView::clauseId));
        return clauses.stream()
                .map(c -> ClauseView.of(c, byClause.getOrDefault(c.id(), List.of())))
                .toList();
    }
}
