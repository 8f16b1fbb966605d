package vn.toasoan.comments;

final class PartialIp {

    private PartialIp() {}

    static String of(String ip) {
        if (ip == null || ip.isBlank()) {
            return "";
        }
        if (ip.contains(":")) {
            String[] groups = ip.split(":", -1);
            int keep = Math.min(3, groups.length);
            return String.join(":", java.util.Arrays.copyOf(groups, keep)) + "::/48";
        }
        int lastDot = ip.lastIndexOf('.');
        return lastDot < 0 ? ip : ip.substring(0, lastDot) + ".x";
    }
}
