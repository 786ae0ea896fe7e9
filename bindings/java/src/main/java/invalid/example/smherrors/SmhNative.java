package invalid.example.smherrors;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;

/**
 * Every function of libsmh_errors this package calls, bound by JNA's direct
 * mapping (the fastest JNA call). Nothing here but declarations and the
 * loading: the rules are in the library. {@code size_t} is {@code long}: the
 * loader refuses a platform where it is not 64 bits.
 */
final class SmhNative {
    /** Where the library was loaded from ("jar", "property", ...). */
    static final String ORIGIN;
    /** The loaded file, or the name given to the system's loader. */
    static final String PATH;

    static {
        if (Native.SIZE_T_SIZE != 8) {
            throw new UnsatisfiedLinkError("smh-errors: needs a 64-bit JVM (size_t is " + Native.SIZE_T_SIZE + " bytes)");
        }
        NativeLoader.Found found = NativeLoader.locate();
        NativeLibrary lib;
        if (found.path() != null) {
            lib = NativeLibrary.getInstance(found.path());
            ORIGIN = found.origin();
            PATH = found.path();
        } else {
            try {
                lib = NativeLibrary.getInstance(NativeLoader.LIBRARY_NAME);
            } catch (UnsatisfiedLinkError e) {
                UnsatisfiedLinkError err = new UnsatisfiedLinkError(found.origin());
                err.initCause(e);
                throw err;
            }
            ORIGIN = "system";
            PATH = NativeLoader.LIBRARY_NAME;
        }
        Native.register(SmhNative.class, lib);
    }

    private SmhNative() {}

    /** {@code smh_errors_lookup_result}, filled by the lookup functions. */
    @Structure.FieldOrder({"message", "locale", "resolution", "matched", "kind", "retryable", "retired", "doc_url"})
    public static final class LookupResult extends Structure {
        /** The localized text. */
        public Pointer message;
        /** The catalog locale that answered. */
        public Pointer locale;
        /** {@code smh_errors_resolution}. */
        public int resolution;
        /** The matched code, or NULL. */
        public Pointer matched;
        /** {@code smh_errors_kind}. */
        public int kind;
        /** C {@code bool}: one byte. */
        public byte retryable;
        /** C {@code bool}: whether the matched code is retired. */
        public byte retired;
        /** The documentation link, or NULL. */
        public Pointer doc_url;

        /** The offset of {@code field} in the C struct, as JNA lays it out (for the layout test). */
        int offsetOf(String field) {
            return fieldOffset(field);
        }

        /** The fields, in order (for the layout test). */
        java.util.List<String> fields() {
            return getFieldOrder();
        }
    }

    /** {@code smh_errors_entry}: one registered code's answer in a locale table. */
    @Structure.FieldOrder({"code", "code_len", "message", "message_len", "locale", "locale_len", "doc_url",
            "doc_url_len", "kind", "retryable", "retired"})
    public static final class TableEntry extends Structure {
        /** The registered code. */
        public Pointer code;
        /** Its length in bytes. */
        public long code_len;
        /** The localized text. */
        public Pointer message;
        /** Its length in bytes. */
        public long message_len;
        /** The catalog locale that answered. */
        public Pointer locale;
        /** Its length in bytes. */
        public long locale_len;
        /** The documentation link, or NULL. */
        public Pointer doc_url;
        /** Its length in bytes (0 for NULL). */
        public long doc_url_len;
        /** {@code smh_errors_kind}. */
        public int kind;
        /** C {@code bool}: one byte. */
        public byte retryable;
        /** C {@code bool}: whether the code is retired. */
        public byte retired;

        /** An array element JNA makes. */
        public TableEntry() {}

        /** The entry at {@code p}, read. */
        TableEntry(Pointer p) {
            super(p);
            read();
        }

        /** The offset of {@code field} in the C struct, as JNA lays it out (for the layout test). */
        int offsetOf(String field) {
            return fieldOffset(field);
        }

        /** The fields, in order (for the layout test). */
        java.util.List<String> fields() {
            return getFieldOrder();
        }
    }

