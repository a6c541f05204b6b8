package se.uppfoljning.reports;

import java.util.List;

/** What an evaluator may choose from: projects, districts and schools in their scope. */
public record ReportOptions(List<Option> projects, List<Option> districts, List<Option> schools) {

    public record Option(long id, String name, long parentId) {
    }
}
