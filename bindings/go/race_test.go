package smherrors

import (
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// 64 goroutines mix lookups, negotiation, parses, conversions and overlay
// catalogs (one closed while others read it), checking every answer against
// one computed beforehand. Run under `go test -race`.
func TestConcurrentUse(t *testing.T) {
	const goroutines = 64
	iterations := 400
	if testing.Short() {
		iterations = 50
	}
	overlay, err := OpenCatalog(filepath.Join(fixtures, "ja-partial"))
	if err != nil {
		t.Fatal(err)
	}
	doomed, err := OpenCatalog(filepath.Join(fixtures, "ja-partial"))
	if err != nil {
		t.Fatal(err)
	}
	defer overlay.Close()

	type question struct{ code, locale string }
	var questions []question
	for i, c := range Codes() {
		questions = append(questions, question{string(c), []string{"zh-CN", "en", "zh_TW.UTF-8", "", "fr;q=0.5, zh"}[i%5]})
	}
	questions = append(questions, question{"InvalidParameterValue.Foo", "zh-CN"}, question{"Mystery.Code", "en-US"},
		question{"\xff", "zh-CN"}, question{"Auth\x00Failure", "ja"})
	// The answers, from the library directly (no kept answers involved).
	want := make([]Entry, len(questions))
	wantJa := make([]Entry, len(questions))
	for i, q := range questions {
		want[i] = global.ask(q.code, q.locale)
		wantJa[i] = overlay.ask(q.code, "ja-JP")
	}
	body := []byte(`{"Response":{"Error":{"Code":"RequestLimitExceeded.UinLimitExceeded","Message":"slow down"},"RequestId":"r-1"}}`)

	var wg sync.WaitGroup
	errs := make(chan error, goroutines)
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			fail := func(format string, args ...any) {
				errs <- fmt.Errorf("goroutine %d: "+format, append([]any{g}, args...)...)
			}
			for i := 0; i < iterations; i++ {
				k := (g*31 + i) % len(questions)
				q := questions[k]
				switch (g + i) % 6 {
				case 0:
					if got := Lookup(q.code, q.locale); got != want[k] {
						fail("Lookup(%q, %q) = %+v, want %+v", q.code, q.locale, got, want[k])
						return
					}
				case 1:
					if got := Message(q.code, q.locale); got != want[k].Message {
						fail("Message(%q, %q) = %q", q.code, q.locale, got)
						return
					}
				case 2:
					e, err := ParseResponse(body)
					if err != nil || !e.Retryable() || !errors.Is(fmt.Errorf("w: %w", e), ErrRequestLimitExceeded) || e.RequestID != "r-1" {
						fail("ParseResponse: %v %v", e, err)
						return
					}
					if _, err := ParseResponse(body[:len(body)-3]); err == nil {
						fail("a truncated body parsed")
						return
					}
				case 3:
					if got := overlay.Lookup(q.code, "ja-JP"); got != wantJa[k] {
						fail("overlay.Lookup(%q) = %+v, want %+v", q.code, got, wantJa[k])
						return
					}
				case 4:
					e, ok := FromError(fmt.Errorf("x: %w", &fakeSDKError{q.code, "m", "id"}))
					if q.code != "" && (!ok || e.Retryable() != want[k].Retryable) {
						fail("FromError(%q): %v %v", q.code, e, ok)
						return
					}
				case 5:
					// Any answer is right here (the overlay's, or the global
					// one once closed); the race detector checks the rest.
					if doomed.Message(q.code, "ja-JP") == "" || doomed.Negotiate("ja") == "" {
						fail("empty answer from a closing catalog")
						return
					}
					if g == 7 && i == iterations/2 {
						doomed.Close()
					}
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// Close while a lookup is building a locale's table: the
// table built from the overlay must not be kept, and the closed catalog
// answers as the global one. The hook runs Close at the point where the old
// code had released the catalog's lock but not yet kept the table.
func TestCloseWhileBuildingATable(t *testing.T) {
	c, err := OpenCatalog(filepath.Join(fixtures, "ja-partial"))
	if err != nil {
		t.Fatal(err)
	}
	const code = "AuthFailure.SignatureFailure"
	if got := c.ask(code, "ja"); got.Locale != "ja-JP" {
		t.Fatalf("the overlay answers ja: %+v", got)
	}
	closed := make(chan struct{})
	testHookTableBuilt = func(*Catalog) {
		testHookTableBuilt = nil
		go func() { c.Close(); close(closed) }()
		// Give Close every chance to run before the table is kept.
		time.Sleep(50 * time.Millisecond)
	}
	defer func() { testHookTableBuilt = nil }()
	c.Lookup(code, "ja") // builds ja's table; Close runs meanwhile
	<-closed
	want := Lookup(code, "ja")
	for i := 0; i < 3; i++ {
		if got := c.Lookup(code, "ja"); got != want {
			t.Fatalf("closed catalog answers %+v, want the global %+v", got, want)
		}
		if got := c.Message(code, "ja"); got != want.Message {
			t.Fatalf("closed catalog's message %q, want %q", got, want.Message)
		}
	}
}

// A parent-code lookup in a locale with a kept table copies no string: one
// crossing for the resolution, the answer read from the table.
func TestParentLookupAllocatesNothing(t *testing.T) {
	want := Lookup("InvalidParameterValue", "zh-CN")
	got := Lookup("InvalidParameterValue.Foo", "zh-CN")
	if got.Resolution != ResolutionParent || got.Matched != "InvalidParameterValue" || got.Message != want.Message ||
		got.Locale != want.Locale || got.Code != "InvalidParameterValue.Foo" {
		t.Fatalf("parent answer %+v", got)
	}
	if n := testing.AllocsPerRun(200, func() { sinkEntry = Lookup("InvalidParameterValue.Foo", "zh-CN") }); n != 0 {
		t.Fatalf("a parent lookup allocates %v times", n)
	}
}

var sinkEntry Entry
