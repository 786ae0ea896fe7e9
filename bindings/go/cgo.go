package smherrors

// Every call into libsmh_errors is in this file. Strings go to C as pointer
// and length (the library's `_n` functions), never copied into C memory (no
// C.CString per call); a locale "" goes as NULL, the default locale. Where
// one Go operation needs several library calls, a small C function below
// makes them in one crossing: a parse and the reading of its fields; a
// code's category and retry policy.

/*
#include <stdlib.h>
#include "smh_errors.h"

// What an empty Go string is passed as: a non-NULL pointer, because to the
// library a NULL locale means the default locale, and "" means en-US.
const char smh_go_empty[1] = "";

// The message alone, with the lookup's struct on the C stack: the per-call
// cgo peer of the benchmarks.
static const char *smh_go_message(const char *code, size_t code_len, const char *locale, size_t locale_len) {
	smh_errors_lookup_result r;
	smh_errors_catalog_lookup_n(NULL, code, code_len, locale, locale_len, &r);
	return r.message;
}

// An answer from smh_errors_catalog_lookup_format_n, returned by value (a
// Go variable whose address went to C would escape to the heap).
typedef struct {
	smh_errors_lookup_result r;
	size_t len;
} smh_go_answer;

static smh_go_answer smh_go_ask(const smh_errors_catalog *h, const char *code, size_t code_len, const char *locale,
                                size_t locale_len, char *buf, size_t cap) {
	smh_go_answer a;
	a.len = smh_errors_catalog_lookup_format_n(h, code, code_len, locale, locale_len, &a.r, buf, cap);
	return a;
}

// Everything a parse gives, read in the same crossing as the parse. The
// strings belong to `response`, which the caller frees after copying them.
typedef struct {
	smh_errors_response *response;
	smh_errors_outcome outcome;
	const char *code; size_t code_len;
	const char *server_message; size_t server_message_len;
	const char *request_id; size_t request_id_len;
	const char *parse_error;
	smh_errors_parse_error_kind parse_error_kind;
	const char *category;
	bool retryable;
} smh_go_parsed;

static void smh_go_parse(const uint8_t *body, size_t len, smh_go_parsed *p) {
	p->outcome = smh_errors_parse_response(body, len, &p->response);
	p->code = smh_errors_response_code(p->response, &p->code_len);
	p->server_message = smh_errors_response_server_message(p->response, &p->server_message_len);
	p->request_id = smh_errors_response_request_id(p->response, &p->request_id_len);
	p->parse_error = smh_errors_response_parse_error(p->response);
	p->parse_error_kind = smh_errors_response_parse_error_kind(p->response);
	p->retryable = smh_errors_response_retryable(p->response);
	p->category = p->code ? smh_errors_category_of_n(p->code, p->code_len) : NULL;
}

// The facts of a code that an error value carries: its category and whether
// it may be retried.
static const char *smh_go_code_facts(const char *code, size_t len, bool *retryable) {
	*retryable = smh_errors_retryable_n(code, len);
	return smh_errors_category_of_n(code, len);
}

*/
import "C"

import (
	"runtime"
	"strings"
	"unsafe"
)

// handle is a catalog of the library; nil is the global catalog.
type handle = *C.smh_errors_catalog

// cstr passes s to C without copying: its bytes and length. C reads them
// during the call only. "" is never a NULL pointer (see smh_go_empty).
func cstr(s string) (*C.char, C.size_t) {
	if len(s) == 0 {
		return (*C.char)(unsafe.Pointer(&C.smh_go_empty[0])), 0
	}
	return (*C.char)(unsafe.Pointer(unsafe.StringData(s))), C.size_t(len(s))
}

// goString copies a C string the library owns (NULL is "").
func goString(p *C.char) string {
	if p == nil {
		return ""
	}
	return C.GoString(p)
}

// goStringN copies len bytes the library owns (NULL is "").
func goStringN(p *C.char, n C.size_t) string {
	if p == nil {
		return ""
	}
	return C.GoStringN(p, C.int(n))
}

