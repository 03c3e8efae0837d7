package cn.gov.baotou.talent.core.registry.boundary;

import cn.gov.baotou.talent.core.registry.entity.Enterprises;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reference data anyone may read: the districts and the industries. */
@Path("/v1/reference")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "reference", description = "参考数据")
public class ReferenceResource {

    @Inject
    Enterprises enterprises;

    public record DistrictView(String code, String name, String shortName, String nameEn, String kind) {}

    public record IndustryView(String code, String name, String nameEn, boolean keyIndustry) {}

    @GET
    @Path("districts")
    @Operation(summary = "九个旗县区与稀土高新区（行政区划代码）")
    public List<DistrictView> districts() {
        return enterprises.districts().stream()
                .map(d -> new DistrictView(d.code(), d.name(), d.shortName(), d.nameEn(), d.kind()))
                .toList();
    }

    @GET
    @Path("industries")
    @Operation(summary = "产业（四个重点产业与其他）")
    public List<IndustryView> industries() {
        return enterprises.industries().stream()
                .map(i -> new IndustryView(i.code(), i.name(), i.nameEn(), i.keyIndustry()))
                .toList();
    }
}
