package vn.toasoan.storage;

import java.nio.file.Path;
import vn.toasoan.platform.OperatorText;

/** Another Tòa Soạn process, a server or a command, runs on the same data directory with the embedded database. */
class DataDirectoryInUseException extends IllegalStateException {

    DataDirectoryInUseException(Path dataDir) {
        super(OperatorText.get("storage.dataDirectoryInUse", dataDir.toString()));
    }
}