// clocale passes a locale to C: "" is NULL, the default locale.
func clocale(s string) (*C.char, C.size_t) {
	if len(s) == 0 {
		return nil, 0
	}
	return cstr(s)
}

// cText is text the library writes with snprintf semantics (write returns
// the full length): written on the stack, or measured then written again
// at its size when longer.
func cText(write func(buf *C.char, capacity C.size_t) C.size_t) string {
	var stack [512]byte
	n := int(write((*C.char)(unsafe.Pointer(&stack[0])), C.size_t(len(stack))))
	if n < len(stack) {
		return string(stack[:n])
	}
	buf := make([]byte, n+1)
	n = int(write((*C.char)(unsafe.Pointer(&buf[0])), C.size_t(len(buf))))
	return string(buf[:min(n, len(buf)-1)])
}

// cTable reads the answers of every registered code in locale ("": the
// default locale) from the catalog behind h (nil: the global one), in one
// crossing; nil when the library keeps no more tables.
func cTable(h handle, locale string) *localeTable {
	lp, ln := clocale(locale)
	t := C.smh_errors_catalog_locale_table_n(h, lp, ln)
	runtime.KeepAlive(locale)
	if t == nil {
		return nil
	}
	rows := unsafe.Slice(t.entries, int(t.count))
	lt := &localeTable{
		key:        strings.Clone(locale),
		name:       goStringN(t.locale, t.locale_len),
		separator:  byte(t.separator),
		maxCodeLen: int(t.max_code_len),
		id:         uintptr(unsafe.Pointer(t)),
	}
	entries := make([]*Entry, 0, len(rows))
	names := map[string]string{}
	for i := range rows {
		r := &rows[i]
		code := goStringN(r.code, r.code_len)
		loc := goStringN(r.locale, r.locale_len)
		if n, ok := names[loc]; ok {
			loc = n
		} else {
			names[loc] = loc
		}
		entries = append(entries, &Entry{
			Code:       code,
			Message:    goStringN(r.message, r.message_len),
			Locale:     loc,
			Resolution: ResolutionExact,
			Matched:    Code(code),
			Kind:       kindOf(r.kind),
			Retryable:  bool(r.retryable),
			Status:     statusOf(true, bool(r.retired)),
			DocURL:     goStringN(r.doc_url, r.doc_url_len),
		})
	}
	lt.entries = newCodeTable(entries)
	return lt
}

// cAsk is the library's whole answer for any code in locale ("": the
// default locale), the generic message showing the code: one crossing
// (two for a message longer than the stack buffer).
func cAsk(h handle, code, locale string) Entry {
	cp, cn := cstr(code)
	lp, ln := clocale(locale)
	var a C.smh_go_answer
	msg := cText(func(buf *C.char, capacity C.size_t) C.size_t {
		a = C.smh_go_ask(h, cp, cn, lp, ln, buf, capacity)
		return a.len
	})
	runtime.KeepAlive(code)
	runtime.KeepAlive(locale)
	return Entry{
		Code:       code,
		Message:    msg,
		Locale:     goString(a.r.locale),
		Resolution: resolutionOf(a.r.resolution),
		Matched:    Code(goString(a.r.matched)),
		Kind:       kindOf(a.r.kind),
		Retryable:  bool(a.r.retryable),
		Status:     statusOf(a.r.matched != nil, bool(a.r.retired)),
		DocURL:     goString(a.r.doc_url),
	}
}

// statusOf is the Status of a lookup's matched code: the zero value when none matched.
func statusOf(matched, retired bool) Status {
	switch {
	case !matched:
		return 0
	case retired:
		return StatusRetired
	default:
		return StatusCurrent
	}
}

