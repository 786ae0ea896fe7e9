package smherrors

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Entry is the whole answer to "what does this code mean, in this locale?".
// Its JSON keys are the shared vocabulary of every smh-errors binding.
type Entry struct {
	// Code is the code as asked ("InvalidParameterValue.Foo").
	Code string `json:"code"`
	// Message is the localized text. A generic answer shows the code.
	Message string `json:"message"`
	// Locale is the catalog locale that answered ("zh-CN").
	Locale string `json:"locale"`
	// Resolution says whether the code's own, its nearest registered
	// parent's or the generic message answered.
	Resolution Resolution `json:"resolution"`
	// Matched is the registered code whose message answered
	// ("InvalidParameterValue"); "" for a generic answer.
	Matched Code `json:"matched"`
	// Kind is Matched's kind; the zero value (printed "") for a generic
	// answer.
	Kind Kind `json:"kind"`
	// Retryable says whether a client may send the same request again
	// after a backoff; false for a generic answer.
	Retryable bool `json:"retryable"`
	// Status is Matched's status: StatusRetired when no current official
	// source lists it any more (it still answers with its own message),
	// else StatusCurrent; the zero value (printed "") for a generic answer.
	Status Status `json:"status"`
	// DocURL is the answering message's documentation link, or "".
	DocURL string `json:"doc_url"`
}

// Resolution says how a lookup found its message. It prints, and marshals
// to JSON, as "exact", "parent" or "generic" (the shared vocabulary); the
// zero value, in no answer, as "".
type Resolution uint8

const (
	// ResolutionExact: the code's own message.
	ResolutionExact Resolution = iota + 1
	// ResolutionParent: the message of the code's nearest registered
	// ancestor (InvalidParameterValue.Foo answered by InvalidParameterValue).
	ResolutionParent
	// ResolutionGeneric: the generic message for codes nobody knows.
	ResolutionGeneric
)

// Kind says where a registered code comes from. It prints, and marshals to
// JSON, as "common" or "business"; the zero value, in a generic answer, as "".
type Kind uint8

const (
	// KindCommon: a code every Tencent Cloud API can return.
	KindCommon Kind = iota + 1
	// KindBusiness: a code of SMH's own business logic.
	KindBusiness
)

// Status says whether a current source still lists a registered code. It
// prints, and marshals to JSON, as "current" or "retired"; the zero value,
// in a generic answer, as "".
type Status uint8

const (
	// StatusCurrent: the service's error-code page or a current official
	// SDK release lists the code.
	StatusCurrent Status = iota + 1
	// StatusRetired: only older official SDK releases listed the code.
	StatusRetired
)

var (
	resolutionNames = [...]string{"", "exact", "parent", "generic"}
	kindNames       = [...]string{"", "common", "business"}
	statusNames     = [...]string{"", "current", "retired"}
)

// enumName is names[v], or "" for a value outside the type's constants.
func enumName(names []string, v uint8) string {
	if int(v) < len(names) {
		return names[v]
	}
	return ""
}

