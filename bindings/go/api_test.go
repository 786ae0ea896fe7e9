package smherrors

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

const fixtures = "../../tests/fixtures/overlays"

func TestCodesAndCategories(t *testing.T) {
	codes := Codes()
	if len(codes) != 99 {
		t.Fatalf("Codes(): %d codes, want the registry's 99", len(codes))
	}
	if !slices.Contains(codes, AuthFailureSignatureFailure) || !slices.Contains(codes, RequestLimitExceededSendSms) {
		t.Fatalf("Codes() lacks a generated constant: %v", codes[:5])
	}
	codes[0] = "changed"
	if Codes()[0] == "changed" {
		t.Fatal("Codes() returns the package's own slice")
	}
	cats := Categories()
	seen := map[Category]bool{}
	for _, c := range Codes() {
		head, _, _ := strings.Cut(string(c), ".")
		seen[Category(head)] = true
	}
	if len(cats) != len(seen) {
		t.Fatalf("%d categories, but the codes have %d top-level parts", len(cats), len(seen))
	}
	for _, c := range cats {
		if !seen[c] {
			t.Errorf("category %q is no code's top-level part", c)
		}
	}
	if !slices.Contains(cats, ErrAuthFailure) || !slices.Contains(cats, ErrOperationDenied) {
		t.Fatal("a generated sentinel is not among Categories()")
	}
}

