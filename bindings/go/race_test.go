package smherrors

import (
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
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
		want[i] = global.lookup(q.code, q.locale)
		wantJa[i] = overlay.lookup(q.code, "ja-JP")
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
