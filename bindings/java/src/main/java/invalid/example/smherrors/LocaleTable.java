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
     * The entries again, in an open-addressed table by {@link #prefixHash}
     * of their code, so that a prefix of a code is found from a few of its
     * characters, without being copied into a new string.
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
        int size = Integer.highestOneBit(Math.max(entries.length, 1) * 8);
        this.prefixKeys = new String[size];
        this.prefixValues = new Entry[size];
        this.mask = size - 1;
        for (Entry e : entries) {
            exact.put(e.code(), e);
            int i = prefixHash(e.code(), e.code().length()) & mask;
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

    /**
     * Whether {@code code} starts with {@code k}. {@code indexOf} is a
     * vectorized intrinsic where {@code startsWith} is a byte loop, but it
     * reads on past a mismatch: it is used only on a code of at most twice
     * the longest registered one, so that the time stays bounded by that.
     */
    private boolean startsWith(String code, String k) {
        return code.length() <= 2 * maxCodeLen ? code.indexOf(k) == 0 : code.startsWith(k);
    }

    /** A hash of the first {@code n} (at least 1) characters of {@code s}, from its length and two of them. */
    private static int prefixHash(String s, int n) {
        int h = (n * 0x9E3779B9 ^ s.charAt(n - 1) ^ s.charAt(n >>> 1) << 8) * 0x85EBCA6B;
        return h ^ (h >>> 15);
    }

    /** The entry of a registered code; null for any other. */
    Entry exact(String code) {
        return exact.get(code);
    }

    /** The entry that answers {@code code}: its own, else its nearest registered ancestor's; null for neither. */
    Entry find(String code) {
        Entry e = exact.get(code);
        return e != null ? e : parent(code);
    }

    /** The entry of {@code code}'s nearest registered ancestor; null when it has none. */
    Entry parent(String code) {
        int from = Math.min(code.length() - 1, maxCodeLen);
        for (int n = code.lastIndexOf(separator, from); n > 0; n = code.lastIndexOf(separator, n - 1)) {
            Entry e = prefix(code, n);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** The entry whose code is the first {@code n} (at least 1) characters of {@code code}. */
    private Entry prefix(String code, int n) {
        for (int i = prefixHash(code, n) & mask; prefixKeys[i] != null; i = (i + 1) & mask) {
            String k = prefixKeys[i];
            if (k.length() == n && startsWith(code, k)) {
                return prefixValues[i];
            }
        }
        return null;
    }
}
