package se.uppfoljning.cases;

interface SchoolRepository extends NamedReferenceRepository<School> {
}
