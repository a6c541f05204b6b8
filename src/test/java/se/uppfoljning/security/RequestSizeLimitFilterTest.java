package se.uppfoljning.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** ASVS 5.2.1: bodies over the limit are refused before anything reads them into memory. */
class RequestSizeLimitFilterTest {

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(1000);

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWith413AndNothingRuns() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setContent(new byte[1001]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aBodyWithoutDeclaredLengthFailsOnceTheLimitIsRead() throws Exception {
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicReference<Integer> readOk = new AtomicReference<>();
        HttpServlet reader = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) {
                try {
                    readOk.set(req.getInputStream().readAllBytes().length);
                } catch (IOException e) {
                    failure.set(e);
                }
            }
        };
        filter.doFilter(chunked(1000), new MockHttpServletResponse(), new MockFilterChain(reader));
        assertThat(readOk.get()).isEqualTo(1000);
        assertThat(failure.get()).isNull();

        filter.doFilter(chunked(1001), new MockHttpServletResponse(), new MockFilterChain(reader));
        assertThat(failure.get()).isInstanceOf(IOException.class).hasMessageContaining("larger than 1000 bytes");
    }

    @Test
    void theReaderIsLimitedToo() {
        RequestSizeLimitFilter.Limited limited = new RequestSizeLimitFilter.Limited(chunked(2000), 1000);
        assertThatThrownBy(() -> limited.getReader().lines().count()).hasRootCauseInstanceOf(IOException.class);
    }

    /** A request with a body but no Content-Length, as with chunked transfer encoding. */
    private static MockHttpServletRequest chunked(int size) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent(new byte[size]);
        return request;
    }
}
