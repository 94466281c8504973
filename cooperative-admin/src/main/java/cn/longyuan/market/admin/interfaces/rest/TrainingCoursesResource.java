package cn.longyuan.market.admin.interfaces.rest;

import cn.longyuan.market.application.members.TrainingRecords;
import cn.longyuan.market.application.security.Actor;
import cn.longyuan.market.application.shared.RequestRefusedException;
import cn.longyuan.market.web.api.Ids;
import cn.longyuan.market.web.api.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Training courses the caller sees: the federation's programme and (for a manager) her cooperative's own. */
@Path("v1/training-courses")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class TrainingCoursesResource {

    @Inject
    private TrainingRecords training;

    @Inject
    private Actor actor;

    @Context
    private HttpHeaders headers;

    @GET
    @RolesAllowed({"FEDERATION", "COOP_MANAGER"})
    public List<MembersJson.Course> list(@QueryParam("lang") String lang) {
        var locale = RequestLocale.of(lang, headers);
        return training.courses(actor).stream()
                .map(c -> MembersJson.course(c, locale))
                .toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"FEDERATION", "COOP_MANAGER"})
    public MembersJson.Course one(@PathParam("id") String id, @QueryParam("lang") String lang) {
        Long course = Ids.parse(id);
        if (course == null) {
            throw RequestRefusedException.notFound("No course " + id + ".");
        }
        return MembersJson.course(training.course(actor, course), RequestLocale.of(lang, headers));
    }
}
