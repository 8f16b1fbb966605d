package vn.toasoan.comments;

import java.time.Instant;

/**
 * A blocked e-mail address or IP: its later comments are held for an editor, or refused.
 *
 * @param value the e-mail address, the IPv4 address, or the IPv6 /64 network
 */
public record Block(long id, Kind kind, String value, Action action, String createdBy, Instant createdAt) {

    /** What the newsroom's pages show: the e-mail address, or only part of the IP. */
    public String shown() {
        return kind == Kind.IP ? PartialIp.of(value) : value;
    }

    /** The audit log need not repeat a reader's address in full. */
    static String masked(Kind kind, String value) {
        if (kind == Kind.IP) {
            return PartialIp.of(value);
        }
        int at = value.indexOf('@');
        return at <= 1 ? "***" + value.substring(Math.max(at, 0)) : value.charAt(0) + "***" + value.substring(at);
    }

    public enum Kind {
        EMAIL,
        IP
    }

    public enum Action {
        HOLD,
        REFUSE
    }
}
