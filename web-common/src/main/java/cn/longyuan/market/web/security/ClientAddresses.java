package cn.longyuan.market.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, as the login throttle counts it. Behind a load balancer every request
 * comes from the balancer, so the addresses named in {@code TRUSTED_PROXIES} (comma-separated, e.g. the nginx of
 * the compose file) are looked through: the client is the last address of {@code X-Forwarded-For} that is not one
 * of them. Without that setting the header is ignored — anyone can write it.
 */
@ApplicationScoped
public class ClientAddresses {

    private Set<String> trustedProxies = Set.of();

    protected ClientAddresses() {
        // for CDI proxies
    }

    @Inject
    public ClientAddresses(@ConfigProperty(name = "TRUSTED_PROXIES") Optional<String> trustedProxies) {
        this.trustedProxies = trustedProxies
                .map(list -> Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(remote)) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return remote;
    }
}
