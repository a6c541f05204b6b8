package se.uppfoljning.surveys;

/** One row of a matrix question; answered on the matrix's scale and stored under {@code questionId.itemId}. */
public record MatrixItem(String id, LocalizedText text, String analysisKey) {
}
