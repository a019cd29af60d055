package io.bastion.village.domain;

import io.bastion.platform.domain.VersionedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A village (村) in the registry, keyed by its 12-digit division code. */
@Entity
@Table(name = "village")
public class Village extends VersionedRecord {

    @Id
    public String code;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "urban_rural_class", nullable = false, length = 3)
    public String urbanRuralClass;

    public Integer households;

    public Integer population;

    @Column(name = "party_members")
    public Integer partyMembers;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_organization_form")
    public PartyOrganizationForm partyOrganizationForm;

    /** Position in the changes feed; see {@link VillageChanges}. */
    @Column(name = "change_seq", nullable = false)
    public long changeSeq;

    public boolean removed;

    /** The 9-digit code of the township the village belongs to. */
    public String township() {
        return code.substring(0, 9);
    }

    void apply(VillageDraft draft) {
        name = draft.name().trim();
        urbanRuralClass = draft.urbanRuralClass();
        households = draft.households();
        population = draft.population();
        partyMembers = draft.partyMembers();
        partyOrganizationForm = draft.partyOrganizationForm() == null ? null
                : PartyOrganizationForm.valueOf(draft.partyOrganizationForm());
    }

    /** True when the draft would change nothing that the registry keeps. */
    boolean matches(VillageDraft draft) {
        return !removed
                && name.equals(draft.name().trim())
                && urbanRuralClass.equals(draft.urbanRuralClass())
                && java.util.Objects.equals(households, draft.households())
                && java.util.Objects.equals(population, draft.population())
                && java.util.Objects.equals(partyMembers, draft.partyMembers())
                && java.util.Objects.equals(partyOrganizationForm == null ? null : partyOrganizationForm.name(),
                        draft.partyOrganizationForm());
    }

    /** The village as a draft, the starting point of a partial update. */
    public VillageDraft toDraft() {
        return new VillageDraft(code, name, urbanRuralClass, households, population, partyMembers,
                partyOrganizationForm == null ? null : partyOrganizationForm.name());
    }
}