// enumValue is the index of text in names; an error for any other text.
func enumValue(what string, names []string, text []byte) (uint8, error) {
	for i, n := range names {
		if n == string(text) {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("smherrors: %q is not a %s", text, what)
}

// String is the resolution's name: "exact", "parent", "generic" ("" for
// the zero value).
func (r Resolution) String() string { return enumName(resolutionNames[:], uint8(r)) }

// MarshalText gives the resolution's name (String).
func (r Resolution) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText reads a name that String gives.
func (r *Resolution) UnmarshalText(text []byte) error {
	v, err := enumValue("resolution", resolutionNames[:], text)
	*r = Resolution(v)
	return err
}

// String is the kind's name: "common", "business" ("" for the zero value).
func (k Kind) String() string { return enumName(kindNames[:], uint8(k)) }

// MarshalText gives the kind's name (String).
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a name that String gives.
func (k *Kind) UnmarshalText(text []byte) error {
	v, err := enumValue("kind", kindNames[:], text)
	*k = Kind(v)
	return err
}

// String is the status's name: "current", "retired" ("" for the zero value).
func (s Status) String() string { return enumName(statusNames[:], uint8(s)) }

// MarshalText gives the status's name (String).
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a name that String gives.
func (s *Status) UnmarshalText(text []byte) error {
	v, err := enumValue("status", statusNames[:], text)
	*s = Status(v)
	return err
}

// Code is an SMH API error code, such as "AuthFailure.SignatureFailure".
// Every registered code has a constant (codes_gen.go); any string converts.
type Code string

// String returns the code.
func (c Code) String() string { return string(c) }

// A Catalog answers lookups: the builtin zh-CN and en-US messages plus, for
// one made by OpenCatalog, overlay locales read from directories. It is safe
// for use by any number of goroutines at once.
//
// The first lookup in a locale reads the library's table of that locale
// (every registered code's answer, one cgo call) and keeps it in Go: later
// lookups of a registered code, or of a code a registered one answers as
// its parent, make no cgo call. The zero Catalog answers as the
// package-level functions do.
//
// A locale is BCP 47, POSIX or an Accept-Language list ("zh_CN.UTF-8",
// "zh-Hans", "en;q=0.8, zh"); "" is no locale: the user's, from the
// environment (SMH_ERRORS_LOCALE, LC_ALL, LC_MESSAGES, LANG, then en-US);
// "C", garbage or invalid UTF-8 give en-US, never an error.
type Catalog struct {
	// mu guards h against Close while a call into the library uses it.
	mu     sync.RWMutex
	h      handle // nil: the global catalog
	closed bool
	// tables maps a requested-locale string to its table; replaced whole
	// (copy on write), never mutated.
	tables   atomic.Pointer[map[string]*localeTable]
	tablesMu sync.Mutex
	// last is the table most recently answered from, found without a map
	// lookup when the same locale string comes again; ignored once shut.
	last atomic.Pointer[localeTable]
	// shut is set by Close before it drops the tables, so that a last
	// stored by a lookup racing Close is never answered from.
	shut atomic.Bool
}

// localeTable is the library's table of one locale, copied into Go and
// immutable afterwards.
type localeTable struct {
	key     string // the requested-locale string
	name    string // the catalog locale it resolved to
	entries *codeTable
	// The parent rule, as the library's table states it: a code is
	// answered by its longest prefix that ends just before separator and
	// is a registered code; only its first maxCodeLen+1 bytes can hold one.
	separator  byte
	maxCodeLen int
	// id is the library's table, shared by requests that resolve alike.
	id uintptr
}

// find is the entry that answers code: its own (exact), or its nearest
// registered ancestor's (parent); nil when neither exists (generic).
func (t *localeTable) find(code string) *Entry {
	if e := t.entries.get(code); e != nil {
		return e
	}
	head := code[:min(len(code), t.maxCodeLen+1)]
	for i := strings.LastIndexByte(head, t.separator); i >= 0; i = strings.LastIndexByte(head[:i], t.separator) {
		if e := t.entries.get(code[:i]); e != nil {
			return e
		}
	}
	return nil
}

// codeTable holds the entries of the registered codes by a hash of a code's
// length and its first and last eight bytes (open addressing, linear
// probing, a quarter full). A slot keeps those words too, so a code, or a
// prefix of one, is found by one multiply and word compares: cheaper than a
// Go map's hash and comparison of the whole string, which a parent search
// pays once per prefix.
type codeTable struct {
	slots []codeSlot
	mask  uint64
}

type codeSlot struct {
	head, tail uint64 // the code's first and last eight bytes (see words)
	e          *Entry
}

func newCodeTable(entries []*Entry) *codeTable {
	size := 1
	for size < 4*len(entries) {
		size *= 2
	}
	t := &codeTable{slots: make([]codeSlot, size), mask: uint64(size - 1)}
	for _, e := range entries {
		head, tail := words(e.Code)
		i := mix(head, tail, len(e.Code)) & t.mask
		for t.slots[i].e != nil {
			i = (i + 1) & t.mask
		}
		t.slots[i] = codeSlot{head, tail, e}
	}
	return t
}

// get is the entry whose code is code, or nil.
func (t *codeTable) get(code string) *Entry {
	n := len(code)
	head, tail := words(code)
	for i := mix(head, tail, n) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.e == nil {
			return nil
		}
		if s.head == head && s.tail == tail && len(s.e.Code) == n && sameMiddle(s.e.Code, code) {
			return s.e
		}
	}
}

// words is a string's first and last eight bytes, little-endian (for a
// string shorter than eight: its bytes, and 0); with the length, they are
// the whole string when it is at most 16 bytes long.
func words(s string) (head, tail uint64) {
	n := len(s)
	if n >= 8 {
		b := unsafe.Slice(unsafe.StringData(s), n)
		return binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[n-8:])
	}
	for i := 0; i < n; i++ {
		head |= uint64(s[i]) << (8 * i)
	}
	return head, 0
}

