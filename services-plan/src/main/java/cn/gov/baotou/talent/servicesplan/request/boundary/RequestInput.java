package cn.gov.baotou.talent.servicesplan.request.boundary;

import java.io.Serializable;

/** What the request page's forms hold, kept as typed when a step is refused. */
public class RequestInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String module = "LABOUR";
    private String title;
    private String description;
    private String raisedOn;
    private String departmentCode;
    private boolean taskForce;
    private String workingDays = "10";
    private String opinion;
    private String rating = "5";
    private String comment;

    RequestForm request() {
        return new RequestForm(module, title, description, raisedOn);
    }

    RouteForm route() {
        return new RouteForm(departmentCode, String.valueOf(taskForce), workingDays, opinion);
    }

    RatingForm rating() {
        return new RatingForm(rating, comment);
    }

    void clearRequest() {
        title = description = null;
    }

    void clearStep() {
        opinion = comment = null;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRaisedOn() {
        return raisedOn;
    }

    public void setRaisedOn(String raisedOn) {
        this.raisedOn = raisedOn;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public boolean isTaskForce() {
        return taskForce;
    }

    public void setTaskForce(boolean taskForce) {
        this.taskForce = taskForce;
    }

    public String getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(String workingDays) {
        this.workingDays = workingDays;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
