package cn.gov.baotou.talent.core.registry.boundary;

import cn.gov.baotou.talent.core.account.boundary.Caller;
import cn.gov.baotou.talent.core.registry.entity.Person;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Persons of the registry; ID numbers and phones are masked for every role but the city office. */
@Path("/v1/registry/persons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "registry")
public class PersonsResource {

    @Inject
    PersonRegistry registry;

    @Inject
    Caller caller;

    @GET
    @Path("{id}")
    @Operation(summary = "一名人员（市委人才办可见明文身份证号）")
    public PersonView get(@PathParam("id") long id) {
        return PersonView.of(registry.visible(id), caller.readsPersonalData());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "登记人员：公民身份号码按 GB 11643 校验，出生日期须与号码一致")
    public Response register(PersonForm form, @Context UriInfo uri) {
        Person p = registry.register(form == null ? new PersonForm(null, null, null, null) : form);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(p.id()))
                        .build())
                .entity(PersonView.of(p, caller.readsPersonalData()))
                .build();
    }
}
