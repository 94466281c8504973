package cn.longyuan.market.shop.interfaces.web.cache;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rendered anonymous answers, by address, language and catalogue generation: bounded by their bytes (least
 * recently used first out), so that addresses a crawler makes up cannot fill the memory, and by age, as a second
 * line behind the generation (which moves within seconds of any change of a listing, price or stock).
 */
@ApplicationScoped
public class AnswerCache {

    static final long MAX_BYTES = 48L * 1024 * 1024;
    static final long MAX_AGE_MILLIS = 5 * 60 * 1000;

    private final LinkedHashMap<String, CachedAnswer> answers = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    synchronized CachedAnswer get(String key, long now) {
        CachedAnswer answer = answers.get(key);
        if (answer != null && now - answer.storedAt() > MAX_AGE_MILLIS) {
            remove(key);
            return null;
        }
        return answer;
    }

    synchronized void put(String key, CachedAnswer answer) {
        if (answer.weight() > MAX_BYTES / 16) {
            return;
        }
        CachedAnswer old = answers.put(key, answer);
        bytes += answer.weight() - (old == null ? 0 : old.weight());
        var eldest = answers.entrySet().iterator();
        while (bytes > MAX_BYTES && eldest.hasNext()) {
            Map.Entry<String, CachedAnswer> entry = eldest.next();
            bytes -= entry.getValue().weight();
            eldest.remove();
        }
    }

    synchronized int size() {
        return answers.size();
    }

    private void remove(String key) {
        CachedAnswer removed = answers.remove(key);
        if (removed != null) {
            bytes -= removed.weight();
        }
    }
}
