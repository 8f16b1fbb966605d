package vn.toasoan.comments;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Reader comments: limits and abuse defences. Behind a reverse proxy, set {@code server.forward-headers-strategy}
 * so that per-IP limits see readers' addresses rather than the proxy's.
 *
 * @param perIp how often one IP address may comment; for IPv6, one /64 network, which a single home or phone holds
 * @param perEmail how often one e-mail address may comment
 * @param repeatWindow the same text from the same sender within this time is refused (default 6 minutes)
 * @param maxLinks more links than this hold the comment with a flag (default 2)
 * @param minFillTime a form sent sooner than this after the page was served is refused as a robot's (default 3 s)
 * @param maxFormAge a form older than this must be sent again (default 7 days)
 * @param maxAttachmentSize one attachment at most this big (default 10 MB: 10 × 1024 × 1024 bytes)
 * @param drainLimit an oversized upload is read and thrown away up to this size, so that the reader's browser shows
 *     the refusal page; beyond it the connection is closed (default 64 MB)
 * @param pageSize approved comments per page under an article (default 20)
 * @param queuePageSize comments per page in the moderation queue (default 30)
 */
@ConfigurationProperties("toasoan.comments")
record CommentProperties(
        @DefaultValue Rate perIp,
        @DefaultValue Rate perEmail,
        @DefaultValue("6m") Duration repeatWindow,
        @DefaultValue("2") int maxLinks,
        @DefaultValue("3s") Duration minFillTime,
        @DefaultValue("7d") Duration maxFormAge,
        @DefaultValue("10MB") DataSize maxAttachmentSize,
        @DefaultValue("64MB") DataSize drainLimit,
        @DefaultValue("20") int pageSize,
        @DefaultValue("30") int queuePageSize) {

    /**
     * @param minInterval at most one comment within this time (default 15 s)
     * @param perHour at most this many comments within an hour (default 10)
     */
    public record Rate(
            @DefaultValue("15s") Duration minInterval,
            @DefaultValue("10") int perHour) {}
}