    /** {@code smh_errors_locale_table}: a locale's answers for every registered code, owned by the catalog. */
    @Structure.FieldOrder({"locale", "locale_len", "count", "entries", "max_code_len", "separator"})
    public static final class LocaleTable extends Structure {
        /** The catalog locale the request resolved to. */
        public Pointer locale;
        /** Its length in bytes. */
        public long locale_len;
        /** The number of entries. */
        public long count;
        /** The entries, in registry order. */
        public Pointer entries;
        /** The parent search reads no more than a code's first {@code max_code_len + 1} bytes. */
        public long max_code_len;
        /** The byte between a code's segments. */
        public byte separator;

        /** An empty one (for the layout test). */
        LocaleTable() {}

        /** The table at {@code p}, read. */
        LocaleTable(Pointer p) {
            super(p);
            read();
        }

        /** The offset of {@code field} in the C struct, as JNA lays it out (for the layout test). */
        int offsetOf(String field) {
            return fieldOffset(field);
        }

        /** The fields, in order (for the layout test). */
        java.util.List<String> fields() {
            return getFieldOrder();
        }
    }

    static final int RESOLUTION_EXACT = 0;
    static final int RESOLUTION_PARENT = 1;
    static final int KIND_COMMON = 1;
    static final int KIND_BUSINESS = 2;
    static final int OUTCOME_SUCCESS = 0;
    static final int OUTCOME_ERROR = 1;
    static final int STATUS_OK = 0;

    static native Pointer smh_errors_version();

    static native long smh_errors_code_count();

    static native Pointer smh_errors_code_at(long index);

    static native long smh_errors_category_count();

    static native Pointer smh_errors_category_at(long index);

    static native Pointer smh_errors_category_of_n(byte[] code, long len);

    /** C {@code bool}, read as a byte (JNA's boolean is a C int). */
    static native byte smh_errors_retryable_n(byte[] code, long len);

    /** C {@code bool}, read as a byte; {@code code} is a string the library owns. */
    static native byte smh_errors_retired_n(Pointer code, long len);

    static native long smh_errors_error_text_n(
            byte[] code, long codeLen, byte[] message, long messageLen, byte[] requestId, long requestIdLen,
            byte[] buf, long cap);

    static native long smh_errors_catalog_detail_n(
            Pointer catalog, byte[] code, long codeLen, byte[] message, long messageLen, byte[] locale, long localeLen,
            byte[] buf, long cap);

    static native Pointer smh_errors_global_catalog_error();

    static native int smh_errors_catalog_open_dirs(Pointer dirs, long ndirs, Pointer out, Pointer error);

    static native void smh_errors_catalog_free(Pointer catalog);

    static native void smh_errors_string_free(Pointer s);

    static native long smh_errors_catalog_locale_count(Pointer catalog);

    static native Pointer smh_errors_catalog_locale_at(Pointer catalog, long index);

    static native Pointer smh_errors_catalog_negotiate(Pointer catalog, Pointer requested);

    static native Pointer smh_errors_catalog_negotiate_n(Pointer catalog, byte[] requested, long len);

    static native Pointer smh_errors_catalog_message(Pointer catalog, byte[] code, byte[] locale);

    static native Pointer smh_errors_catalog_locale_table_n(Pointer catalog, byte[] locale, long localeLen);

    static native long smh_errors_catalog_lookup_format_n(Pointer catalog, byte[] code, long codeLen, byte[] locale,
            long localeLen, LookupResult out, byte[] buf, long cap);

    static native long smh_errors_catalog_explain_n(Pointer catalog, byte[] code, long codeLen, byte[] message,
            long messageLen, byte[] requestId, long requestIdLen, byte[] locale, long localeLen, byte[] buf, long cap);

    static native int smh_errors_parse_response(byte[] body, long len, Pointer out);

    static native void smh_errors_response_free(Pointer response);

    static native Pointer smh_errors_response_code(Pointer response, long[] len);

    static native Pointer smh_errors_response_server_message(Pointer response, long[] len);

    static native Pointer smh_errors_response_request_id(Pointer response, long[] len);

    static native Pointer smh_errors_response_parse_error(Pointer response);

    /** {@code smh_errors_parse_error_kind}: 0 for none, then the kinds in order. */
    static native int smh_errors_response_parse_error_kind(Pointer response);

    /** C {@code bool}: only its low byte is defined. */
    static native byte smh_errors_response_retryable(Pointer response);
}