// cErrorText is the library's one-line text of an API error (control and
// bidi characters of the server's text escaped).
func cErrorText(code, message, requestID string) string {
	cp, cn := cstr(code)
	mp, mn := cstr(message)
	rp, rn := cstr(requestID)
	s := cText(func(buf *C.char, capacity C.size_t) C.size_t {
		return C.smh_errors_error_text_n(cp, cn, mp, mn, rp, rn, buf, capacity)
	})
	runtime.KeepAlive(code)
	runtime.KeepAlive(message)
	runtime.KeepAlive(requestID)
	return s
}

// cDetail is the localized detail of an error's server message (its holes'
// text escaped); ok is false when there is none.
func cDetail(h handle, code, message, locale string) (string, bool) {
	cp, cn := cstr(code)
	mp, mn := cstr(message)
	lp, ln := clocale(locale)
	s := cText(func(buf *C.char, capacity C.size_t) C.size_t {
		return C.smh_errors_catalog_detail_n(h, cp, cn, mp, mn, lp, ln, buf, capacity)
	})
	runtime.KeepAlive(code)
	runtime.KeepAlive(message)
	runtime.KeepAlive(locale)
	return s, s != ""
}

// cExplain is what a person should read about an API error, as the
// library renders it; "" message and request id are absent.
func cExplain(h handle, code, message, requestID, locale string) string {
	cp, cn := cstr(code)
	mp, mn := clocale(message)
	rp, rn := clocale(requestID)
	lp, ln := clocale(locale)
	s := cText(func(buf *C.char, capacity C.size_t) C.size_t {
		return C.smh_errors_catalog_explain_n(h, cp, cn, mp, mn, rp, rn, lp, ln, buf, capacity)
	})
	runtime.KeepAlive(code)
	runtime.KeepAlive(message)
	runtime.KeepAlive(requestID)
	runtime.KeepAlive(locale)
	return s
}

func resolutionOf(r uint32) Resolution {
	switch r {
	case uint32(C.SMH_ERRORS_RESOLUTION_EXACT):
		return ResolutionExact
	case uint32(C.SMH_ERRORS_RESOLUTION_PARENT):
		return ResolutionParent
	default:
		return ResolutionGeneric
	}
}

func kindOf(k uint32) Kind {
	switch k {
	case uint32(C.SMH_ERRORS_KIND_COMMON):
		return KindCommon
	case uint32(C.SMH_ERRORS_KIND_BUSINESS):
		return KindBusiness
	default:
		return 0
	}
}

// cMessage is one crossing and one copy per call, keeping nothing: what the
// benchmarks compare Message with. (The generic text here does not show the
// code.)
func cMessage(code, locale string) string {
	cp, cn := cstr(code)
	lp, ln := cstr(locale)
	s := goString(C.smh_go_message(cp, cn, lp, ln))
	runtime.KeepAlive(code)
	runtime.KeepAlive(locale)
	return s
}

// cNegotiate is the catalog locale of h that requested ("": the default
// locale) resolves to.
func cNegotiate(h *C.smh_errors_catalog, requested string) string {
	p, n := clocale(requested)
	s := goString(C.smh_errors_catalog_negotiate_n(h, p, n))
	runtime.KeepAlive(requested)
	return s
}

// cList copies the n static strings at(0) ... at(n-1).
func cList[T ~string](n C.size_t, at func(C.size_t) *C.char) []T {
	out := make([]T, 0, int(n))
	for i := C.size_t(0); i < n; i++ {
		out = append(out, T(goString(at(i))))
	}
	return out
}

// cLocales lists the locales of h.
func cLocales(h *C.smh_errors_catalog) []string {
	return cList[string](C.smh_errors_catalog_locale_count(h), func(i C.size_t) *C.char {
		return C.smh_errors_catalog_locale_at(h, i)
	})
}

// cCodes lists the registry, in its order.
func cCodes() []Code {
	return cList[Code](C.smh_errors_code_count(), func(i C.size_t) *C.char { return C.smh_errors_code_at(i) })
}

