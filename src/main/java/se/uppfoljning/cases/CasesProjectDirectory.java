package se.uppfoljning.cases;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.security.ProjectDirectory;

@Component
class CasesProjectDirectory implements ProjectDirectory {

    private final ProjectRepository projects;
    private final DistrictRepository districts;
    private final SchoolRepository schools;

    CasesProjectDirectory(ProjectRepository projects, DistrictRepository districts, SchoolRepository schools) {
        this.projects = projects;
        this.districts = districts;
        this.schools = schools;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Option> projects() {
        return projects.findAll().stream().map(p -> new Option(p.getId(), p.getName()))
                .sorted(Comparator.comparing(Option::name)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Option> districts() {
        return districts.findAll().stream().map(d -> new Option(d.getId(), d.getName()))
                .sorted(Comparator.comparing(Option::name)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Option> schools() {
        return schools.findAll().stream().map(s -> new Option(s.getId(), s.getName()))
                .sorted(Comparator.comparing(Option::name)).toList();
    }
}
