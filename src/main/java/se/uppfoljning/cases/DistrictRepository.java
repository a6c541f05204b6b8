package se.uppfoljning.cases;

interface DistrictRepository extends NamedReferenceRepository<District> {
}
