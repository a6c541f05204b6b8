package se.uppfoljning.base.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;

/** Downloads of files built in memory. */
public final class Downloads {

    private Downloads() {
    }

    /**
     * Serves {@code bytes} as an attachment and runs {@code written} only once every byte has been written to the
     * response, in the download request (with the caller's security context): that is when a file counts as
     * downloaded in the audit trail, not when it was built or the link shown (issue #13, item 17). A broken
     * connection throws before {@code written} runs.
     */
    public static DownloadHandler recorded(byte[] bytes, String fileName, String contentType, Runnable written) {
        return recorded(() -> bytes, fileName, contentType, written);
    }

    /**
     * As {@link #recorded(byte[], String, String, Runnable)}, with the file built only when it is requested, in
     * the download request (so a service called by {@code build} sees the caller's security context).
     */
    public static DownloadHandler recorded(java.util.function.Supplier<byte[]> build, String fileName,
                                           String contentType, Runnable written) {
        return event -> {
            byte[] bytes = build.get();
            event.setFileName(fileName);
            event.setContentType(contentType);
            event.setContentLength(bytes.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(bytes);
                out.flush();
            }
            written.run();
        };
    }
}
