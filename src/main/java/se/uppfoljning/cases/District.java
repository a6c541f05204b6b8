package se.uppfoljning.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "case_district")
class District extends NamedReference {

    protected District() {
    }

    District(String name) {
        super(name);
    }
}
