package cn.gov.baotou.talent.servicesplan.taskforce.boundary;

import java.util.List;

/** A district's task force as pages and the API show it: one seat per department, with its commissioners (or none). */
public record TaskForceView(String districtCode, String districtName, List<Seat> seats) {

    /** A department's place in the task force and the accounts that fill it; empty when nobody is appointed yet. */
    public record Seat(String departmentCode, String departmentName, List<Member> commissioners) {

        public boolean vacant() {
            return commissioners.isEmpty();
        }
    }

    /** A commissioner's account. */
    public record Member(String username, String displayName) {}

    public long vacancies() {
        return seats.stream().filter(Seat::vacant).count();
    }
}