// sameMiddle reports whether two strings of one length, whose first and
// last eight bytes are equal, have equal bytes between those: compared
// eight at a time (a call to the runtime's comparison costs more here).
func sameMiddle(a, b string) bool {
	n := len(a)
	if n <= 16 {
		return true
	}
	x := unsafe.Slice(unsafe.StringData(a), n)
	y := unsafe.Slice(unsafe.StringData(b), n)
	for i := 8; i < n-8; i += 8 {
		if binary.LittleEndian.Uint64(x[i:]) != binary.LittleEndian.Uint64(y[i:]) {
			return false
		}
	}
	return true
}

// mix hashes a string's words and length with one multiply.
func mix(head, tail uint64, n int) uint64 {
	h := (head ^ bits.RotateLeft64(tail, 31) ^ uint64(n)*0x9e3779b97f4a7c15) * 0xff51afd7ed558ccd
	return h ^ h>>29
}

const (
	// maxTables bounds how many requested-locale strings a Catalog keeps
	// tables for; others are answered by the library on every call.
	maxTables = 64
	// maxTableKey is the longest requested-locale string kept as a key.
	maxTableKey = 128
)

// global is the catalog behind the package-level functions.
var global = &Catalog{}

// OpenCatalog opens a catalog of the builtin locales plus the overlay
// directories dirs, each applied over the ones before it: each holds locale
// folders such as ja-JP/errors.ftl, validated as the shipped catalog is. A partial locale
// falls back along its chain, ending in en-US. With no dirs it is the
// builtin catalog alone (unlike the package-level functions, which also
// load SMH_ERRORS_CATALOG_DIR).
//
// The error describes every problem found, with file:line:col. Call Close
// when done; a Catalog that is no longer reachable is freed anyway.
func OpenCatalog(dirs ...string) (*Catalog, error) {
	for _, d := range dirs {
		if d == "" || strings.IndexByte(d, 0) >= 0 {
			return nil, errors.New("smherrors: OpenCatalog: a directory path is empty or holds a NUL byte")
		}
	}
	h, msg, ok := cOpen(dirs)
	if !ok {
		return nil, errors.New("smherrors: " + msg)
	}
	c := &Catalog{h: h}
	runtime.SetFinalizer(c, (*Catalog).Close)
	return c, nil
}

// Close frees the catalog's library memory. Strings it returned stay valid
// (they are Go copies). After Close the Catalog answers as the package-level
// functions do, from the global catalog. Close is idempotent and safe to call
// while other goroutines use the catalog.
func (c *Catalog) Close() error {
	if c == global {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return nil
	}
	c.closed = true
	c.shut.Store(true)
	h := c.h
	c.h = nil
	c.tables.Store(nil)
	c.last.Store(nil)
	runtime.SetFinalizer(c, nil)
	if h != nil {
		cFree(h)
	}
	return nil
}

