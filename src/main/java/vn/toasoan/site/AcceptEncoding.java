package vn.toasoan.site;

import java.util.Locale;

/** What a client's Accept-Encoding says of the one encoding the reader pages are kept in besides plain. */
final class AcceptEncoding {

    private AcceptEncoding() {}

    /** Named or as "*", with a weight above zero (RFC 9110, 12.5.3): "gzip;q=0" refuses it. */
    static boolean takesGzip(String accepted) {
        if (accepted == null) {
            return false;
        }
        accepted = accepted.toLowerCase(Locale.ROOT);
        if (accepted.indexOf(';') < 0) {
            // what browsers send: "gzip, deflate, br, zstd"
            return accepted.contains("gzip") || accepted.contains("*");
        }
        Boolean gzip = null;
        boolean any = false;
        for (String coding : accepted.split(",")) {
            int weightAt = coding.indexOf(';');
            String name = (weightAt < 0 ? coding : coding.substring(0, weightAt)).strip();
            boolean taken = weightAt < 0 || weight(coding.substring(weightAt + 1)) > 0;
            if (name.equals("gzip") || name.equals("x-gzip")) {
                gzip = taken;
            } else if (name.equals("*")) {
                any = taken;
            }
        }
        return gzip != null ? gzip : any;
    }

    private static double weight(String parameters) {
        for (String parameter : parameters.split(";")) {
            String p = parameter.strip();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 1;
                }
            }
        }
        return 1;
    }
}
