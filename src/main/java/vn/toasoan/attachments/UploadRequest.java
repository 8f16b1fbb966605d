package vn.toasoan.attachments;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.DefaultMultipartHttpServletRequest;

/**
 * A reader's form's request once its body was streamed: Spring MVC binds the fields and the attachment from it as
 * from any multipart request, and never asks the servlet container to parse (and spool to disk) the body again.
 */
final class UploadRequest extends DefaultMultipartHttpServletRequest {

    private final Map<String, String[]> parameters;

    UploadRequest(HttpServletRequest request, ParsedUpload upload) {
        super(request, files(upload), upload.fieldArrays(), Map.of());
        this.parameters = merge(query(request.getQueryString()), upload.fieldArrays());
        request.setAttribute(ParsedUpload.ATTRIBUTE, upload);
    }

    private static MultiValueMap<String, MultipartFile> files(ParsedUpload upload) {
        MultiValueMap<String, MultipartFile> files = new LinkedMultiValueMap<>();
        if (upload.file() != null) {
            files.add(MultipartUploadReader.FILE_FIELD, upload.file());
        }
        return files;
    }

    // The container's own parameter parsing would try to read the multipart body, which is gone.
    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters.get(name);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(parameters);
    }

    private static Map<String, String[]> query(String queryString) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (queryString != null) {
            for (String pair : queryString.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }
        Map<String, String[]> map = new LinkedHashMap<>();
        values.forEach((k, v) -> map.put(k, v.toArray(String[]::new)));
        return map;
    }

    private static Map<String, String[]> merge(Map<String, String[]> first, Map<String, String[]> second) {
        Map<String, String[]> merged = new LinkedHashMap<>(first);
        second.forEach((k, v) -> merged.merge(k, v, (a, b) -> {
            String[] all = new String[a.length + b.length];
            System.arraycopy(a, 0, all, 0, a.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }));
        return merged;
    }
}