// Message is the localized message of code in locale; see Lookup.
func (c *Catalog) Message(code, locale string) string {
	if t := c.table(locale); t != nil {
		if e := t.find(code); e != nil {
			return e.Message
		}
	}
	return c.ask(code, locale).Message
}

// Lookup resolves code in locale (see Catalog for how a locale is read):
// the code's own message, else its nearest registered parent's
// (InvalidParameterValue.Foo), else the generic message that shows the
// code.
func (c *Catalog) Lookup(code, locale string) Entry {
	// Both Lookup functions copy a kept entry straight into their result: a
	// call that returned the 96-byte Entry would be copied once more.
	if e := c.exact(code, locale); e != nil {
		return *e
	}
	return c.notExact(code, locale)
}

// exact is the kept entry of a registered code in locale, or nil.
func (c *Catalog) exact(code, locale string) *Entry {
	if t := c.table(locale); t != nil {
		return t.entries.get(code)
	}
	return nil
}

// notExact answers a code that is not registered (or a locale not kept):
// its parent's kept entry, else the library's answer.
func (c *Catalog) notExact(code, locale string) Entry {
	if t := c.table(locale); t != nil {
		if e := t.find(code); e != nil {
			p := *e
			if p.Code != code {
				p.Code = code
				p.Resolution = ResolutionParent
			}
			return p
		}
	}
	return c.ask(code, locale)
}

