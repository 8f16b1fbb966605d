package vn.toasoan.storage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.toasoan.platform.SiteChanged;

/** With a replica, a change announced by any node sends readers to the primary until the replica has it. */
@Component
class ReplicaFollowsChanges {

    private final ObjectProvider<Replica> replica;

    ReplicaFollowsChanges(ObjectProvider<Replica> replica) {
        this.replica = replica;
    }

    /** Before any cache forgets what the change replaced. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(SiteChanged change) {
        replica.ifAvailable(Replica::changedElsewhere);
    }
}
