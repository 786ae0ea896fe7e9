package smherrors

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
)

// differentialFile is the Rust core's questions and answers
// (tests/differential/README.md); `make -C bindings/go test` writes it
// first and names it in SMH_ERRORS_DIFFERENTIAL.
func differentialFile() string {
	if p := os.Getenv("SMH_ERRORS_DIFFERENTIAL"); p != "" {
		return p
	}
	return "../../target/differential/cases.jsonl"
}

// diffCase is one line of the file; every string is hex, nil is JSON null.
type diffCase struct {
	N             int     `json:"n"`
	Op            string  `json:"op"`
	InCode        *string `json:"in_code"`
	InLocale      *string `json:"in_locale"`
	InBody        *string `json:"in_body"`
	Message       *string `json:"message"`
	Locale        *string `json:"locale"`
	Resolution    *string `json:"resolution"`
	Matched       *string `json:"matched"`
	Kind          *string `json:"kind"`
	Retryable     *bool   `json:"retryable"`
	DocURL        *string `json:"doc_url"`
	Outcome       *string `json:"outcome"`
	Code          *string `json:"code"`
	ServerMessage *string `json:"server_message"`
	RequestID     *string `json:"request_id"`
	ErrorKind     *string `json:"error_kind"`
}

// unhex decodes a field; null is "" (the Go API's absence).
func unhex(t *testing.T, s *string) string {
	if s == nil {
		return ""
	}
	b, err := hex.DecodeString(*s)
	if err != nil {
		t.Fatalf("differential file: %v", err)
	}
	return string(b)
}

// TestDifferential answers every question of the Rust core's file through
// this package and compares every field; it fails with the first
// mismatches. Run without -race by `make -C bindings/go test` (test-differential).
func TestDifferential(t *testing.T) {
	f, err := os.Open(differentialFile())
	if err != nil {
		t.Fatalf("%v: make -C bindings/go test-differential writes it", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var mismatches []string
	total, bad := 0, 0
	for sc.Scan() {
		var c diffCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("line %d: %v", total+1, err)
		}
		total++
		var d []string
		field := func(name, got string, want *string) {
			if w := unhex(t, want); got != w {
				d = append(d, fmt.Sprintf("%s: got %q, want %q", name, got, w))
			}
		}
		entry := func(e Entry) {
			field("message", e.Message, c.Message)
			field("locale", e.Locale, c.Locale)
			field("resolution", e.Resolution.String(), c.Resolution)
			field("matched", string(e.Matched), c.Matched)
			field("kind", e.Kind.String(), c.Kind)
			field("doc_url", e.DocURL, c.DocURL)
			if c.Retryable == nil || e.Retryable != *c.Retryable {
				d = append(d, fmt.Sprintf("retryable: got %v, want %v", e.Retryable, c.Retryable))
			}
		}
		var question string
		switch c.Op {
		case "lookup":
			code, locale := unhex(t, c.InCode), unhex(t, c.InLocale)
			question = fmt.Sprintf("lookup %q in %q", code, locale)
			e := Lookup(code, locale)
			entry(e)
			field("Message()", Message(code, locale), c.Message)
		case "response":
			body, locale := []byte(unhex(t, c.InBody)), unhex(t, c.InLocale)
			question = fmt.Sprintf("response %q in %q", body, locale)
			resp, err := ReadResponse(body)
			outcome := "success"
			var pe *ParseError
			switch {
			case errors.As(err, &pe):
				outcome = "invalid"
				field("error_kind", string(pe.Kind), c.ErrorKind)
			case err != nil:
				outcome = "error: " + err.Error()
			case resp.Err != nil:
				outcome = "error"
				e := resp.Err
				field("code", string(e.Code), c.Code)
				field("server_message", e.Message, c.ServerMessage)
				field("request_id", e.RequestID, c.RequestID)
				entry(Lookup(string(e.Code), locale))
				field("Localized()", e.Localized(locale), c.Message)
				if c.Retryable != nil && e.Retryable() != *c.Retryable {
					d = append(d, fmt.Sprintf("Retryable(): got %v", e.Retryable()))
				}
			default:
				field("request_id", resp.RequestID, c.RequestID)
			}
			if w := unhex(t, c.Outcome); outcome != w {
				d = append(d, fmt.Sprintf("outcome: got %q, want %q", outcome, w))
			}
		default:
			t.Fatalf("line %d: unknown op %q", total, c.Op)
		}
		if len(d) > 0 {
			bad++
			if len(mismatches) < 20 {
				mismatches = append(mismatches, fmt.Sprintf("case %d, %s:\n    %s", c.N, question, strings.Join(d, "\n    ")))
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if total < 1000 {
		t.Fatalf("only %d cases in %s", total, differentialFile())
	}
	if bad > 0 {
		t.Fatalf("%d of %d cases differ from the Rust core; the first:\n  %s", bad, total, strings.Join(mismatches, "\n  "))
	}
	t.Logf("differential: %d cases, 0 mismatches", total)
}
