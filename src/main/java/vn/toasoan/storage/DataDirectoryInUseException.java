package vn.toasoan.storage;

import java.nio.file.Path;

/** Another Tòa Soạn process, a server or a command, runs on the same data directory with the embedded database. */
class DataDirectoryInUseException extends IllegalStateException {

    DataDirectoryInUseException(Path dataDir) {
        super("Một tiến trình Tòa Soạn khác (máy chủ đang chạy hoặc một lệnh) đang dùng thư mục dữ liệu " + dataDir
                + ". Hãy dừng máy chủ hoặc đợi lệnh kia xong rồi thử lại."
                + " (Another Tòa Soạn process, a running server or a command, is using this data directory;"
                + " stop the server first or wait for the command to finish.)");
    }
}
