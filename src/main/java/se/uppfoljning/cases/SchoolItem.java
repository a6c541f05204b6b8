package se.uppfoljning.cases;

/** A school with its district; {@link ReferenceDataService#districts()} uses it for districts alone (id = district id). */
public record SchoolItem(long id, String name, long districtId, String districtName) {
    public static final int NAME_MAX_LENGTH = 120;
}
