package io.bastion.village.api;

import io.bastion.platform.problem.ApiProblem;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload read up to its limit and no further: a chunked body declares no length, so it is
 * counted as it comes and refused with a 413 the moment it passes the limit, not after it is all in.
 */
final class BoundedInput extends FilterInputStream {

    private final long limit;
    private long read;

    BoundedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > limit) {
            throw new ApiProblem(413, "payload-too-large");
        }
    }
}
