package vn.toasoan.comments;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sender that rate limits and IP blocks count: an IPv4 address as it is, and for IPv6 the /64 network, since one
 * home or phone gets a whole /64 and may take a fresh address from it at will.
 */
final class IpKey {

    /** Only hex digits, colons and dots: the JDK then parses the text as a literal and never asks DNS. */
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

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
                .map(groups -> prefix(groups, 4) + "/64")
                .orElseGet(() -> mappedIpv4(clean).orElse(clean.toLowerCase(Locale.ROOT)));
    }

    /** The IPv4 address an IPv4-mapped IPv6 one ({@code ::ffff:a.b.c.d}) stands for. */
    static Optional<String> mappedIpv4(String text) {
        return parse(text).filter(Inet4Address.class::isInstance).map(InetAddress::getHostAddress);
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
     * {@code /64} suffix, brackets); empty for IPv4, IPv4-mapped addresses and anything that is not an address.
     */
    static Optional<int[]> ipv6Groups(String text) {
        return parse(text).filter(address -> !(address instanceof Inet4Address)).map(address -> {
            byte[] bytes = address.getAddress();
            int[] groups = new int[8];
            for (int i = 0; i < groups.length; i++) {
                groups[i] = (bytes[2 * i] & 0xff) << 8 | (bytes[2 * i + 1] & 0xff);
            }
            return groups;
        });
    }

    private static Optional<InetAddress> parse(String text) {
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        s = s.replaceFirst("[%/].*$", "");
        if (!IPV6_LITERAL.matcher(s).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(s));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
