package smherrors

// Go's native fuzzing (go test -fuzz) of ParseResponse, Message/Lookup and
// FromError. Each target checks the package's promises, not only that
// nothing panics. `go test` runs the seeds in testdata/fuzz/<FuzzName>/
// (taken from the shared vectors) and the f.Add seeds below;
// `make -C bindings/go fuzz FUZZTIME=20m` fuzzes each target in turn.

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
)

var parseKinds = []ParseErrorKind{ParseTooLarge, ParseInvalidUTF8, ParseTooDeep, ParseSyntax,
	ParseNotAnObject, ParseUnknownShape, ParseWrongType, ParseMissingField}

// FuzzParseResponse: any body gives exactly one of a success, an API error
// or a *ParseError of a known kind, ParseResponse and ReadResponse agree,
// and an accepted error round-trips: its code, message and request id,
// written back into an API 3.0 body, read back the same.
func FuzzParseResponse(f *testing.F) {
	f.Add([]byte(`{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"m"},"RequestId":"r"}}`))
	f.Add([]byte(`{"code":4000,"message":"bad","codeDesc":"InvalidParameter"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		resp, err := ReadResponse(body)
		apiErr, err2 := ParseResponse(body)
		if (err == nil) != (err2 == nil) || (resp.Err == nil) != (apiErr == nil) {
			t.Fatalf("ReadResponse (%v, %v) and ParseResponse (%v, %v) disagree", resp.Err, err, apiErr, err2)
		}
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || resp.Err != nil || resp.RequestID != "" {
				t.Fatalf("a refusal is not a bare *ParseError: %#v, %v", resp, err)
			}
			if !slices.Contains(parseKinds, pe.Kind) || pe.Detail == "" || pe.Kind != err2.(*ParseError).Kind {
				t.Fatalf("refusal of kind %q (%q)", pe.Kind, pe.Detail)
			}
			if len(body) > 1<<20 && pe.Kind != ParseTooLarge {
				t.Fatalf("a body of %d bytes refused as %s", len(body), pe.Kind)
			}
			if len(body) <= 1<<20 && !utf8.Valid(body) && pe.Kind != ParseInvalidUTF8 {
				t.Fatalf("a body that is not UTF-8 refused as %s", pe.Kind)
			}
			return
		}
		if !utf8.Valid(body) || len(body) > 1<<20 {
			t.Fatalf("accepted a body that is not UTF-8 or over 1 MiB")
		}
		if resp.Err == nil {
			return // a success: its request id is whatever the body said
		}
		e := resp.Err
		if *e != *apiErr {
			t.Fatalf("ReadResponse %#v, ParseResponse %#v", e, apiErr)
		}
		if e.Code == "" || e.RequestID != resp.RequestID {
			t.Fatalf("error with code %q, request ids %q / %q", e.Code, e.RequestID, resp.RequestID)
		}
		if e.Retryable() != Lookup(string(e.Code), "en-US").Retryable {
			t.Fatalf("Retryable() %v disagrees with Lookup", e.Retryable())
		}
		again := roundTrip(t, string(e.Code), e.Message, e.RequestID)
		if again == nil || *again != *e {
			t.Fatalf("round trip of %#v gave %#v", e, again)
		}
	})
}

// roundTrip writes an API 3.0 error body with code, message and request id
// (encoding/json), and reads it back.
func roundTrip(t *testing.T, code, message, requestID string) *Error {
	t.Helper()
	type apiError struct{ Code, Message string }
	var body struct {
		Response struct {
			Error     apiError
			RequestId string //nolint:revive // the API's spelling
		}
	}
	body.Response.Error = apiError{code, message}
	body.Response.RequestId = requestID
	raw, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	e, err := ParseResponse(raw)
	if err != nil {
		t.Fatalf("our own body %s: %v", raw, err)
	}
	return e
}

// registered is the registry as a set.
var registered = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range Codes() {
		m[string(c)] = true
	}
	return m
}()

// expectedMatch is the documented rule: the code itself if registered, else
// the nearest registered ancestor (a prefix ending before a dot), else none,
// reading bytes (UTF-8 or not).
func expectedMatch(code string) (Code, Resolution) {
	if registered[code] {
		return Code(code), ResolutionExact
	}
	for i := len(code) - 1; i > 0; i-- {
		if code[i] == '.' && registered[code[:i]] {
			return Code(code[:i]), ResolutionParent
		}
	}
	return "", ResolutionGeneric
}

// fitToShow: the generic message shows a code of at most 128 bytes of
// printable ASCII without spaces.
func fitToShow(code string) bool {
	if code == "" || len(code) > 128 {
		return false
	}
	for i := 0; i < len(code); i++ {
		if code[i] <= ' ' || code[i] > '~' {
			return false
		}
	}
	return true
}

// FuzzLookup: for any code and locale string, Lookup and Message agree
// (kept answers and the library's), the message is not empty, the locale is
// one the catalog ships and the one Negotiate names, and the resolution is
// the documented one: exact for a registered code, the right ancestor's
// message for a child, the generic message otherwise (showing the code when
// it is fit to show).
func FuzzLookup(f *testing.F) {
	f.Add("InvalidParameterValue.Foo", "zh_CN.UTF-8")
	f.Add("AuthFailure.SignatureFailure", "fr-CH, fr;q=0.9, zh;q=0.8")
	f.Add("InvalidParameterValue.\xff", "zh-\xff")
	locales := Locales()
	builtinCat, err := OpenCatalog()
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { builtinCat.Close() })
	f.Fuzz(func(t *testing.T, code, locale string) {
		e := Lookup(code, locale)
		if e2 := Lookup(code, locale); e2 != e {
			t.Fatalf("Lookup twice: %+v then %+v", e, e2)
		}
		if m := Message(code, locale); m != e.Message {
			t.Fatalf("Message %q, Lookup %q", m, e.Message)
		}
		if b := builtinCat.Lookup(code, locale); b != e {
			t.Fatalf("builtin catalog %+v, global %+v", b, e)
		}
		if lib := global.ask(code, locale); lib != e {
			t.Fatalf("the library %+v, the kept answer %+v", lib, e)
		}
		if e.Code != code || e.Message == "" || !utf8.ValidString(e.Message) {
			t.Fatalf("code %q, message %q", e.Code, e.Message)
		}
		if !slices.Contains(locales, e.Locale) || e.Locale != Negotiate(locale) {
			t.Fatalf("locale %q (Negotiate: %q, shipped: %v)", e.Locale, Negotiate(locale), locales)
		}
		if !utf8.ValidString(locale) && e.Locale != "en-US" {
			t.Fatalf("a locale that is not UTF-8 answered in %s", e.Locale)
		}
		matched, resolution := expectedMatch(code)
		if e.Resolution != resolution || e.Matched != matched {
			t.Fatalf("%s %q, want %s %q", e.Resolution, e.Matched, resolution, matched)
		}
		if resolution == ResolutionGeneric {
			if e.Kind != 0 || e.Retryable || e.DocURL != "" {
				t.Fatalf("generic answer with facts: %+v", e)
			}
			want := Message("", locale) // the generic text without a code
			if fitToShow(code) {
				// The generic text showing a code, with this code in it.
				want = strings.Replace(Message("Zz.Zz", locale), "Zz.Zz", code, 1)
			}
			if e.Message != want {
				t.Fatalf("generic message %q for %q, want %q (fit to show: %v)", e.Message, code, want, fitToShow(code))
			}
			return
		}
		own := Lookup(string(matched), locale)
		if e.Message != own.Message || e.Kind != own.Kind || e.Retryable != own.Retryable || e.DocURL != own.DocURL || e.Locale != own.Locale {
			t.Fatalf("answer %+v, the matched code's own %+v", e, own)
		}
		if e.Kind != KindCommon && e.Kind != KindBusiness {
			t.Fatalf("kind %q", e.Kind)
		}
	})
}

// FuzzFromError: any error, wrapped any way, converts without a panic; an
// SDK-shaped error (the official SDK's own type or a look-alike) with a
// non-empty code gives an *Error with its code, message and request id and
// the facts the core gives the code (the same as a parsed body's); anything
// else gives false.
func FuzzFromError(f *testing.F) {
	f.Add("ResourceNotFound.Library", "library not found", "rid", uint8(0), uint8(1))
	f.Add("", "no code", "", uint8(1), uint8(2))
	f.Add("RequestLimitExceeded.Burst", "", "r", uint8(2), uint8(3))
	f.Fuzz(func(t *testing.T, code, message, requestID string, shape, wraps uint8) {
		var inner error
		switch shape % 5 {
		case 0:
			inner = sdkerrors.NewTencentCloudSDKError(code, message, requestID)
		case 1:
			inner = &fakeSDKError{code, message, requestID}
		case 2:
			inner = errors.New(code) // no SDK methods: never an API error
		case 3:
			inner = newError(code, message, requestID) // our own *Error
		case 4:
			inner = &panickySDKError{fakeSDKError{code, message, requestID}}
		}
		err := inner
		for i := 0; i < int(wraps%4); i++ {
			if i%2 == 0 {
				err = fmt.Errorf("layer %d: %w", i, err)
			} else {
				err = errors.Join(errors.New("other"), err)
			}
		}
		got, ok := FromError(err)
		wantOK := code != "" && (shape%5 == 0 || shape%5 == 1 || shape%5 == 3)
		if shape%5 == 3 {
			wantOK = true // an *Error in the chain is returned as is, whatever its code
		}
		if ok != wantOK || (got != nil) != ok {
			t.Fatalf("shape %d, code %q: FromError gives %v, %v; want ok=%v", shape%5, code, got, ok, wantOK)
		}
		if !ok {
			return
		}
		if shape%5 == 3 && got != inner {
			t.Fatalf("our own *Error was not returned as is")
		}
		if string(got.Code) != code || got.Message != message || got.RequestID != requestID {
			t.Fatalf("got %#v from %q %q %q", got, code, message, requestID)
		}
		if got.Retryable() != Lookup(code, "en-US").Retryable {
			t.Fatalf("Retryable() %v, Lookup says %v", got.Retryable(), Lookup(code, "en-US").Retryable)
		}
		head, _, _ := strings.Cut(code, ".")
		wantCat := Category("")
		// The category is the code's bytes up to its first dot, UTF-8 or not.
		if slices.Contains(Categories(), Category(head)) {
			wantCat = Category(head)
		}
		// errors.Is on the converted error (and on the chain itself, when it
		// holds our own *Error).
		checked := []error{got}
		if shape%5 == 3 {
			checked = append(checked, err)
		}
		for _, x := range checked {
			if got.Category() != wantCat || (wantCat != "" && !errors.Is(x, wantCat)) {
				t.Fatalf("category %q, want %q (errors.Is: %v)", got.Category(), wantCat, errors.Is(x, wantCat))
			}
		}
		for _, c := range Categories() {
			if c != wantCat && errors.Is(got, c) {
				t.Fatalf("errors.Is(err, %s) for code %q", c, code)
			}
		}
		// Error() shows the code (an *Error with an empty code, which only
		// our own shape makes here, has the empty text, as in every binding).
		if (code != "" && got.Error() == "") || got.Localized("zh-CN") != Message(code, "zh-CN") {
			t.Fatalf("Error() %q, Localized %q", got.Error(), got.Localized("zh-CN"))
		}
		// The same error as a response body, where JSON can carry it.
		if code != "" && utf8.ValidString(code) && utf8.ValidString(message) && utf8.ValidString(requestID) {
			if parsed := roundTrip(t, code, message, requestID); parsed == nil || *parsed != *got {
				t.Fatalf("FromError %#v, the same error parsed %#v", got, parsed)
			}
		}
	})
}

// panickySDKError has the SDK's method set, but GetMessage panics: someone
// else's code, which FromError must survive (it answers false).
type panickySDKError struct{ fakeSDKError }

func (p *panickySDKError) GetMessage() string { panic("GetMessage") }

// A generic answer shows the code that is fit to show, also once the
// library keeps SMH_ERRORS_MAX_STATIC_UNKNOWN_CODES texts showing codes, and
// also for a code that is a substring of the text showing none ("a",
// "unknown"); testdata/fuzz/FuzzLookup/cb4f72a2dd9b8d40 asks the same.
func TestGenericMessageShowsTheCodePastTheStaticTable(t *testing.T) {
	c := builtin(t)
	for i := 0; i < 1100; i++ {
		c.Lookup(fmt.Sprintf("Fill.Code%d", i), "en-US")
	}
	for _, code := range []string{"a", "unknown", "The", "reason."} {
		want := "The request failed with error code " + code + "."
		if got := c.Lookup(code, "en-US").Message; got != want {
			t.Errorf("Lookup(%q): %q, want %q", code, got, want)
		}
		if got := c.Message(code, "en"); got != want {
			t.Errorf("Message(%q): %q, want %q", code, got, want)
		}
	}
	if got := c.Message("has space", "en-US"); got != "The request failed for an unknown reason." {
		t.Errorf("a code not fit to show: %q", got)
	}
}
