package io.bastion.supervision.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The names of counties and townships as village-service announces them; an older version changes nothing. */
@ApplicationScoped
public class DivisionNames {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void named(String code, String name, int version) {
        em.createNativeQuery("insert into division_name (code, name, version) values (?1, ?2, ?3) on conflict (code) do update"
                        + " set name = excluded.name, version = excluded.version where division_name.version < excluded.version")
                .setParameter(1, code).setParameter(2, name).setParameter(3, version).executeUpdate();
    }

    /** The name of the division whose code starts with the prefix (a county's 6 digits, a township's 9); the prefix if unknown. */
    public String of(String prefix) {
        String code = prefix + "0".repeat(12 - prefix.length());
        List<?> names = em.createNativeQuery("select name from division_name where code = ?1").setParameter(1, code).getResultList();
        return names.isEmpty() ? prefix : (String) names.get(0);
    }

    /** Every known name, by the division's prefix. */
    @SuppressWarnings("unchecked")
    public Map<String, String> all() {
        Map<String, String> names = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select code, name from division_name").getResultList()) {
            String code = (String) row[0];
            names.put(code.substring(0, code.endsWith("000000") ? 6 : 9), (String) row[1]);
        }
        return names;
    }
}