// cCategories lists the top-level categories, in the core's order.
func cCategories() []Category {
	return cList[Category](C.smh_errors_category_count(), func(i C.size_t) *C.char { return C.smh_errors_category_at(i) })
}

// cCodeFacts is the category and retry policy of code.
func cCodeFacts(code string) (Category, bool) {
	p, n := cstr(code)
	var retryable C.bool
	cat := goString(C.smh_go_code_facts(p, n, &retryable))
	runtime.KeepAlive(code)
	return Category(cat), bool(retryable)
}

// cVersion is the library's version.
func cVersion() string { return goString(C.smh_errors_version()) }

// cGlobalCatalogError is why the overlays of SMH_ERRORS_CATALOG_DIR were not
// loaded, or "".
func cGlobalCatalogError() string { return goString(C.smh_errors_global_catalog_error()) }

// parsed is what the library read from a response body, copied into Go.
type parsed struct {
	outcome                        C.smh_errors_outcome
	code, serverMessage, requestID string
	parseError                     string
	parseErrorKind                 ParseErrorKind
	category                       Category
	retryable                      bool
}

// cParse reads body in one crossing, copies what it said and frees it.
func cParse(body []byte) parsed {
	var p C.smh_go_parsed
	var ptr *C.uint8_t
	if len(body) > 0 {
		ptr = (*C.uint8_t)(unsafe.Pointer(&body[0]))
	}
	C.smh_go_parse(ptr, C.size_t(len(body)), &p)
	runtime.KeepAlive(body)
	out := parsed{
		outcome:        p.outcome,
		code:           goStringN(p.code, p.code_len),
		serverMessage:  goStringN(p.server_message, p.server_message_len),
		requestID:      goStringN(p.request_id, p.request_id_len),
		parseError:     goString(p.parse_error),
		parseErrorKind: parseErrorKindOf(p.parse_error_kind),
		category:       Category(goString(p.category)),
		retryable:      bool(p.retryable),
	}
	C.smh_errors_response_free(p.response)
	return out
}

// parseErrorKindOf is the kind of the library's smh_errors_parse_error_kind
// value; "other" for a value this package does not know (a newer library).
func parseErrorKindOf(v C.smh_errors_parse_error_kind) ParseErrorKind {
	if int(v) < len(parseErrorKinds) {
		return parseErrorKinds[v]
	}
	return "other"
}

const (
	outcomeSuccess = C.SMH_ERRORS_OUTCOME_SUCCESS
	outcomeError   = C.SMH_ERRORS_OUTCOME_ERROR
)

// cOpen opens a catalog of the builtin locales plus the overlay directories
// dirs. On failure it returns the library's description of every problem.
func cOpen(dirs []string) (*C.smh_errors_catalog, string, bool) {
	cdirs := make([]*C.char, len(dirs)+1)
	for i, d := range dirs {
		cdirs[i] = C.CString(d)
	}
	defer func() {
		for _, p := range cdirs {
			if p != nil {
				C.free(unsafe.Pointer(p))
			}
		}
	}()
	// The array of C pointers is in C memory: cgo forbids passing Go memory
	// that holds pointers.
	arr := (**C.char)(C.calloc(C.size_t(len(cdirs)), C.size_t(unsafe.Sizeof((*C.char)(nil)))))
	defer C.free(unsafe.Pointer(arr))
	copy(unsafe.Slice(arr, len(cdirs)), cdirs)
	var h *C.smh_errors_catalog
	var cerr *C.char
	st := C.smh_errors_catalog_open_dirs(arr, C.size_t(len(dirs)), &h, &cerr)
	msg := goString(cerr)
	C.smh_errors_string_free(cerr)
	if st != C.SMH_ERRORS_STATUS_OK || h == nil {
		if msg == "" {
			msg = "the library could not open the catalog"
		}
		return nil, msg, false
	}
	return h, "", true
}

// cFree frees a catalog from cOpen.
func cFree(h *C.smh_errors_catalog) { C.smh_errors_catalog_free(h) }
