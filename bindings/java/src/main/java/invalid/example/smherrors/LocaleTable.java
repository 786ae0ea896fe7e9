package invalid.example.smherrors;

import java.util.HashMap;
import java.util.Map;

/**
 * The library's table of one locale, copied into Java and never changed
 * afterwards: every registered code's {@link Entry}, and the parent rule as
 * the table states it (a code is answered by its longest prefix that ends
 * just before {@code separator} and is a registered code; only its first
 * {@code maxCodeLen + 1} characters can hold one).
 */
final class LocaleTable {
    /** The requested-locale string (null: the default locale). */
    final String key;
    /** The catalog locale it resolved to. */
    final String name;
    /** The library's table, shared by requests that resolve alike. */
    final long id;
    private final Map<String, Entry> exact;
    private final char separator;
    private final int maxCodeLen;
    /**
     * The entries again, by {@link String#hashCode()} of their code in an
     * open-addressed table, so that a prefix of a code is found by the hash
     * of its characters without being copied into a new string.
     */
    private final String[] prefixKeys;
    private final Entry[] prefixValues;
    private final int mask;

    LocaleTable(String key, String name, Entry[] entries, char separator, int maxCodeLen, long id) {
        this.key = key;
        this.name = name;
        this.id = id;
        this.separator = separator;
        this.maxCodeLen = maxCodeLen;
        this.exact = new HashMap<>(entries.length * 2);
        int size = Integer.highestOneBit(Math.max(entries.length, 1) * 4);
        this.prefixKeys = new String[size];
        this.prefixValues = new Entry[size];
        this.mask = size - 1;
        for (Entry e : entries) {
            exact.put(e.code(), e);
            int i = spread(e.code().hashCode()) & mask;
            while (prefixKeys[i] != null) {
                i = (i + 1) & mask;
            }
            prefixKeys[i] = e.code();
            prefixValues[i] = e;
        }
    }

    /** The same table under another requested-locale string. */
    LocaleTable(String key, LocaleTable t) {
        this.key = key;
        this.name = t.name;
        this.id = t.id;
        this.exact = t.exact;
        this.separator = t.separator;
        this.maxCodeLen = t.maxCodeLen;
        this.prefixKeys = t.prefixKeys;
        this.prefixValues = t.prefixValues;
        this.mask = t.mask;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The entry of a registered code; null for any other. */
    Entry exact(String code) {
        return exact.get(code);
    }

    /** The entry of {@code code}'s nearest registered ancestor; null when it has none. */
    Entry parent(String code) {
        int end = Math.min(code.length(), maxCodeLen + 1);
        Entry found = null;
        int h = 0;
        for (int n = 0; n < end; n++) {
            char c = code.charAt(n);
            if (c == separator) {
                Entry e = prefix(code, n, h);
                if (e != null) {
                    found = e;
                }
            }
            h = 31 * h + c;
        }
        return found;
    }

    /** The entry whose code is the first {@code n} characters of {@code code}, whose hash is {@code h}. */
    private Entry prefix(String code, int n, int h) {
        for (int i = spread(h) & mask; prefixKeys[i] != null; i = (i + 1) & mask) {
            String k = prefixKeys[i];
            if (k.length() == n && code.startsWith(k)) {
                return prefixValues[i];
            }
        }
        return null;
    }
}
