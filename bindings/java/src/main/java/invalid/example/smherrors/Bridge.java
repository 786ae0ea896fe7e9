package invalid.example.smherrors;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every call into libsmh_errors, and the conversions around it (like the Go
 * package's cgo.go). Strings go to C as UTF-8 bytes with their length (the
 * {@code _n} functions), so a NUL character is part of a code, not its end.
 * No rule here: what an answer is, the library decides.
 */
final class Bridge {
    private Bridge() {}

    /** The first buffer for text the library writes; longer text is asked again at its size. */
    private static final int TEXT_BUF = 512;

    /** A library call that writes text with snprintf semantics: returns the full length. */
    interface Writer {
        long write(byte[] buf, long cap);
    }

    /** The text {@code w} writes: into a first buffer, or measured then written again at its size when longer. */
    static String text(Writer w) {
        byte[] buf = new byte[TEXT_BUF];
        long n = w.write(buf, buf.length);
        if (n >= buf.length) {
            buf = new byte[Math.toIntExact(n + 1)];
            n = w.write(buf, buf.length);
        }
        return new String(buf, 0, Math.toIntExact(Math.min(n, buf.length - 1L)), StandardCharsets.UTF_8);
    }

    /**
     * UTF-8 bytes of {@code s} followed by a NUL: never a zero-length array,
     * so {@code ""} reaches C as a non-NULL pointer (to the library, a NULL
     * locale is the default one and {@code ""} is en-US); null is null (NULL).
     * Unpaired surrogates become U+FFFD, as {@link #utf8} says.
     */
    static byte[] cstr(String s) {
        if (s == null) {
            return null;
        }
        byte[] b = utf8(s);
        byte[] out = new byte[b.length + 1];
        System.arraycopy(b, 0, out, 0, b.length);
        return out;
    }

