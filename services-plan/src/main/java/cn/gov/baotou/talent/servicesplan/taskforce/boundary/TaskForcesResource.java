package cn.gov.baotou.talent.servicesplan.taskforce.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 人才服务工作专班 per district (services-plan.6.1): the six departments' commissioners, vacant seats shown as such. */
@Path("/v1/services-plan/task-forces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Tag(name = "services-plan")
public class TaskForcesResource {

    @Inject
    TaskForces taskForces;

    @GET
    @Operation(summary = "各旗县区人才服务工作专班（宣传、人社、工信、公安、教育、卫健专员）；属地、企业只见本属地的")
    public List<TaskForceView> list() {
        return taskForces.visible();
    }
}
