package se.uppfoljning.cases;

public record SchoolItem(long id, String name, long districtId, String districtName) {
}