    /**
     * The UTF-8 bytes of {@code s}, each unpaired surrogate as one U+FFFD, as
     * the Python package reads a lone surrogate. ({@link String#getBytes}
     * would write {@code '?'}: printable ASCII, so an unknown code made of
     * {@code Foo} and a lone surrogate would be shown as {@code Foo?}, an
     * answer no other binding gives.)
     */
    static byte[] utf8(String s) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return withLoneSurrogatesReplaced(s, i).getBytes(StandardCharsets.UTF_8);
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code s} with each unpaired surrogate at or after {@code from} replaced by U+FFFD. */
    private static String withLoneSurrogatesReplaced(String s, int from) {
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, from);
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else {
                b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }

    /** A NUL-terminated string the library owns, as Java; NULL is null. */
    static String str(Pointer p) {
        return p == null ? null : p.getString(0, "UTF-8");
    }

    /** {@code len} bytes the library owns, as Java; NULL is null. */
    static String strN(Pointer p, long len) {
        return p == null ? null : new String(p.getByteArray(0, Math.toIntExact(len)), StandardCharsets.UTF_8);
    }

    /** The length of {@code cstr(s)} without its NUL; 0 for null. */
    private static long len(byte[] cstr) {
        return cstr == null ? 0 : cstr.length - 1;
    }

    /** The length of {@code utf8(s)}; 0 for null. */
    private static long len8(byte[] utf8) {
        return utf8 == null ? 0 : utf8.length;
    }

    /**
     * The library's whole answer for any code in {@code locale} (null: the default locale) from catalog {@code h}
     * (NULL: global), the generic message showing the code: one crossing, two for a long message.
     */
    static Entry ask(Pointer h, String code, String locale) {
        byte[] c = cstr(code);
        byte[] l = cstr(locale);
        SmhNative.LookupResult r = new SmhNative.LookupResult();
        String message = text((buf, cap) -> SmhNative.smh_errors_catalog_lookup_format_n(h, c, len(c), l, len(l), r, buf, cap));
        Resolution resolution = r.resolution == SmhNative.RESOLUTION_EXACT ? Resolution.EXACT
                : r.resolution == SmhNative.RESOLUTION_PARENT ? Resolution.PARENT : Resolution.GENERIC;
        String matched = str(r.matched);
        Status status = matched == null ? null : r.retired != 0 ? Status.RETIRED : Status.CURRENT;
        return new Entry(code, message, str(r.locale), resolution, matched, kind(r.kind), r.retryable != 0, status,
                str(r.doc_url));
    }

    private static Kind kind(int k) {
        return k == SmhNative.KIND_COMMON ? Kind.COMMON : k == SmhNative.KIND_BUSINESS ? Kind.BUSINESS : null;
    }

    /**
     * The library's table of {@code locale} (null: the default locale) in catalog {@code h} (NULL: global), copied
     * into Java: one crossing; null when the library keeps no more tables.
     */
    static LocaleTable table(Pointer h, String locale) {
        byte[] l = cstr(locale);
        Pointer p = SmhNative.smh_errors_catalog_locale_table_n(h, l, len(l));
        if (p == null) {
            return null;
        }
        SmhNative.LocaleTable t = new SmhNative.LocaleTable(p);
        int n = Math.toIntExact(t.count);
        SmhNative.TableEntry[] rows = (SmhNative.TableEntry[]) new SmhNative.TableEntry(t.entries).toArray(n);
        Entry[] entries = new Entry[n];
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            SmhNative.TableEntry r = rows[i];
            String code = strN(r.code, r.code_len);
            String loc = names.computeIfAbsent(strN(r.locale, r.locale_len), k -> k);
            entries[i] = new Entry(code, strN(r.message, r.message_len), loc, Resolution.EXACT, code, kind(r.kind),
                    r.retryable != 0, r.retired != 0 ? Status.RETIRED : Status.CURRENT, strN(r.doc_url, r.doc_url_len));
        }
        return new LocaleTable(locale, strN(t.locale, t.locale_len), entries, (char) (t.separator & 0xff),
                Math.toIntExact(t.max_code_len), Pointer.nativeValue(p));
    }

    /**
     * One crossing and one copy per call, keeping nothing: the per-call FFI
     * cost the benchmark shows beside the kept answers. (The generic text
     * here does not show the code.)
     */
    static String messageUncached(Pointer h, byte[] code, byte[] locale) {
        return str(SmhNative.smh_errors_catalog_message(h, code, locale));
    }

    /** The catalog locale {@code requested} resolves to; the default locale when null. */
    static String negotiate(Pointer h, String requested) {
        byte[] r = cstr(requested);
        return str(SmhNative.smh_errors_catalog_negotiate_n(h, r, len(r)));
    }

    /** The catalog's locales, en-US first. */
    static List<String> locales(Pointer h) {
        long n = SmhNative.smh_errors_catalog_locale_count(h);
        List<String> out = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            out.add(str(SmhNative.smh_errors_catalog_locale_at(h, i)));
        }
        return Collections.unmodifiableList(out);
    }

    /** Every registry code, in registry order. */
    static List<String> codes() {
        long n = SmhNative.smh_errors_code_count();
        List<String> out = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            out.add(str(SmhNative.smh_errors_code_at(i)));
        }
        return Collections.unmodifiableList(out);
    }

    /** Every top-level category, in the core's order. */
    static List<String> categories() {
        long n = SmhNative.smh_errors_category_count();
        List<String> out = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            out.add(str(SmhNative.smh_errors_category_at(i)));
        }
        return Collections.unmodifiableList(out);
    }

    /** The library's version. */
    static String version() {
        return str(SmhNative.smh_errors_version());
    }

    /** Why SMH_ERRORS_CATALOG_DIR's overlays were not loaded, or null. */
    static String globalCatalogError() {
        return str(SmhNative.smh_errors_global_catalog_error());
    }

    /** What the library says of a code an exception carries: category and retry policy. */
    static SmhException.Fields facts(String code, String serverMessage, String requestId) {
        byte[] c = cstr(code);
        String category = str(SmhNative.smh_errors_category_of_n(c, c.length - 1));
        boolean retryable = SmhNative.smh_errors_retryable_n(c, c.length - 1) != 0;
        return new SmhException.Fields(code, serverMessage, requestId, category, retryable);
    }

    /**
     * The library's one-line text of an API error, {@code "Code: message (RequestId: id)"}, with the
     * server's control and invisible characters escaped; null parts are left out.
     */
    static String errorText(String code, String message, String requestId) {
        byte[] c = utf8(code);
        byte[] m = utf8(message);
        byte[] r = utf8(requestId);
        return text((buf, cap) -> SmhNative.smh_errors_error_text_n(c, len8(c), m, len8(m), r, len8(r), buf, cap));
    }

    /**
     * The localized detail of an error's server message in {@code locale} (null: the default locale) from
     * {@code catalog} (NULL: the global catalog), the server's text escaped; null when there is none.
     */
    static String detail(Pointer catalog, String code, String message, String locale) {
        byte[] c = utf8(code);
        byte[] m = utf8(message);
        byte[] l = utf8(locale);
        String d = text((buf, cap) -> SmhNative.smh_errors_catalog_detail_n(catalog, c, len8(c), m, len8(m), l, len8(l),
                buf, cap));
        return d.isEmpty() ? null : d;
    }

    /**
     * What a person should read about an API error in {@code locale} (null: the default locale), from
     * {@code catalog} (NULL: the global catalog), as the library renders it; null parts are absent.
     */
    static String explain(Pointer catalog, String code, String message, String requestId, String locale) {
        byte[] c = utf8(code);
        byte[] m = utf8(message);
        byte[] r = utf8(requestId);
        byte[] l = utf8(locale);
        return text((buf, cap) -> SmhNative.smh_errors_catalog_explain_n(catalog, c, len8(c), m, len8(m), r, len8(r),
                l, len8(l), buf, cap));
    }

    /** What the library read from a body, copied into Java. */
    record Parsed(int outcome, SmhException.Fields fields, String requestId, String parseError,
            ParseErrorKind parseErrorKind) {}

    /** Parses {@code body}, copies what it said, frees the library's object. */
    static Parsed parse(byte[] body) {
        Memory out = new Memory(Native.POINTER_SIZE);
        out.setPointer(0, null);
        int outcome = SmhNative.smh_errors_parse_response(body, body.length, out);
        Pointer resp = out.getPointer(0);
        try {
            long[] len = new long[1];
            String requestId = strN(SmhNative.smh_errors_response_request_id(resp, len), len[0]);
            if (outcome == SmhNative.OUTCOME_ERROR) {
                String code = strN(SmhNative.smh_errors_response_code(resp, len), len[0]);
                String serverMessage = strN(SmhNative.smh_errors_response_server_message(resp, len), len[0]);
                byte[] c = cstr(code);
                String category = str(SmhNative.smh_errors_category_of_n(c, c.length - 1));
                boolean retryable = SmhNative.smh_errors_response_retryable(resp) != 0;
                return new Parsed(outcome, new SmhException.Fields(code, serverMessage, requestId, category, retryable),
                        requestId, null, null);
            }
            return new Parsed(outcome, null, requestId, str(SmhNative.smh_errors_response_parse_error(resp)),
                    ParseErrorKind.ofNative(SmhNative.smh_errors_response_parse_error_kind(resp)));
        } finally {
            SmhNative.smh_errors_response_free(resp);
        }
    }

    /** A catalog of the builtin locales plus the overlay directories {@code dirs}; throws with the library's description. */
    static Pointer open(List<String> dirs) {
        List<Memory> keep = new ArrayList<>();
        Memory arr = new Memory((long) Native.POINTER_SIZE * (dirs.size() + 1));
        arr.clear();
        for (int i = 0; i < dirs.size(); i++) {
            byte[] b = cstr(dirs.get(i));
            Memory m = new Memory(b.length);
            m.write(0, b, 0, b.length);
            keep.add(m);
            arr.setPointer((long) Native.POINTER_SIZE * i, m);
        }
        Memory out = new Memory(Native.POINTER_SIZE);
        Memory err = new Memory(Native.POINTER_SIZE);
        out.setPointer(0, null);
        err.setPointer(0, null);
        int status = SmhNative.smh_errors_catalog_open_dirs(arr, dirs.size(), out, err);
        Pointer e = err.getPointer(0);
        String message = str(e);
        SmhNative.smh_errors_string_free(e);
        Pointer h = out.getPointer(0);
        keep.clear();
        if (status != SmhNative.STATUS_OK || h == null) {
            if (h != null) {
                SmhNative.smh_errors_catalog_free(h);
            }
            throw new SmhCatalogException(message == null ? "the library could not open the catalog (status " + status + ")" : message);
        }
        return h;
    }

    /** Frees a catalog from {@link #open}. */
    static void free(Pointer h) {
        SmhNative.smh_errors_catalog_free(h);
    }
}
