package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The gzip copy of a page goes to the clients that take it, and never to one that refuses it. */
class AcceptEncodingTests {

    @Test
    void browsersGetTheGzipCopy() {
        assertThat(AcceptEncoding.takesGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(AcceptEncoding.takesGzip("gzip, deflate")).isTrue();
        assertThat(AcceptEncoding.takesGzip("GZIP")).isTrue();
        assertThat(AcceptEncoding.takesGzip("br;q=1.0, gzip;q=0.8, *;q=0.1")).isTrue();
        assertThat(AcceptEncoding.takesGzip("x-gzip")).isTrue();
        assertThat(AcceptEncoding.takesGzip("br, *")).isTrue();
        assertThat(AcceptEncoding.takesGzip("identity;q=0.5, *;q=0.3")).isTrue();
    }

    @Test
    void aClientThatRefusesGzipOrNeverNamesItGetsThePlainPage() {
        assertThat(AcceptEncoding.takesGzip(null)).isFalse();
        assertThat(AcceptEncoding.takesGzip("")).isFalse();
        assertThat(AcceptEncoding.takesGzip("identity")).isFalse();
        assertThat(AcceptEncoding.takesGzip("br, deflate")).isFalse();
        assertThat(AcceptEncoding.takesGzip("gzip;q=0")).isFalse();
        assertThat(AcceptEncoding.takesGzip("gzip; q=0.000, identity")).isFalse();
        assertThat(AcceptEncoding.takesGzip("br, gzip;q=0, *;q=1")).isFalse();
        assertThat(AcceptEncoding.takesGzip("*;q=0")).isFalse();
        assertThat(AcceptEncoding.takesGzip("br;q=1, *;q=0")).isFalse();
    }
}
