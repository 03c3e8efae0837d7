package cn.gov.baotou.talent.rareearth.team.boundary;

/**
 * A team as reported, every field as typed: the city office names the enterprise ({@code enterpriseId}), an
 * enterprise reports its own; the terms are those agreed case by case (一事一议).
 */
public record TeamForm(
        String enterpriseId,
        String name,
        String field,
        String leaderName,
        String members,
        String introducedOn,
        String terms) {}
