package vn.toasoan.storage;

import java.nio.file.Path;

/** Another Tòa Soạn process runs on the same data directory with the embedded database. */
public class DataDirectoryInUseException extends IllegalStateException {

    DataDirectoryInUseException(Path dataDir) {
        super("Một tiến trình Tòa Soạn khác đang dùng thư mục dữ liệu " + dataDir
                + ". Hãy dừng máy chủ trước khi chạy lệnh này."
                + " (Another Tòa Soạn process is using this data directory; stop the server first.)");
    }
}
