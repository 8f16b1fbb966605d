package vn.toasoan.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A second server on the same data directory says why it stops in a few lines, not under a long stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Chạy máy chủ thứ hai với TOASOAN_DATA_DIR khác, hoặc dừng tiến trình đang chạy."
                        + " (Give a second server its own TOASOAN_DATA_DIR, or stop the running process.)",
                cause);
    }
}
