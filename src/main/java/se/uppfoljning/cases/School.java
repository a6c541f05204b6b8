package se.uppfoljning.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "case_school")
class School extends NamedReference {
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "district_id")
    private District district;

    protected School() {
    }

    School(String name, District district) {
        super(name);
        this.district = district;
    }

    District getDistrict() {
        return district;
    }

    void setDistrict(District district) {
        this.district = district;
    }
}
