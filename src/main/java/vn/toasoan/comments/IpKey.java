package vn.toasoan.comments;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The sender that rate limits and IP blocks count: an IPv4 address as it is, and for IPv6 the /64 network, since one
 * home or phone gets a whole /64 and may take a fresh address from it at will.
 */
final class IpKey {

    private static final int GROUPS = 8;

    private IpKey() {}

    /**
     * {@code 203.113.45.7} stays; {@code 2402:800:6343:1a2b::7} becomes {@code 2402:800:6343:1a2b::/64}; an
     * IPv4-mapped {@code ::ffff:203.113.45.7} is the IPv4 reader it stands for.
     */
    static String of(String ip) {
        if (ip == null) {
            return "";
        }
        String clean = ip.strip();
        return ipv6Groups(clean)
                .map(groups -> mappedIpv4(groups).orElseGet(() -> prefix(groups, 4) + "/64"))
                .orElseGet(() -> clean.toLowerCase(Locale.ROOT));
    }

    /** The IPv4 address inside an IPv4-mapped IPv6 one ({@code ::ffff:a.b.c.d}). */
    static Optional<String> mappedIpv4(int[] groups) {
        boolean mapped = groups[5] == 0xffff && Arrays.stream(groups, 0, 5).allMatch(g -> g == 0);
        return mapped
                ? Optional.of(
                        (groups[6] >> 8) + "." + (groups[6] & 0xff) + "." + (groups[7] >> 8) + "." + (groups[7] & 0xff))
                : Optional.empty();
    }

    /**
     * The first {@code count} groups, zeros after them compressed as in RFC 5952 (which is also how PostgreSQL writes
     * a {@code cidr}): {@code 2001:db8::} for 2001:db8:0:0.
     */
    static String prefix(int[] groups, int count) {
        int end = count;
        while (end > 0 && groups[end - 1] == 0) {
            end--;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < end; i++) {
            out.append(Integer.toHexString(groups[i])).append(':');
        }
        return end == 0 ? "::" : out.append(':').toString();
    }

    /**
     * The eight 16-bit groups of an IPv6 address in any textual form ({@code ::}, an embedded IPv4 tail, a zone, a
     * {@code /64} suffix, brackets); empty for IPv4 and anything that is not an IPv6 address.
     */
    static Optional<int[]> ipv6Groups(String text) {
        String s = text;
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        int cut = indexOfAny(s, '%', '/');
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        if (!s.contains(":") || s.isEmpty()) {
            return Optional.empty();
        }
        int[] tail = new int[0];
        int lastColon = s.lastIndexOf(':');
        if (s.indexOf('.', lastColon) >= 0) {
            Optional<int[]> v4 = ipv4Groups(s.substring(lastColon + 1));
            if (v4.isEmpty()) {
                return Optional.empty();
            }
            tail = v4.get();
            s = s.substring(0, lastColon + 1) + "0:0";
        }
        int[] groups = parseGroups(s);
        if (groups == null) {
            return Optional.empty();
        }
        if (tail.length == 2) {
            groups[6] = tail[0];
            groups[7] = tail[1];
        }
        return Optional.of(groups);
    }

    private static int[] parseGroups(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String[] head = gap < 0 ? s.split(":", -1) : split(s.substring(0, gap));
        String[] rest = gap < 0 ? new String[0] : split(s.substring(gap + 2));
        if (gap < 0 ? head.length != GROUPS : head.length + rest.length > GROUPS - 1) {
            return null;
        }
        int[] groups = new int[GROUPS];
        for (int i = 0; i < head.length; i++) {
            groups[i] = group(head[i]);
        }
        for (int i = 0; i < rest.length; i++) {
            groups[GROUPS - rest.length + i] = group(rest[i]);
        }
        return Arrays.stream(groups).allMatch(g -> g >= 0) ? groups : null;
    }

    private static String[] split(String part) {
        return part.isEmpty() ? new String[0] : part.split(":", -1);
    }

    private static int group(String hex) {
        if (hex.isEmpty() || hex.length() > 4 || !hex.chars().allMatch(IpKey::isHexDigit)) {
            return -1;
        }
        return Integer.parseInt(hex, 16);
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static Optional<int[]> ipv4Groups(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        int[] bytes = new int[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            bytes[i] = Integer.parseInt(parts[i]);
            if (bytes[i] > 255) {
                return Optional.empty();
            }
        }
        return Optional.of(new int[] {bytes[0] << 8 | bytes[1], bytes[2] << 8 | bytes[3]});
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
