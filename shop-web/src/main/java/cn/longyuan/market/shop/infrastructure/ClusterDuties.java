package cn.longyuan.market.shop.infrastructure;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Work that one instance of a cluster does for all (the expiry sweep): Payara Micro's own data grid (Hazelcast, JNDI
 * {@code payara/Hazelcast}) holds who does it, as an entry that lives for a lease and is renewed by its holder on each
 * round. When the holder stops or dies the entry expires and another instance takes the duty over at its next round.
 * A single instance (started with {@code --nohazelcast}, the default) holds every duty itself.
 */
@ApplicationScoped
public class ClusterDuties {

    private static final Logger LOG = Logger.getLogger(ClusterDuties.class.getName());
    private static final String MAP = "longyuan-cluster-duties";

    private HazelcastInstance grid;

    @PostConstruct
    void findTheGrid() {
        try {
            Object found = new InitialContext().lookup("payara/Hazelcast");
            if (found instanceof HazelcastInstance hazelcast
                    && hazelcast.getLifecycleService().isRunning()) {
                grid = hazelcast;
                LOG.info(() ->
                        "In a cluster of " + hazelcast.getCluster().getMembers().size() + " member(s) as " + member());
            }
        } catch (NamingException | RuntimeException notClustered) {
            grid = null;
        }
    }

    /** Whether this instance does {@code duty} now; it keeps it for {@code lease} unless it asks again before. */
    public boolean holds(String duty, Duration lease) {
        if (grid == null) {
            return true;
        }
        IMap<String, String> duties = grid.getMap(MAP);
        String me = member();
        String holder = duties.putIfAbsent(duty, me, lease.toMillis(), TimeUnit.MILLISECONDS);
        if (holder == null) {
            LOG.info(() -> "This member (" + me + ") now does '" + duty + "' for the cluster");
            return true;
        }
        if (holder.equals(me)) {
            duties.setTtl(duty, lease.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        }
        return false;
    }

    /** This instance's name in the cluster (or "single" when there is none). */
    public String member() {
        return grid == null
                ? "single"
                : grid.getCluster().getLocalMember().getUuid().toString();
    }
}
