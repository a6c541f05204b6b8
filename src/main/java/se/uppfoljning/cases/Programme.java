package se.uppfoljning.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "case_programme")
class Programme extends NamedReference {

    protected Programme() {
    }
}
