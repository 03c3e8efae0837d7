package cn.gov.baotou.talent.servicesplan.nomination.boundary;

import cn.gov.baotou.talent.core.web.boundary.PageReplies;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Meeting;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nomination;
import cn.gov.baotou.talent.servicesplan.nomination.entity.NominationStatus;
import cn.gov.baotou.talent.servicesplan.nomination.entity.Nominee;
import cn.gov.baotou.talent.servicesplan.rest.ServicesPlanText;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 会议研究确定 and 反馈 (services-plan.5.3, 5.4), the city office's page: the nominations on the meeting's list with a
 * box for each nominee approved, the meeting's date and minutes; then the decided ones to send back.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient NominationDesk desk;

    @Inject
    transient MeetingDesk meetings;

    private String meetingDate;
    private String minutesNo;
    private String documentId;
    private final Map<Long, Boolean> approved = new HashMap<>();
    private final Map<Long, Boolean> onList = new HashMap<>();
    private final Map<Long, String> opinions = new HashMap<>();

    public List<Nomination> getWaiting() {
        return desk.search(NominationStatus.MEETING, null, 0, 200);
    }

    public List<Nomination> getDecided() {
        return desk.search(NominationStatus.DECIDED, null, 0, 200);
    }

    public void decide() {
        List<MeetingForm.Decision> decisions = new ArrayList<>();
        for (Nomination n : getWaiting()) {
            if (Boolean.TRUE.equals(onList.get(n.id()))) {
                List<Long> ids = n.nominees().stream()
                        .map(Nominee::id)
                        .filter(id -> Boolean.TRUE.equals(approved.get(id)))
                        .toList();
                decisions.add(new MeetingForm.Decision(n.id(), ids, opinions.get(n.id())));
            }
        }
        try {
            Meeting m = meetings.decide(new MeetingForm(meetingDate, minutesNo, documentId, decisions));
            PageReplies.info(ServicesPlanText.BUNDLE, "page.meeting.decided", m.minutesNo(), decisions.size());
            approved.clear();
            onList.clear();
            opinions.clear();
        } catch (RuntimeException e) {
            PageReplies.refuse(e, field -> field.startsWith("decisions") ? null : "meetingForm:" + field);
        }
    }

    public void feedBack(long id) {
        try {
            meetings.feedBack(id, null);
            PageReplies.info(ServicesPlanText.BUNDLE, "page.meeting.sent", String.valueOf(id));
        } catch (RuntimeException e) {
            PageReplies.refuse(e, field -> null);
        }
    }

    public Map<Long, Boolean> getApproved() {
        return approved;
    }

    public Map<Long, Boolean> getOnList() {
        return onList;
    }

    public Map<Long, String> getOpinions() {
        return opinions;
    }

    public String getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(String meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getMinutesNo() {
        return minutesNo;
    }

    public void setMinutesNo(String minutesNo) {
        this.minutesNo = minutesNo;
    }

    public String getDocumentId() {
        return documentId;
    }

    public void setDocumentId(String documentId) {
        this.documentId = documentId;
    }
}