func TestVersionMatchesCargo(t *testing.T) {
	raw, err := os.ReadFile("../../Cargo.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^version = "([^"]+)"`).FindSubmatch(raw)
	if m == nil || Version() != string(m[1]) {
		t.Fatalf("Version() = %q, Cargo.toml says %q", Version(), m)
	}
}

func TestLookupAnswers(t *testing.T) {
	e := Lookup("InvalidParameterValue.NoSuchThing", "zh_CN.UTF-8")
	want := Entry{Code: "InvalidParameterValue.NoSuchThing", Message: "参数取值错误。", Locale: "zh-CN",
		Resolution: ResolutionParent, Matched: InvalidParameterValue, Kind: KindCommon, Status: StatusCurrent}
	if e != want {
		t.Fatalf("got %+v\nwant %+v", e, want)
	}
	// A retired code answers exactly, says so, and (a balance code under the
	// retryable InternalError) is not retryable.
	e = Lookup(string(InternalErrorBalanceLess), "en-US")
	want = Entry{Code: "InternalError.BalanceLess", Message: "Your account balance is insufficient.", Locale: "en-US",
		Resolution: ResolutionExact, Matched: InternalErrorBalanceLess, Kind: KindBusiness, Status: StatusRetired}
	if e != want {
		t.Fatalf("got %+v\nwant %+v", e, want)
	}
	if got := Lookup("NoSuchCode", "en").Status; got != 0 {
		t.Fatalf("a generic answer has status %q", got)
	}
	if got := Lookup("RequestLimitExceeded.Burst", "en").Retryable; !got {
		t.Fatal("a RequestLimitExceeded child is not retryable")
	}
	if got := Message("NoSuch.Code", "en-US"); got != "The request failed with error code NoSuch.Code." {
		t.Fatalf("generic: %q", got)
	}
	if got := Negotiate("fr-CH, fr;q=0.9, zh;q=0.8"); got != "zh-CN" {
		t.Fatalf("Negotiate: %q", got)
	}
	if got := Locales(); len(got) < 2 || got[0] != "en-US" || !slices.Contains(got, "zh-CN") {
		t.Fatalf("Locales: %v", got)
	}
}

// Bad input gets a defined answer: never a panic, never a crash.
func TestBadInput(t *testing.T) {
	huge := strings.Repeat("A.", 2<<20)
	cases := []struct {
		name, code, locale string
		resolution         Resolution
		matched            Code
		locale2            string
	}{
		{"invalid UTF-8 code", "\xff\xfe.\x80", "zh-CN", ResolutionGeneric, "", "zh-CN"},
		{"invalid UTF-8 in a child", "InvalidParameterValue.\xff", "en-US", ResolutionParent, InvalidParameterValue, "en-US"},
		{"invalid UTF-8 locale", "AuthFailure.SignatureFailure", "zh-\xff", ResolutionExact, AuthFailureSignatureFailure, "en-US"},
		{"NUL inside a child", "InvalidParameterValue.\x00x", "zh-CN", ResolutionParent, InvalidParameterValue, "zh-CN"},
		{"NUL inside a code", "Auth\x00Failure.SignatureFailure", "en-US", ResolutionGeneric, "", "en-US"},
		{"NUL after a code", "AuthFailure.SignatureFailure\x00", "en-US", ResolutionGeneric, "", "en-US"},
		{"NUL in a locale", "AuthFailure.SignatureFailure", "zh\x00-CN", ResolutionExact, AuthFailureSignatureFailure, "en-US"},
		{"empty code", "", "zh-CN", ResolutionGeneric, "", "zh-CN"},
		{"4 MiB code", huge, "en-US", ResolutionGeneric, "", "en-US"},
		{"4 MiB child", "InvalidParameterValue." + huge, "zh-CN", ResolutionParent, InvalidParameterValue, "zh-CN"},
		{"4 MiB locale", "ResourceNotFound.Library", huge, ResolutionExact, ResourceNotFoundLibrary, "en-US"},
	}
	for _, c := range cases {
		for _, e := range []Entry{Lookup(c.code, c.locale), Lookup(c.code, c.locale)} {
			if e.Resolution != c.resolution || e.Matched != c.matched || e.Locale != c.locale2 {
				t.Errorf("%s: got %s/%q/%s, want %s/%q/%s", c.name, e.Resolution, e.Matched, e.Locale, c.resolution, c.matched, c.locale2)
			}
			if e.Message == "" || strings.ContainsRune(e.Message, 0) || len(e.Message) > 1024 {
				t.Errorf("%s: message %q", c.name, e.Message)
			}
			if e.Code != c.code {
				t.Errorf("%s: Code is not the code as asked", c.name)
			}
		}
	}
	// The generic text shows a code fit to show, and not one that is not.
	if m := Message("Auth\x00Failure", "en-US"); strings.Contains(m, "Auth") {
		t.Errorf("a code with a NUL was shown: %q", m)
	}
	if m := Message("Foo.Bar", "zh-CN"); !strings.Contains(m, "Foo.Bar") {
		t.Errorf("a well-formed unknown code was not shown: %q", m)
	}
}

func TestBadBodies(t *testing.T) {
	bodies := map[string]struct {
		body []byte
		kind ParseErrorKind
	}{
		"nil":            {nil, ParseSyntax},
		"empty":          {[]byte{}, ParseSyntax},
		"NUL":            {[]byte{0}, ParseSyntax},
		"invalid UTF-8":  {[]byte("{\"Response\":{\"Error\":{\"Code\":\"\xff\"}}}"), ParseInvalidUTF8},
		"truncated":      {[]byte(`{"Response":{"Error":`), ParseSyntax},
		"array":          {[]byte(`[1,2]`), ParseNotAnObject},
		"wrong shape":    {[]byte(`{"foo":1}`), ParseUnknownShape},
		"wrong type":     {[]byte(`{"Response":{"Error":{"Code":5}}}`), ParseWrongType},
		"no code":        {[]byte(`{"Response":{"Error":{"Message":"x"}}}`), ParseMissingField},
		"too deep":       {[]byte(strings.Repeat("[", 100) + strings.Repeat("]", 100)), ParseTooDeep},
		"over 1 MiB":     {[]byte(`{"Response":{"RequestId":"` + strings.Repeat("x", 1<<20) + `"}}`), ParseTooLarge},
		"4 MiB of bytes": {make([]byte, 4<<20), ParseTooLarge},
	}
	for name, c := range bodies {
		e, err := ParseResponse(c.body)
		var pe *ParseError
		if e != nil || !errors.As(err, &pe) {
			t.Errorf("%s: got %v, %v; want a *ParseError", name, e, err)
			continue
		}
		if pe.Kind != c.kind || !strings.HasPrefix(err.Error(), "smherrors: ") || len(err.Error()) < 20 {
			t.Errorf("%s: got %s %q, want kind %s", name, pe.Kind, err, c.kind)
		}
	}
	// A NUL in the server's message (JSON \u0000) is kept, with what follows.
	e, err := ParseResponse([]byte(`{"Response":{"Error":{"Code":"InternalError","Message":"a\u0000b"},"RequestId":"r\u0000"}}`))
	if err != nil || e.Message != "a\x00b" || e.RequestID != "r\x00" {
		t.Fatalf("got %#v, %v", e, err)
	}
}

func TestErrorsIsAndAs(t *testing.T) {
	e, err := ParseResponse([]byte(`{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"bad sig"},"RequestId":"req-1"}}`))
	if err != nil || e == nil {
		t.Fatal(err)
	}
	wrapped := fmt.Errorf("upload: %w", fmt.Errorf("call: %w", e))
	if !errors.Is(wrapped, ErrAuthFailure) || !errors.Is(e, ErrAuthFailure) {
		t.Fatal("errors.Is(err, ErrAuthFailure) is false")
	}
	for _, other := range []error{ErrAuthFailureSignatureFailureNotACategory(), ErrInvalidParameter, ErrInternalError, errors.New("AuthFailure")} {
		if errors.Is(wrapped, other) {
			t.Errorf("errors.Is matched %v", other)
		}
	}
	var got *Error
	if !errors.As(wrapped, &got) || got != e {
		t.Fatal("errors.As did not find the *Error")
	}
	if e.Error() != "AuthFailure.SignatureFailure: bad sig (RequestId: req-1)" {
		t.Fatalf("Error(): %q", e.Error())
	}
	if e.Category() != ErrAuthFailure || e.Retryable() || e.Code != AuthFailureSignatureFailure {
		t.Fatalf("%+v", e)
	}
	if e.Localized("zh-CN") != Message("AuthFailure.SignatureFailure", "zh-CN") || e.Lookup("en").Locale != "en-US" {
		t.Fatal("Localized/Lookup disagree with Message/Lookup")
	}
	// A code of no known category matches no sentinel.
	u, _ := ParseResponse([]byte(`{"Response":{"Error":{"Code":"Mystery.Thing"}}}`))
	for _, c := range Categories() {
		if errors.Is(u, c) {
			t.Errorf("Mystery.Thing matched %s", c)
		}
	}
	if u.Category() != "" || u.Error() != "Mystery.Thing" {
		t.Fatalf("%q %q", u.Category(), u.Error())
	}
	// Retryable through a parent, and a category sentinel for a registered
	// top-level code itself.
	r, _ := ParseResponse([]byte(`{"Response":{"Error":{"Code":"RequestLimitExceeded.Whatever"}}}`))
	if !r.Retryable() || !errors.Is(r, ErrRequestLimitExceeded) {
		t.Fatal("RequestLimitExceeded.Whatever")
	}
	s, _ := ParseResponse([]byte(`{"Response":{"Error":{"Code":"RequestLimitExceeded.SendSms"}}}`))
	if s.Retryable() || !errors.Is(s, ErrRequestLimitExceeded) {
		t.Fatal("RequestLimitExceeded.SendSms")
	}
	// Success.
	if e, err := ParseResponse([]byte(`{"Response":{"RequestId":"ok"}}`)); e != nil || err != nil {
		t.Fatalf("success: %v %v", e, err)
	}
	// Legacy form.
	l, err := ParseResponse([]byte(`{"code":4000,"message":"bad","codeDesc":"InvalidParameter"}`))
	if err != nil || l.Code != InvalidParameter || !errors.Is(l, ErrInvalidParameter) {
		t.Fatalf("legacy: %v %v", l, err)
	}
}

// ErrAuthFailureSignatureFailureNotACategory is a Category that is a code,
// not a top-level category: it must match nothing.
func ErrAuthFailureSignatureFailureNotACategory() error { return Category(AuthFailureSignatureFailure) }

// fakeSDKError has the official Go SDK error's method set.
type fakeSDKError struct{ code, msg, id string }

func (f *fakeSDKError) Error() string        { return "[TencentCloudSDKError] Code=" + f.code }
func (f *fakeSDKError) GetCode() string      { return f.code }
func (f *fakeSDKError) GetMessage() string   { return f.msg }
func (f *fakeSDKError) GetRequestId() string { return f.id }

func TestFromError(t *testing.T) {
	sdk := &fakeSDKError{"ResourceNotFound.Library", "library not found", "rid"}
	e, ok := FromError(fmt.Errorf("list: %w", sdk))
	if !ok || e.Code != ResourceNotFoundLibrary || e.Message != "library not found" || e.RequestID != "rid" {
		t.Fatalf("%v %v", e, ok)
	}
	if !errors.Is(e, ErrResourceNotFound) || e.Retryable() {
		t.Fatal("facts of a converted error")
	}
	r, _ := FromError(&fakeSDKError{code: "InternalError"})
	if r == nil || !r.Retryable() || r.Category() != ErrInternalError {
		t.Fatal("InternalError from an SDK error")
	}
	own, _ := ParseResponse([]byte(`{"Response":{"Error":{"Code":"InternalError"}}}`))
	if got, ok := FromError(fmt.Errorf("x: %w", own)); !ok || got != own {
		t.Fatal("an *Error in the chain is returned as is")
	}
	var typedNil *fakeSDKError
	for name, err := range map[string]error{
		"nil":        nil,
		"plain":      errors.New("boom"),
		"empty code": &fakeSDKError{},
		"typed nil":  fmt.Errorf("x: %w", typedNil),
	} {
		if e, ok := FromError(err); ok || e != nil {
			t.Errorf("%s: got %v", name, e)
		}
	}
}

func TestOverlayCatalog(t *testing.T) {
	c, err := OpenCatalog(filepath.Join(fixtures, "ja-partial"), filepath.Join(fixtures, "ja-layer"))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Negotiate("ja_JP.UTF-8"); got != "ja-JP" {
		t.Fatalf("Negotiate: %q", got)
	}
	if !slices.Contains(c.Locales(), "ja-JP") || slices.Contains(Locales(), "ja-JP") {
		t.Fatalf("Locales: %v / %v", c.Locales(), Locales())
	}
	if got := c.Message("AuthFailure.SignatureFailure", "ja"); got != "署名エラー（第二のオーバーレイ）。" {
		t.Fatalf("the later overlay does not win: %q", got)
	}
	if e := c.Lookup("AuthFailure.MFAFailure", "ja-JP"); e.Locale != "ja-JP" || e.DocURL == "" {
		t.Fatalf("%+v", e)
	}
	// A code ja-JP lacks falls back to en-US, and says so.
	if e := c.Lookup("ActionOffline", "ja-JP"); e.Locale != "en-US" || e.Message != Message("ActionOffline", "en-US") {
		t.Fatalf("%+v", e)
	}
	if got := c.Message("Foo.Bar", "ja-JP"); got != "リクエストはエラーコード Foo.Bar で失敗しました。" {
		t.Fatalf("generic in ja-JP: %q", got)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	// Closed: answers as the global catalog, and Close again is harmless.
	if got := c.Negotiate("ja-JP"); got != "en-US" {
		t.Fatalf("after Close: %q", got)
	}
	if got := c.Message("AuthFailure.SignatureFailure", "zh-CN"); got != Message("AuthFailure.SignatureFailure", "zh-CN") {
		t.Fatalf("after Close: %q", got)
	}
	if c.Close() != nil {
		t.Fatal("second Close")
	}
}

func TestOpenCatalogErrors(t *testing.T) {
	for name, dirs := range map[string][]string{
		"syntax":    {filepath.Join(fixtures, "broken-syntax")},
		"many":      {filepath.Join(fixtures, "broken-many")},
		"missing":   {filepath.Join(fixtures, "no-such-dir")},
		"after one": {filepath.Join(fixtures, "ja-partial"), filepath.Join(fixtures, "broken-variable")},
		"NUL":       {"a\x00b"},
		"empty":     {""},
	} {
		c, err := OpenCatalog(dirs...)
		if c != nil || err == nil || !strings.HasPrefix(err.Error(), "smherrors: ") {
			t.Errorf("%s: got %v, %v", name, c, err)
			continue
		}
		t.Logf("%s: %v", name, err)
	}
	_, err := OpenCatalog(filepath.Join(fixtures, "broken-syntax"))
	if !regexp.MustCompile(`errors\.ftl:\d+:\d+`).MatchString(err.Error()) {
		t.Fatalf("no file:line:col: %v", err)
	}
}

// The kept answers are bounded: many locale strings still get right answers.
func TestManyLocaleStrings(t *testing.T) {
	c := builtin(t)
	for i := 0; i < 3*maxTables; i++ {
		loc := fmt.Sprintf("zh-CN, en;q=0.%d", i%10)
		if i%2 == 1 {
			loc = fmt.Sprintf("x-%d", i)
		}
		want := "zh-CN"
		if i%2 == 1 {
			want = "en-US"
		}
		if e := c.Lookup("InternalError", loc); e.Locale != want {
			t.Fatalf("%q: %+v", loc, e)
		}
	}
	if n := len(*c.tables.Load()); n > maxTables {
		t.Fatalf("%d tables kept", n)
	}
}

// DefaultLocale reads the environment: checked in a child process, since
// the library reads it once per process.
func TestDefaultLocale(t *testing.T) {
	if want := os.Getenv("SMHERRORS_WANT_DEFAULT"); want != "" {
		if got := DefaultLocale(); got != want {
			fmt.Printf("DefaultLocale() = %q, want %q\n", got, want)
			os.Exit(3)
		}
		// "" is no locale: the environment's, in every call that takes one.
		e := &Error{Code: "InvalidParameter", Message: "Parameter `A` format invalid.", RequestID: "r"}
		d, _ := e.Detail("")
		wantDetail, _ := e.Detail(want)
		if Negotiate("") != want || Lookup("AuthFailure", "").Locale != want ||
			Lookup("AuthFailure.Nope", "").Locale != want || Lookup("Nope", "").Locale != want ||
			e.Localized("") != Message("InvalidParameter", want) || d != wantDetail ||
			e.Explain("") != e.Explain(want) {
			fmt.Printf("a call with locale \"\" did not answer in %s\n", want)
			os.Exit(4)
		}
		return
	}
	for env, want := range map[string]string{"LANG=zh_CN.UTF-8": "zh-CN", "SMH_ERRORS_LOCALE=en": "en-US", "LC_ALL=C": "en-US"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestDefaultLocale$")
		cmd.Env = append(cleanEnv(), env, "SMHERRORS_WANT_DEFAULT="+want)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("%s: %v\n%s", env, err, out)
		}
	}
	if GlobalCatalogError() != nil && os.Getenv("SMH_ERRORS_CATALOG_DIR") == "" {
		t.Fatal(GlobalCatalogError())
	}
}

// The global catalog loads SMH_ERRORS_CATALOG_DIR, or says why it did not.
func TestGlobalOverlay(t *testing.T) {
	if mode := os.Getenv("SMHERRORS_OVERLAY_MODE"); mode != "" {
		switch mode {
		case "ok":
			if GlobalCatalogError() != nil || Message("AuthFailure.SignatureFailure", "ja") != "署名が正しくありません。" {
				os.Exit(3)
			}
		case "broken":
			err := GlobalCatalogError()
			if err == nil || !strings.Contains(err.Error(), "errors.ftl:") || Negotiate("ja-JP") != "en-US" {
				os.Exit(4)
			}
		}
		return
	}
	for mode, dir := range map[string]string{"ok": "ja-partial", "broken": "broken-syntax"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestGlobalOverlay$")
		cmd.Env = append(cleanEnv(), "SMH_ERRORS_CATALOG_DIR="+filepath.Join(fixtures, dir), "SMHERRORS_OVERLAY_MODE="+mode)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("%s: %v\n%s", mode, err, out)
		}
	}
}

// cleanEnv is the environment without the variables the library reads.
func cleanEnv() []string {
	var out []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "SMH_ERRORS_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG", "SMH_ERRORS_CATALOG_DIR":
			continue
		}
		out = append(out, kv)
	}
	return out
}

func TestZeroCatalogIsGlobal(t *testing.T) {
	var c Catalog
	if c.Message("AuthFailure.SignatureFailure", "zh-CN") != Message("AuthFailure.SignatureFailure", "zh-CN") ||
		c.Negotiate("zh") != "zh-CN" || c.Close() != nil || c.Negotiate("zh") != "zh-CN" {
		t.Fatal("the zero Catalog does not answer as the global one")
	}
}

// TestErrorTextEscapesServerText: the text of an Error is the core's, with
// the network's control and invisible characters escaped.
func TestErrorTextEscapesServerText(t *testing.T) {
	e := &Error{Code: "AuthFailure.SignatureFailure", Message: "bad\nsig\x1b[2J\u202e", RequestID: "r\r1"}
	want := `AuthFailure.SignatureFailure: bad\nsig\u{1b}[2J\u{202e} (RequestId: r\r1)`
	if got := e.Error(); got != want {
		t.Fatalf("Error() = %q, want %q", got, want)
	}
	// Invisible characters too: the validator's one table.
	hidden := &Error{Code: "X\u200b", Message: "Li\U000e0041b\ufeff\u00ad\u2060", RequestID: "r\u200d"}
	if got, want := hidden.Error(), `X\u{200b}: Li\u{e0041}b\u{feff}\u{ad}\u{2060} (RequestId: r\u{200d})`; got != want {
		t.Fatalf("Error() = %q, want %q", got, want)
	}
	long := &Error{Code: "X", Message: strings.Repeat("é", 400)}
	if got := long.Error(); got != "X: "+strings.Repeat("é", 400) {
		t.Fatalf("a text longer than the stack buffer: %d bytes", len(got))
	}
}

// Parent codes are answered from the kept table with the library's parent
// rule, exactly as the library answers them, without allocating.
func TestParentCodesFromTheTable(t *testing.T) {
	for _, code := range []string{"InvalidParameterValue.Foo", "InvalidParameterValue.Foo.Bar", "InvalidParameterValue.",
		"ResourceNotFound.Library.x", "InvalidParameterValue.\xff", "InvalidParameterValue." + strings.Repeat("x.", 100),
		"Invalid.Foo", ".InvalidParameterValue", strings.Repeat("a.", 40) + "InvalidParameterValue.x"} {
		for _, loc := range []string{"zh-CN", "en", ""} {
			if got, want := Lookup(code, loc), global.ask(code, loc); got != want {
				t.Errorf("%q in %q: %+v, the library %+v", code, loc, got, want)
			}
		}
	}
	Message("InvalidParameterValue.Foo", "zh-CN")
	if n := testing.AllocsPerRun(100, func() {
		sink = Message("InvalidParameterValue.Foo", "zh-CN")
		sinkEntry = Lookup("ResourceNotFound.Library.x", "zh-CN")
	}); n != 0 {
		t.Errorf("%v allocations per parent lookup", n)
	}
}

// Explain is what `smh-errors parse` prints for the error.
func TestExplain(t *testing.T) {
	e := &Error{Code: "InvalidParameter", Message: "Parameter `LibraryId` format invalid.", RequestID: "r-1"}
	want := "InvalidParameter [en-US, exact, common, not retryable]\n" +
		"  A parameter is invalid (for example, its format or type is wrong).\n" +
		"  detail: The parameter LibraryId has an invalid format.\n" +
		"  server: Parameter `LibraryId` format invalid.\n" +
		"  request id: r-1"
	if got := e.Explain("en"); got != want {
		t.Errorf("Explain:\n%s\nwant:\n%s", got, want)
	}
	bare := &Error{Code: "Nope\n"}
	if got := bare.Explain("en"); got != "Nope\\n [en-US, unknown code]\n  The request failed for an unknown reason." {
		t.Errorf("no message, no request id, a code escaped: %q", got)
	}
	if global.Explain(nil, "en") != "" {
		t.Error("a nil error explains as nothing")
	}
}

func TestDetail(t *testing.T) {
	e := &Error{Code: "InvalidParameter", Message: "Parameter `a\x1b[2J\nb` format invalid."}
	if d, ok := e.Detail("zh-CN"); !ok || d != `参数 a\u{1b}[2J\nb 的格式无效。` {
		t.Errorf("hostile hole: got %q, %v", d, ok)
	}
	for _, m := range []string{"", "Parameter `` format invalid.", "Parameter `x` format invalid", strings.Repeat("`", 1<<20)} {
		if d, ok := (&Error{Code: "InvalidParameter", Message: m}).Detail("zh-CN"); ok || d != "" {
			t.Errorf("%.30q: got %q, %v; want none", m, d, ok)
		}
	}
	// A message with a NUL byte inside reaches the library whole.
	if d, ok := global.Detail("InvalidParameter", "Parameter `A\x00B` format invalid.", "en"); !ok || d != `The parameter A\u{0}B has an invalid format.` {
		t.Errorf("NUL inside: got %q, %v", d, ok)
	}
	// A closed catalog answers as the global one.
	cat, err := OpenCatalog()
	if err != nil {
		t.Fatal(err)
	}
	_ = cat.Close()
	if d, ok := cat.Detail("MissingParameter", "The request is missing a required parameter `Filters`.", "zh"); !ok || d != "缺少必需的参数 Filters。" {
		t.Errorf("closed catalog: got %q, %v", d, ok)
	}
}

// Resolution, Kind and Status print and marshal as the shared vocabulary's
// names ("" in a generic answer), and read back from them.
func TestEntryJSONNames(t *testing.T) {
	for _, c := range []struct {
		code, want string
	}{
		{"AuthFailure.SignatureFailure", `"resolution":"exact","matched":"AuthFailure.SignatureFailure","kind":"common","retryable":false,"status":"current"`},
		{"InternalError.BalanceLess", `"resolution":"exact","matched":"InternalError.BalanceLess","kind":"business","retryable":false,"status":"retired"`},
		{"InvalidParameterValue.Foo", `"resolution":"parent","matched":"InvalidParameterValue","kind":"common","retryable":false,"status":"current"`},
		{"No.Such", `"resolution":"generic","matched":"","kind":"","retryable":false,"status":""`},
	} {
		e := Lookup(c.code, "en-US")
		b, err := json.Marshal(e)
		if err != nil || !strings.Contains(string(b), c.want) {
			t.Fatalf("%s: %s (%v), want %s", c.code, b, err, c.want)
		}
		var back Entry
		if err := json.Unmarshal(b, &back); err != nil || back != e {
			t.Fatalf("%s: read back %+v (%v), want %+v", c.code, back, err, e)
		}
		if got := fmt.Sprint(e.Resolution, " ", e.Kind, " ", e.Status); got != strings.Join([]string{e.Resolution.String(), e.Kind.String(), e.Status.String()}, " ") {
			t.Fatalf("%s: printed %q", c.code, got)
		}
	}
	var k Kind
	if err := json.Unmarshal([]byte(`"bogus"`), &k); err == nil {
		t.Fatal("an unknown kind was read")
	}
	if Kind(200).String() != "" || Resolution(9).String() != "" || Status(3).String() != "" {
		t.Fatal("a value outside the constants has a name")
	}
}
