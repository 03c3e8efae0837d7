package cn.gov.baotou.talent.servicesplan.request.entity;

import cn.gov.baotou.talent.core.calendar.control.Deadline;
import cn.gov.baotou.talent.core.registry.entity.Enterprise;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * 服务需求: what an enterprise asks the plan's services for (services-plan.6.2), the department (or district task force)
 * the city office routed it to with its deadline, what was done, and the enterprise's rating. {@code RequestStep}
 * decides every change of state.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "svc_request")
public class ServiceRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "svc_request_seq")
    @SequenceGenerator(name = "svc_request_seq", sequenceName = "svc_request_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    private Enterprise enterprise;

    @Column(name = "district_code", nullable = false, length = 6)
    private String districtCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_module", nullable = false, length = 30)
    private ServiceModule module;

    @Column(nullable = false, length = 100)
    private String title;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @Column(name = "raised_by", nullable = false, length = 64)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestStatus status;

    @Column(name = "department_code", length = 20)
    private String departmentCode;

    @Column(name = "task_force", nullable = false)
    private boolean taskForce;

    private LocalDate deadline;

    /** How many working days after {@code routedOn} the deadline is. */
    @Column(name = "deadline_working_days")
    private Integer deadlineWorkingDays;

    /** Counted on a year whose holiday notice is not entered yet (预计): counted again when it is. */
    @Column(name = "deadline_provisional", nullable = false)
    private boolean deadlineProvisional;

    @Column(name = "routed_at")
    private Instant routedAt;

    /** The Beijing day of routing, from which the deadline and the response time count working days. */
    @Column(name = "routed_on")
    private LocalDate routedOn;

    @Column(length = 2000)
    private String resolution;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_on")
    private LocalDate resolvedOn;

    private Integer rating;

    @Column(name = "rating_comment", length = 500)
    private String ratingComment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    protected ServiceRequest() {}

    public ServiceRequest(Enterprise enterprise, ServiceModule module, String title, String description) {
        this.enterprise = enterprise;
        this.districtCode = enterprise.district().code();
        this.module = module;
        this.title = title;
        this.description = description;
    }

    public void raise(LocalDate on, String by, Instant at, RequestStatus to) {
        this.raisedOn = on;
        this.raisedBy = by;
        this.raisedAt = at;
        this.status = to;
    }

    /**
     * To a city department ({@code taskForce} false) or the district's task force on the day {@code on}, due on
     * {@code deadline}, counted in working days from {@code on}.
     */
    public void route(
            String departmentCode, boolean taskForce, LocalDate on, Deadline deadline, Instant at, RequestStatus to) {
        this.departmentCode = departmentCode;
        this.taskForce = taskForce;
        deadline(deadline);
        this.routedAt = at;
        this.routedOn = on;
        this.status = to;
    }

    /** The deadline counted again on a calendar that now has the year's holiday notice. */
    public void deadline(Deadline counted) {
        this.deadline = counted.date();
        this.deadlineWorkingDays = counted.workingDays();
        this.deadlineProvisional = counted.provisional();
    }

    /** The deadline as counted, or null while not routed. */
    public Deadline counted() {
        return deadline == null
                ? null
                : new Deadline(
                        deadlineWorkingDays == null ? null : routedOn,
                        deadlineWorkingDays,
                        deadline,
                        deadlineProvisional);
    }

    public boolean deadlineProvisional() {
        return deadlineProvisional;
    }

    /** Back to the city office, to be routed again. */
    public void handBack(RequestStatus to) {
        this.departmentCode = null;
        this.taskForce = false;
        this.deadline = null;
        this.deadlineWorkingDays = null;
        this.deadlineProvisional = false;
        this.routedAt = null;
        this.routedOn = null;
        this.status = to;
    }

    public void move(RequestStatus to) {
        this.status = to;
    }

    public void resolve(String resolution, LocalDate on, Instant at, RequestStatus to) {
        this.resolution = resolution;
        this.resolvedAt = at;
        this.resolvedOn = on;
        this.status = to;
    }

    public void rate(int rating, String comment, Instant at, RequestStatus to) {
        this.rating = rating;
        this.ratingComment = comment;
        this.ratedAt = at;
        this.status = to;
    }

    /**
     * Routed, not yet resolved, and past its deadline on {@code today}; never on a provisional deadline, which the
     * year's holiday notice may still move later.
     */
    public boolean overdueOn(LocalDate today) {
        return deadline != null
                && !deadlineProvisional
                && (status == RequestStatus.ROUTED || status == RequestStatus.IN_PROGRESS)
                && deadline.isBefore(today);
    }

    public Long id() {
        return id;
    }

    public Enterprise enterprise() {
        return enterprise;
    }

    public String districtCode() {
        return districtCode;
    }

    public ServiceModule module() {
        return module;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public LocalDate raisedOn() {
        return raisedOn;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public RequestStatus status() {
        return status;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public boolean taskForce() {
        return taskForce;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public Instant routedAt() {
        return routedAt;
    }

    public LocalDate routedOn() {
        return routedOn;
    }

    public LocalDate resolvedOn() {
        return resolvedOn;
    }

    public String resolution() {
        return resolution;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Integer rating() {
        return rating;
    }

    public String ratingComment() {
        return ratingComment;
    }

    public Instant ratedAt() {
        return ratedAt;
    }
}
