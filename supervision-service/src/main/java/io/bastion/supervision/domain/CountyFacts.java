package io.bastion.supervision.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The facts behind every figure the county counts, kept per source record: recording a record's
 * facts replaces what it said before, so a changed record (a year's figures recorded again, a
 * pairing ended) is counted as it stands now, and only once.
 */
@ApplicationScoped
public class CountyFacts {

    /** A figure over a date range, split by its facts' notes where they have one. */
    public record Total(Figure figure, BigDecimal value, Map<String, BigDecimal> byNote) {
    }

    /** One fact as listed behind a figure. */
    public record Row(String source, String sourceId, String subject, String villageCode, String townshipCode, LocalDate periodStart,
                      LocalDate periodEnd, BigDecimal quantity, String note) {
    }

    // Village facts count only for villages with a case; a township-wide training has no village.
    private static final String COUNTED = " from county_fact f where f.period_start <= ?1 and f.period_end >= ?2"
            + " and f.township_code like ?3 and (f.village_code is null or exists"
            + " (select 1 from case_file c where c.village_code = f.village_code))";

    @Inject
    EntityManager em;

    /** Whether {@code version} is newer than any applied for the source record; if so it is now the newest. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean newer(String source, String sourceId, int version) {
        return em.createNativeQuery("insert into fact_source (source, source_id, version) values (?1, ?2, ?3)"
                        + " on conflict (source, source_id) do update set version = excluded.version"
                        + " where fact_source.version < excluded.version")
                .setParameter(1, source).setParameter(2, sourceId).setParameter(3, version).executeUpdate() == 1;
    }

    /** What the source record now contributes, replacing what it contributed before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String source, String sourceId, List<Fact> facts) {
        em.createNativeQuery("delete from county_fact where source = ?1 and source_id = ?2")
                .setParameter(1, source).setParameter(2, sourceId).executeUpdate();
        for (Fact f : facts) {
            if (f.counts()) {
                em.createNativeQuery("insert into county_fact (figure, source, source_id, subject, village_code, township_code,"
                                + " period_start, period_end, quantity, note) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                        .setParameter(1, f.figure().key).setParameter(2, source).setParameter(3, sourceId).setParameter(4, f.subject())
                        .setParameter(5, f.villageCode()).setParameter(6, f.townshipCode()).setParameter(7, f.periodStart())
                        .setParameter(8, f.periodEnd()).setParameter(9, f.quantity()).setParameter(10, f.note())
                        .executeUpdate();
            }
        }
    }

    /** Every figure over the days {@code from}..{@code to} within the division, zero where nothing was recorded. */
    public Map<Figure, Total> totals(LocalDate from, LocalDate to, String division) {
        Map<Figure, BigDecimal> values = new EnumMap<>(Figure.class);
        Map<Figure, Map<String, BigDecimal>> notes = new EnumMap<>(Figure.class);
        for (Object[] row : rows("select f.figure, sum(f.quantity), count(distinct f.subject)" + COUNTED + " group by f.figure",
                from, to, division)) {
            Figure.byKey((String) row[0]).ifPresent(figure -> values.put(figure, value(figure, row[1], row[2])));
        }
        for (Object[] row : rows("select f.figure, f.note, sum(f.quantity), count(distinct f.subject)" + COUNTED
                + " and f.note is not null group by f.figure, f.note", from, to, division)) {
            Figure.byKey((String) row[0]).ifPresent(figure ->
                    notes.computeIfAbsent(figure, k -> new TreeMap<>()).put((String) row[1], value(figure, row[2], row[3])));
        }
        Map<Figure, Total> totals = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            totals.put(figure, new Total(figure, values.getOrDefault(figure, BigDecimal.ZERO), notes.getOrDefault(figure, Map.of())));
        }
        return totals;
    }

    /** The facts behind a figure (and note, if given), in a stable order, after the cursor's source record. */
    @SuppressWarnings("unchecked")
    public List<Row> behind(Figure figure, String note, LocalDate from, LocalDate to, String division, String after, int limit) {
        String sql = "select f.source, f.source_id, f.subject, f.village_code, f.township_code, f.period_start, f.period_end,"
                + " f.quantity, f.note" + COUNTED.replace("?1", ":to").replace("?2", ":from").replace("?3", ":division")
                + " and f.figure = :figure" + (note == null ? "" : " and f.note = :note")
                + (after == null ? "" : " and f.source || '|' || f.source_id > :after") + " order by f.source || '|' || f.source_id limit :limit";
        var query = em.createNativeQuery(sql).setParameter("to", to).setParameter("from", from).setParameter("division", division + "%")
                .setParameter("figure", figure.key).setParameter("limit", limit);
        if (note != null) {
            query.setParameter("note", note);
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new Row((String) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], date(r[5]), date(r[6]), (BigDecimal) r[7], (String) r[8])).toList();
    }

    private static BigDecimal value(Figure figure, Object sum, Object subjects) {
        if (figure.sum == Figure.Sum.SUBJECTS) {
            return BigDecimal.valueOf(((Number) subjects).longValue());
        }
        BigDecimal plain = ((BigDecimal) sum).stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, LocalDate from, LocalDate to, String division) {
        return em.createNativeQuery(sql).setParameter(1, to).setParameter(2, from).setParameter(3, division + "%").getResultList();
    }
}
