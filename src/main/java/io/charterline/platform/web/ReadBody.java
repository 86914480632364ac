package io.charterline.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A request whose body a filter has read, so that whoever comes next can read it again. */
public final class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;
    private final ServletInputStream input;

    private ReadBody(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
        this.input = replay(body);
    }

    /** Reads the request's body, unless it is longer than {@code limit} bytes: then nothing is left to read. */
    public static Optional<ReadBody> upTo(HttpServletRequest request, int limit) throws IOException {
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        return body.length > limit ? Optional.empty() : Optional.of(new ReadBody(request, body));
    }

    public byte[] body() {
        return body;
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
        return input;
    }

    @Override
    public BufferedReader getReader() {
        Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8
                : Charset.forName(getCharacterEncoding());
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    private static ServletInputStream replay(byte[] body) {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return bytes.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("The body was read before; it is not read asynchronously");
            }
        };
    }
}
