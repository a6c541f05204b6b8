package se.uppfoljning.cases;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.uppfoljning.base.DemoProperties;

/** Creates the two demo projects and their cases once, when demo data is switched on. */
@Component
@Order(10)
class DemoCases implements ApplicationRunner {

    private static final List<String> SOUTH_DISTRICTS = List.of("Farsta", "Skarpnäck", "Älvsjö", "Enskede-Årsta-Vantör", "Skärholmen");
    private final DemoProperties demo;
    private final ProjectRepository projects;
    private final ProgrammeRepository programmes;
    private final SchoolRepository schools;
    private final PupilCaseRepository cases;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    DemoCases(DemoProperties demo, ProjectRepository projects, ProgrammeRepository programmes, SchoolRepository schools,
              PupilCaseRepository cases, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.demo = demo;
        this.projects = projects;
        this.programmes = programmes;
        this.schools = schools;
        this.cases = cases;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || projects.findByNameIgnoreCase(DemoProperties.PROJECT_SOUTH).isPresent()) {
            return;
        }
        Programme programme = programmes.findAll().getFirst();
        List<School> all = schools.findAll();
        Project south = project(programme, DemoProperties.PROJECT_SOUTH,
                all.stream().filter(s -> SOUTH_DISTRICTS.contains(s.getDistrict().getName())).toList());
        Project northwest = project(programme, DemoProperties.PROJECT_NORTHWEST,
                all.stream().filter(s -> !SOUTH_DISTRICTS.contains(s.getDistrict().getName())).toList());
        Random random = new Random(42);
        SecureRandom codes = new SecureRandom();
        for (School s : all) {
            for (String year : List.of("2025/26", "2026/27")) {
                jdbc.sql("INSERT IGNORE INTO case_target_group (school_id, school_year, target_size) VALUES (?, ?, ?)")
                        .params(s.getId(), year, 25 + random.nextInt(40)).update();
            }
        }
        for (Project p : List.of(south, northwest)) {
            for (School s : p.getSchools()) {
                for (int i = 0; i < demo.casesPerSchool(); i++) {
                    int grade = 4 + random.nextInt(6);
                    Gender gender = Gender.values()[random.nextInt(10) < 9 ? random.nextInt(2) : 2 + random.nextInt(2)];
                    LocalDate start = p.getStartDate().plusDays(random.nextInt(120));
                    PupilCase c = new PupilCase(CaseCode.random(codes));
                    c.apply(new CaseData(p.getId(), s.getId(), grade, gender, start, null, CaseStatus.ACTIVE, null,
                            null, null, BigDecimal.valueOf(20_000 + random.nextInt(60_000))), p, s);
                    cases.save(c);
                }
            }
        }
    }

    private Project project(Programme programme, String name, List<School> members) {
        Project p = new Project(programme);
        p.apply(new ProjectData(name, LocalDate.of(2025, 8, 1), LocalDate.of(2027, 6, 30),
                "Uppstart ht 2025; Genomförande 2026; Avslut vt 2027", new BigDecimal("4500000"), 20, 36, null));
        p.getSchools().addAll(members);
        return projects.save(p);
    }
}
