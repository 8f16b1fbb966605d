package vn.toasoan.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import vn.toasoan.platform.OperatorText;

/** A second server on the same data directory says why it stops in a few lines, not under a long stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUseException cause) {
        return new FailureAnalysis(cause.getMessage(), OperatorText.get("storage.dataDirectoryInUse.action"), cause);
    }
}