// Detail is the localized detail of an error's server message: the known
// pattern the whole message matches (such as "Parameter `LibraryId` format
// invalid."), said in locale with the text that came from the server
// escaped, falling back along the locale chain to en-US. ok is false when
// message is empty or matches no known pattern for code: never a wrong
// detail. locale is read as by Lookup.
func (c *Catalog) Detail(code, message, locale string) (detail string, ok bool) {
	if message == "" {
		return "", false
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	detail, ok = cDetail(c.handle(), code, message, locale)
	runtime.KeepAlive(c)
	return detail, ok
}

// Explain is what a person should read about e, in locale (read as by
// Lookup), as `smh-errors parse` prints it: the catalog's answer for the
// code ("Code [locale, resolution, kind, retryable]", then the message and
// its link, indented), then "detail:", "server:" and "request id:" lines,
// each left out when empty, the server's text escaped. No trailing newline.
func (c *Catalog) Explain(e *Error, locale string) string {
	if e == nil {
		return ""
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	s := cExplain(c.handle(), string(e.Code), e.Message, e.RequestID, locale)
	runtime.KeepAlive(c)
	return s
}

// Negotiate is the catalog locale that requested resolves to ("zh-CN" for
// "zh_CN.UTF-8", "en-US" for "C" or garbage; "" is the default locale).
func (c *Catalog) Negotiate(requested string) string {
	if t := c.table(requested); t != nil {
		return t.name
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	s := cNegotiate(c.handle(), requested)
	runtime.KeepAlive(c)
	return s
}

// DefaultLocale is the catalog locale of the user's environment:
// SMH_ERRORS_LOCALE, LC_ALL, LC_MESSAGES, LANG, then en-US (read once per
// process). It is Negotiate("").
func (c *Catalog) DefaultLocale() string { return c.Negotiate("") }

// Locales lists the catalog's locales: en-US first, then the other builtin
// ones, then those the overlays added.
func (c *Catalog) Locales() []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	s := cLocales(c.handle())
	runtime.KeepAlive(c)
	return s
}

// handle is the library's catalog to ask, with c.mu read-locked: after
// Close, the global one.
func (c *Catalog) handle() handle {
	if c.closed {
		return nil
	}
	return c.h
}

// ask is the library's answer for any code, with nothing kept.
func (c *Catalog) ask(code, locale string) Entry {
	c.mu.RLock()
	defer c.mu.RUnlock()
	e := cAsk(c.handle(), code, locale)
	runtime.KeepAlive(c)
	return e
}

// table is the kept table for locale, read from the library on first use;
// nil when the locale string is not kept (too long, or too many kept
// already) or the library keeps no more tables.
func (c *Catalog) table(locale string) *localeTable {
	if t := c.last.Load(); t != nil && t.key == locale && !c.shut.Load() {
		return t
	}
	if m := c.tables.Load(); m != nil {
		if t, ok := (*m)[locale]; ok {
			c.last.Store(t)
			return t
		}
	}
	if len(locale) > maxTableKey {
		return nil
	}
	return c.addTable(locale)
}

func (c *Catalog) addTable(locale string) *localeTable {
	c.tablesMu.Lock()
	defer c.tablesMu.Unlock()
	old := c.tables.Load()
	if old != nil {
		if t, ok := (*old)[locale]; ok {
			return t
		}
		if len(*old) >= maxTables {
			return nil
		}
	}
	c.mu.RLock()
	defer c.mu.RUnlock()
	if c.closed && c != global {
		// Closed: answer from the global catalog, keeping nothing here.
		return global.table(locale)
	}
	t := cTable(c.h, locale)
	if t == nil {
		return nil
	}
	if old != nil {
		// A request that resolves as a kept one shares its entries.
		for _, k := range *old {
			if k.id == t.id {
				t.entries = k.entries
				break
			}
		}
	}
	if testHookTableBuilt != nil {
		testHookTableBuilt(c)
	}
	next := make(map[string]*localeTable, 1)
	if old != nil {
		for k, v := range *old {
			next[k] = v
		}
	}
	next[t.key] = t
	// Stored while c.mu is still read-locked: Close (which takes it to
	// write) either ran before, and closed is seen above, or runs after and
	// drops this table; a closed catalog never keeps a table of its overlay.
	c.tables.Store(&next)
	runtime.KeepAlive(c)
	return t
}

// testHookTableBuilt, when set by a test, runs after a locale's table is
// read and before it is kept, with c.mu read-locked.
var testHookTableBuilt func(c *Catalog)

// allCodes is the registry, read from the library once.
var allCodes = sync.OnceValue(cCodes)

// Message is the localized message of code in locale, from the global
// catalog (the builtin one plus the overlays named by SMH_ERRORS_CATALOG_DIR).
// See Lookup for how code and locale are read.
func Message(code, locale string) string { return global.Message(code, locale) }

// Lookup resolves code in locale in the global catalog and returns the
// whole answer; see (*Catalog).Lookup and Catalog for how a locale is read.
func Lookup(code, locale string) Entry {
	if e := global.exact(code, locale); e != nil {
		return *e
	}
	return global.notExact(code, locale)
}

// Negotiate is the global catalog's locale that requested resolves to
// ("": the default locale).
func Negotiate(requested string) string { return global.Negotiate(requested) }

// DefaultLocale is the global catalog's locale for the user's environment
// (SMH_ERRORS_LOCALE, LC_ALL, LC_MESSAGES, LANG, then en-US).
func DefaultLocale() string { return global.DefaultLocale() }

// Locales lists the global catalog's locales.
func Locales() []string { return global.Locales() }

// Codes lists every registered code, in registry order.
func Codes() []Code { return append([]Code(nil), allCodes()...) }

// Categories lists every top-level category (the part of a code before its
// first dot), one sentinel error each: ErrAuthFailure and so on.
func Categories() []Category { return append([]Category(nil), allCategories()...) }

var allCategories = sync.OnceValue(cCategories)

// Version is the version of the linked libsmh_errors, "MAJOR.MINOR.PATCH".
func Version() string { return cVersion() }

// GlobalCatalogError says why the overlays named by SMH_ERRORS_CATALOG_DIR
// were not loaded (every problem, with file:line:col); nil when they were
// or none were named. The global catalog is then the builtin one.
func GlobalCatalogError() error {
	if msg := cGlobalCatalogError(); msg != "" {
		return errors.New("smherrors: " + msg)
	}
	return nil
}
