package se.uppfoljning.reports;

/** A generated file, ready to download. */
public record ReportFile(String fileName, String contentType, byte[] bytes) {
}
