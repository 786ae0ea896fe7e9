package smherrors

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The shared vectors of every binding: ../../tests/vectors/*.json.
const vectorsDir = "../../tests/vectors"

type vectorFile struct {
	Count int               `json:"count"`
	Cases []json.RawMessage `json:"cases"`
}

// expectLookup is a lookup's expected answer; nil pointers are JSON null.
type expectLookup struct {
	Message    string  `json:"message"`
	Locale     string  `json:"locale"`
	Resolution string  `json:"resolution"`
	Matched    *string `json:"matched"`
	Kind       *string `json:"kind"`
	Retryable  bool    `json:"retryable"`
	Status     *string `json:"status"`
	DocURL     *string `json:"doc_url"`
}

func orEmpty(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// diffEntry lists the fields of got that differ from want.
func diffEntry(got Entry, want expectLookup) []string {
	var d []string
	check := func(field, g, w string) {
		if g != w {
			d = append(d, fmt.Sprintf("%s: got %q, want %q", field, g, w))
		}
	}
	check("message", got.Message, want.Message)
	check("locale", got.Locale, want.Locale)
	check("resolution", got.Resolution.String(), want.Resolution)
	check("matched", string(got.Matched), orEmpty(want.Matched))
	check("kind", got.Kind.String(), orEmpty(want.Kind))
	check("status", got.Status.String(), orEmpty(want.Status))
	check("doc_url", got.DocURL, orEmpty(want.DocURL))
	if got.Retryable != want.Retryable {
		d = append(d, fmt.Sprintf("retryable: got %v, want %v", got.Retryable, want.Retryable))
	}
	return d
}

// failures collects every failure of a file, reported together.
type failures struct {
	t    *testing.T
	file string
	n    int
}

func (f *failures) add(i int, name string, problems ...string) {
	if len(problems) == 0 {
		return
	}
	f.n++
	f.t.Errorf("%s case %d (%s):\n  %s", f.file, i, name, strings.Join(problems, "\n  "))
}

// builtin is a catalog of the builtin locales alone: what the vectors
// describe, whatever the environment says.
func builtin(t *testing.T) *Catalog {
	t.Helper()
	c, err := OpenCatalog()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// catalogsUnderTest: the global catalog (when the environment names no
// overlay) and a builtin one.
func catalogsUnderTest(t *testing.T) map[string]*Catalog {
	m := map[string]*Catalog{"builtin": builtin(t)}
	if os.Getenv("SMH_ERRORS_CATALOG_DIR") == "" {
		m["global"] = global
	}
	return m
}

func loadVectors(t *testing.T, name string) []json.RawMessage {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(vectorsDir, name))
	if err != nil {
		t.Fatal(err)
	}
	var f vectorFile
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(f.Cases) != f.Count || f.Count == 0 {
		t.Fatalf("%s: %d cases, count says %d", name, len(f.Cases), f.Count)
	}
	return f.Cases
}

// TestVectorFilesAreKnown fails on a vector file this runner does not run.
func TestVectorFilesAreKnown(t *testing.T) {
	names, err := filepath.Glob(filepath.Join(vectorsDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, n := range names {
		got = append(got, filepath.Base(n))
	}
	sort.Strings(got)
	want := []string{"lookup.json", "negotiate.json", "responses.json"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("vector files %v; this runner knows %v", got, want)
	}
}

func TestVectorsLookup(t *testing.T) {
	type lookupCase struct {
		Code   string       `json:"code"`
		Locale string       `json:"locale"`
		Expect expectLookup `json:"expect"`
	}
	cases := loadVectors(t, "lookup.json")
	for label, cat := range catalogsUnderTest(t) {
		f := &failures{t: t, file: "lookup.json/" + label}
		for i, raw := range cases {
			var c lookupCase
			if err := json.Unmarshal(raw, &c); err != nil {
				t.Fatal(err)
			}
			name := fmt.Sprintf("%q in %q", c.Code, c.Locale)
			// Twice through the kept answers (the first may fill them),
			// once straight from the library, and Message.
			for pass, got := range []Entry{cat.Lookup(c.Code, c.Locale), cat.Lookup(c.Code, c.Locale), cat.ask(c.Code, c.Locale)} {
				p := diffEntry(got, c.Expect)
				if got.Code != c.Code {
					p = append(p, fmt.Sprintf("code: got %q, want %q", got.Code, c.Code))
				}
				for j := range p {
					p[j] = fmt.Sprintf("pass %d: %s", pass, p[j])
				}
				f.add(i, name, p...)
			}
			if m := cat.Message(c.Code, c.Locale); m != c.Expect.Message {
				f.add(i, name, fmt.Sprintf("Message: got %q, want %q", m, c.Expect.Message))
			}
		}
		t.Logf("lookup.json (%s): %d cases, %d failed", label, len(cases), f.n)
	}
}

func TestVectorsNegotiate(t *testing.T) {
	type negotiateCase struct {
		Requested string `json:"requested"`
		Expect    string `json:"expect"`
	}
	cases := loadVectors(t, "negotiate.json")
	for label, cat := range catalogsUnderTest(t) {
		f := &failures{t: t, file: "negotiate.json/" + label}
		for i, raw := range cases {
			var c negotiateCase
			if err := json.Unmarshal(raw, &c); err != nil {
				t.Fatal(err)
			}
			for pass := 0; pass < 2; pass++ {
				if got := cat.Negotiate(c.Requested); got != c.Expect {
					f.add(i, fmt.Sprintf("%q", c.Requested), fmt.Sprintf("pass %d: got %q, want %q", pass, got, c.Expect))
				}
			}
		}
		t.Logf("negotiate.json (%s): %d cases, %d failed", label, len(cases), f.n)
	}
}

// responseBody is a case's body: body, body_hex or body_repeat.
func responseBody(t *testing.T, raw map[string]json.RawMessage) []byte {
	t.Helper()
	if b, ok := raw["body"]; ok {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			t.Fatal(err)
		}
		return []byte(s)
	}
	if b, ok := raw["body_hex"]; ok {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			t.Fatal(err)
		}
		out, err := hex.DecodeString(s)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	if b, ok := raw["body_repeat"]; ok {
		var r struct {
			Head, Unit, Tail string
			Times            int
		}
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		return []byte(r.Head + strings.Repeat(r.Unit, r.Times) + r.Tail)
	}
	t.Fatalf("a case without body, body_hex or body_repeat: %v", raw)
	return nil
}

func TestVectorsResponses(t *testing.T) {
	type expectResponse struct {
		expectLookup
		Outcome       string  `json:"outcome"`
		Code          string  `json:"code"`
		ServerMessage *string `json:"server_message"`
		RequestID     *string `json:"request_id"`
		ErrorKind     string  `json:"error_kind"`
		Detail        *struct {
			Message string `json:"message"`
		} `json:"detail"`
	}
	cases := loadVectors(t, "responses.json")
	f := &failures{t: t, file: "responses.json"}
	cat := builtin(t)
	for i, raw := range cases {
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(raw, &fields); err != nil {
			t.Fatal(err)
		}
		var c struct {
			Name   string         `json:"name"`
			Locale string         `json:"locale"`
			Expect expectResponse `json:"expect"`
		}
		if err := json.Unmarshal(raw, &c); err != nil {
			t.Fatal(err)
		}
		body := responseBody(t, fields)
		want := c.Expect
		resp, err := ReadResponse(body)
		apiErr, err2 := ParseResponse(body)
		var p []string
		switch want.Outcome {
		case "error":
			if err != nil || resp.Err == nil || err2 != nil || apiErr == nil {
				f.add(i, c.Name, fmt.Sprintf("want an API error, got %v / %v", err, err2))
				continue
			}
			e := resp.Err
			if string(e.Code) != want.Code {
				p = append(p, fmt.Sprintf("code: got %q, want %q", e.Code, want.Code))
			}
			if e.Message != orEmpty(want.ServerMessage) {
				p = append(p, fmt.Sprintf("server_message: got %q, want %q", e.Message, orEmpty(want.ServerMessage)))
			}
			if e.RequestID != orEmpty(want.RequestID) || resp.RequestID != e.RequestID {
				p = append(p, fmt.Sprintf("request_id: got %q, want %q", e.RequestID, orEmpty(want.RequestID)))
			}
			if e.Retryable() != want.Retryable {
				p = append(p, fmt.Sprintf("Retryable(): got %v, want %v", e.Retryable(), want.Retryable))
			}
			p = append(p, diffEntry(cat.Lookup(string(e.Code), c.Locale), want.expectLookup)...)
			if os.Getenv("SMH_ERRORS_CATALOG_DIR") == "" {
				if m := e.Localized(c.Locale); m != want.Message {
					p = append(p, fmt.Sprintf("Localized: got %q, want %q", m, want.Message))
				}
			}
			wantDetail, wantOK := "", want.Detail != nil
			if wantOK {
				wantDetail = want.Detail.Message
			}
			if d, ok := cat.Detail(string(e.Code), e.Message, c.Locale); d != wantDetail || ok != wantOK {
				p = append(p, fmt.Sprintf("Detail: got %q, %v, want %q, %v", d, ok, wantDetail, wantOK))
			}
			if os.Getenv("SMH_ERRORS_CATALOG_DIR") == "" {
				if d, ok := e.Detail(c.Locale); d != wantDetail || ok != wantOK {
					p = append(p, fmt.Sprintf("Detail: got %q, %v, want %q, %v", d, ok, wantDetail, wantOK))
				}
			}
			if *apiErr != *e {
				p = append(p, "ParseResponse and ReadResponse disagree")
			}
		case "success":
			if err != nil || resp.Err != nil || err2 != nil || apiErr != nil {
				p = append(p, fmt.Sprintf("want success, got %v, %v", resp.Err, err))
			} else if resp.RequestID != orEmpty(want.RequestID) {
				p = append(p, fmt.Sprintf("request_id: got %q, want %q", resp.RequestID, orEmpty(want.RequestID)))
			}
		case "invalid":
			var pe *ParseError
			if !errors.As(err, &pe) || apiErr != nil || !errors.As(err2, &pe) {
				p = append(p, fmt.Sprintf("want a *ParseError, got %v (%v)", err, resp.Err))
			} else if string(pe.Kind) != want.ErrorKind || pe.Detail == "" {
				p = append(p, fmt.Sprintf("kind: got %q (%q), want %q", pe.Kind, pe.Detail, want.ErrorKind))
			}
		default:
			t.Fatalf("case %d: unknown outcome %q", i, want.Outcome)
		}
		f.add(i, c.Name, p...)
	}
	t.Logf("responses.json: %d cases, %d failed", len(cases), f.n)
}
