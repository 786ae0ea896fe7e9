package invalid.example.smherrors;

import com.sun.jna.Pointer;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A catalog that answers lookups: the builtin zh-CN and en-US messages plus,
 * for one made by {@link #open(Path...)}, overlay locales read from
 * directories. Safe for any number of threads at once.
 *
 * <p>A locale is a string (BCP 47, POSIX or an {@code Accept-Language} list:
 * {@code "zh_CN.UTF-8"}, {@code "zh-Hans"}, {@code "en;q=0.8, zh"}) or a
 * {@link Locale}; null, or a call without one, is no locale: the user's,
 * from the environment ({@code SMH_ERRORS_LOCALE}, {@code LC_ALL},
 * {@code LC_MESSAGES}, {@code LANG}, then en-US). {@code ""}, {@code "C"}
 * or garbage give en-US, never an error.
 *
 * <p>The first lookup in a locale reads the library's table of that locale
 * (every registered code's answer, one native call) and keeps it in Java,
 * so later lookups of a registered code, or of a code a registered one
 * answers as its parent, make no native call. At most 64 locale strings of
 * at most 128 characters are kept; others are answered by the library on
 * every call.
 *
 * <p>A null code throws {@link NullPointerException}.
 */
public final class SmhCatalog implements AutoCloseable {
    /** Locale strings kept per catalog, at most. */
    static final int MAX_TABLES = 64;
    /** The longest locale string kept as a key. */
    static final int MAX_TABLE_KEY = 128;

    private static final Cleaner CLEANER = Cleaner.create();
    private static final SmhCatalog GLOBAL = new SmhCatalog(null);

    /** The library's catalog; null for the global one. */
    private final Pointer handle;
    /** Guards the handle against {@link #close()} during a native call. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean closed;
    private final Cleaner.Cleanable cleanable;
    /** Requested-locale string to its table. */
    private final ConcurrentHashMap<String, LocaleTable> tables = new ConcurrentHashMap<>();
    /** The default locale's table (a null locale); null until read. */
    private volatile LocaleTable defaultTable;
    private final Object tablesLock = new Object();

    /**
     * The table last used: most programs ask in one locale, which then costs
     * one string compare. A plain field: a LocaleTable's fields are final, so
     * a thread that sees one sees it whole (and a stale one is still right).
     */
    private LocaleTable last;

    /** Frees the library's catalog once, on close or when unreachable. */
    private record Free(Pointer handle) implements Runnable {
        @Override
        public void run() {
            Bridge.free(handle);
        }
    }

    private SmhCatalog(Pointer handle) {
        this.handle = handle;
        this.cleanable = handle == null ? null : CLEANER.register(this, new Free(handle));
    }

    /** The global catalog: the builtin locales plus the overlays named by {@code SMH_ERRORS_CATALOG_DIR}. */
    public static SmhCatalog global() {
        return GLOBAL;
    }

    /**
     * Opens a catalog of the builtin locales plus the overlay directories
     * {@code dirs}, each applied over the ones before it (a later one wins):
     * each holds locale folders such as {@code ja-JP/errors.ftl}, validated
     * as the shipped catalog is. With no directory it is the builtin catalog
     * alone (unlike {@link #global()}, which also reads
     * {@code SMH_ERRORS_CATALOG_DIR}).
     *
     * @throws SmhCatalogException naming every problem, with {@code file:line:col}
     */
    public static SmhCatalog open(Path... dirs) {
        Objects.requireNonNull(dirs, "dirs");
        List<String> names = new ArrayList<>(dirs.length);
        for (Path d : dirs) {
            String s = Objects.requireNonNull(d, "a directory is null").toString();
            if (s.isEmpty() || s.indexOf('\0') >= 0) {
                throw new SmhCatalogException("a directory path is empty or holds a NUL character");
            }
            names.add(s);
        }
        return new SmhCatalog(Bridge.open(names));
    }

    /**
     * Frees the library's memory. Answers already returned stay valid (they
     * are Java strings); later calls throw {@link IllegalStateException}.
     * Idempotent; waits for calls in progress. Does nothing on the global catalog.
     */
    @Override
    public void close() {
        if (handle == null) {
            return;
        }
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                tables.clear();
                defaultTable = null;
                last = null;
                cleanable.clean();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The localized message of {@code code} in {@code locale} (null: the user's); see {@link #lookup(String, String)}. */
    public String message(String code, String locale) {
        Objects.requireNonNull(code, "code");
        LocaleTable t = table(locale);
        Entry e = t == null ? null : t.find(code);
        return e != null ? e.message() : ask(code, locale).message();
    }

    /** {@link #message(String, String)} with a {@link Locale} (its BCP 47 tag; null: the user's). */
    public String message(String code, Locale locale) {
        return message(code, tag(locale));
    }

    /** {@link #message(String, String)} in the user's locale. */
    public String message(String code) {
        return message(code, (String) null);
    }

    /**
     * The localized detail of an error's server message: the known pattern the whole {@code serverMessage}
     * matches (such as {@code "Parameter `LibraryId` format invalid."}), said in {@code locale} (null: the
     * user's) with the server's text escaped, falling back to en-US; empty when the message is null or matches
     * no known pattern for {@code code}, never a wrong detail.
     */
    public Optional<String> detail(String code, String serverMessage, String locale) {
        Objects.requireNonNull(code, "code");
        if (serverMessage == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(call(() -> Bridge.detail(handle, code, serverMessage, locale)));
    }

    /** {@link #detail(String, String, String)} with a {@link Locale} (its BCP 47 tag). */
    public Optional<String> detail(String code, String serverMessage, Locale locale) {
        return detail(code, serverMessage, tag(locale));
    }

    /**
     * What a person should read about {@code e} in {@code locale} (null: the user's), as {@code smh-errors parse}
     * prints it: the catalog's answer for the code ({@code "Code [locale, resolution, kind, retryable]"}, then
     * the message and its link, indented), then {@code detail:}, {@code server:} and {@code request id:} lines,
     * each left out when absent or empty, the server's text escaped. No trailing newline.
     */
    public String explain(SmhException e, String locale) {
        Objects.requireNonNull(e, "e");
        return call(() -> Bridge.explain(handle, e.code(), e.serverMessage(), e.requestId(), locale));
    }

    /** {@link #explain(SmhException, String)} with a {@link Locale}. */
    public String explain(SmhException e, Locale locale) {
        return explain(e, tag(locale));
    }

    /** {@link #message(String, String)} of a registered code. */
    public String message(ErrorCode code, String locale) {
        return message(Objects.requireNonNull(code, "code").code(), locale);
    }

    /** {@link #message(String, String)} of a registered code, with a {@link Locale}. */
    public String message(ErrorCode code, Locale locale) {
        return message(Objects.requireNonNull(code, "code").code(), tag(locale));
    }

    /**
     * Resolves {@code code} in {@code locale} (null: the user's; see the class
     * documentation): the code's own message, else its nearest registered
     * parent's ({@code InvalidParameterValue.Foo}), else the generic message
     * that shows the code.
     */
    public Entry lookup(String code, String locale) {
        Objects.requireNonNull(code, "code");
        LocaleTable t = table(locale);
        if (t == null) {
            return ask(code, locale);
        }
        Entry e = t.exact(code);
        if (e != null) {
            return e;
        }
        e = t.parent(code);
        return e == null ? ask(code, locale)
                : new Entry(code, e.message(), e.locale(), Resolution.PARENT, e.matched(), e.kind(), e.retryable(),
                        e.status(), e.docUrl());
    }

    /** {@link #lookup(String, String)} in the user's locale. */
    public Entry lookup(String code) {
        return lookup(code, (String) null);
    }

    /** {@link #lookup(String, String)} with a {@link Locale}. */
    public Entry lookup(String code, Locale locale) {
        return lookup(code, tag(locale));
    }

    /** {@link #lookup(String, String)} of a registered code. */
    public Entry lookup(ErrorCode code, String locale) {
        return lookup(Objects.requireNonNull(code, "code").code(), locale);
    }

    /**
     * The catalog locale {@code requested} resolves to ({@code "zh-CN"} for {@code "zh_CN.UTF-8"}, en-US for
     * garbage; null: the user's).
     */
    public String negotiate(String requested) {
        LocaleTable t = table(requested);
        if (t != null) {
            return t.name;
        }
        return call(() -> Bridge.negotiate(handle, requested));
    }

    /** {@link #negotiate(String)} with a {@link Locale}. */
    public String negotiate(Locale requested) {
        return negotiate(tag(requested));
    }

    /** The catalog locale of the user's environment: SMH_ERRORS_LOCALE, LC_ALL, LC_MESSAGES, LANG, then en-US. */
    public String defaultLocale() {
        return negotiate((String) null);
    }

    /** The catalog's locales: en-US first, then the other builtin ones, then those the overlays added. */
    public List<String> locales() {
        return call(() -> Bridge.locales(handle));
    }

    /** The answer straight from the library, nothing kept. */
    Entry ask(String code, String locale) {
        return call(() -> Bridge.ask(handle, code, locale));
    }

    /** The per-call FFI peer of {@link #message(String, String)} for the benchmark: one crossing, nothing kept. */
    String messageUncached(byte[] code, byte[] locale) {
        return call(() -> Bridge.messageUncached(handle, code, locale));
    }

    private interface Call<T> {
        T run();
    }

    /** Runs a native call with the handle held open. */
    private <T> T call(Call<T> c) {
        if (handle == null) {
            return c.run();
        }
        lock.readLock().lock();
        try {
            checkOpen();
            return c.run();
        } finally {
            lock.readLock().unlock();
            // Reachable until the native call is over: else the Cleaner could free the handle during it.
            Reference.reachabilityFence(this);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("smh-errors: the catalog is closed");
        }
    }

    /** The kept table of {@code locale} (null: the user's), read on first use; null when not kept. */
    private LocaleTable table(String locale) {
        LocaleTable t = last;
        if (t != null && (t.key == locale || t.key != null && t.key.equals(locale)) && !closed) {
            return t;
        }
        return otherTable(locale);
    }

    /** {@link #table(String)} when the last table used is not {@code locale}'s. */
    private LocaleTable otherTable(String locale) {
        LocaleTable t = locale == null ? defaultTable : tables.get(locale);
        if (t != null) {
            checkOpen();
            last = t;
            return t;
        }
        if (locale != null && locale.length() > MAX_TABLE_KEY) {
            return null;
        }
        return readTable(locale);
    }

    /** Reads and keeps the table of {@code locale} when there is room; null otherwise. */
    private LocaleTable readTable(String locale) {
        LocaleTable t;
        synchronized (tablesLock) {
            t = locale == null ? defaultTable : tables.get(locale);
            if (t != null || (locale != null && tables.size() >= MAX_TABLES)) {
                return t;
            }
            t = call(() -> Bridge.table(handle, locale));
            if (t == null) {
                return null;
            }
            for (LocaleTable k : tables.values()) {
                if (k.id == t.id) {
                    t = new LocaleTable(locale, k);
                    break;
                }
            }
            if (!closed) {
                if (locale == null) {
                    defaultTable = t;
                } else {
                    tables.put(locale, t);
                }
            }
            return t;
        }
    }

    /** A {@link Locale} as the library reads it: its BCP 47 tag ({@code zh-CN}); null is null. */
    static String tag(Locale locale) {
        return locale == null ? null : locale.toLanguageTag();
    }
}
