package vn.toasoan.storage;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One feature's folder in the {@link ObjectStore}, with names relative to it. A file stored while a database
 * transaction is open is deleted again if that transaction rolls back, so that a failed save leaves no file that no row
 * names.
 */
public final class StoredFolder {

    private final ObjectStore store;
    private final String name;
    private final ObjectStore.Access access;

    StoredFolder(ObjectStore store, String name, ObjectStore.Access access) {
        this.store = store;
        this.name = name;
        this.access = access;
    }

    public String name() {
        return name;
    }

    public ObjectStore.Access access() {
        return access;
    }

    public void put(String file, byte[] content, String contentType) {
        String key = key(file);
        store.put(key, content, contentType);
        deleteOnRollback(key);
    }

    /** Stores {@code source}, which is no longer where it was once this returns. */
    public void moveIn(String file, Path source, String contentType) {
        String key = key(file);
        store.moveIn(key, source, contentType);
        deleteOnRollback(key);
    }

    public Optional<Resource> resource(String file) {
        return store.resource(key(file));
    }

    public Optional<byte[]> read(String file) {
        return store.read(key(file));
    }

    public boolean exists(String file) {
        return store.stat(key(file)).isPresent();
    }

    public void delete(String file) {
        store.delete(key(file));
    }

    /** The files of this folder, their keys relative to the store. */
    public Stream<ObjectStore.ObjectInfo> list() {
        return store.list(name);
    }

    /** Where readers may fetch this file straight from the store, if this folder is public and the store says where. */
    public Optional<URI> publicUrl(String file) {
        return access == ObjectStore.Access.PUBLIC ? store.publicUrl(key(file)) : Optional.empty();
    }

    private String key(String file) {
        return ObjectStore.checkKey(name + "/" + file);
    }

    private void deleteOnRollback(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            store.delete(key);
                        } catch (RuntimeException ignored) {
                            // best effort: the rollback stands either way
                        }
                    }
                }
            });
        }
    }
}
