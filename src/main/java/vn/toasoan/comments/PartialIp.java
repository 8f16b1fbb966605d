package vn.toasoan.comments;

/** Enough of an address for an editor to tell readers apart, never enough to find one. */
final class PartialIp {

    private PartialIp() {}

    /** {@code 203.113.45.x}; for IPv6 the /48 the address is in, {@code 2402:800:6343::/48}. */
    static String of(String ip) {
        if (ip == null || ip.isBlank()) {
            return "";
        }
        var groups = IpKey.ipv6Groups(ip);
        if (groups.isPresent()) {
            return IpKey.prefix(groups.get(), 3) + "/48";
        }
        var mapped = IpKey.mappedIpv4(ip);
        if (mapped.isPresent()) {
            return ipv4(mapped.get());
        }
        return ip.contains(":") ? "" : ipv4(ip.strip());
    }

    private static String ipv4(String ip) {
        int lastDot = ip.lastIndexOf('.');
        return lastDot < 0 ? "" : ip.substring(0, lastDot) + ".x";
    }
}
