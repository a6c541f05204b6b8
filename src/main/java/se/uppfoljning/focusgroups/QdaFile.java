package se.uppfoljning.focusgroups;

/** A generated REFI-QDA file ({@code .qdpx} or {@code .qdc}), ready to download. */
public record QdaFile(String fileName, String contentType, byte[] bytes) {
}
