package smherrors

import (
	"encoding/json"
	"runtime"
	"strings"
	"testing"
)

// The peers of BENCHMARKS.md's Go section: a plain Go map catalog (the
// floor), one cgo call per lookup, and this package's Message, on the
// registered codes in turn. Each reports cpu-ns/op beside testing's wall
// time: the thread's CPU time (cpuTimed), which the ratios of one run use
// on a shared machine.

var sink string

// cpuTimed runs loop (the benchmark's b.N iterations) on one OS thread and
// reports that thread's CPU time per iteration as cpu-ns/op.
func cpuTimed(b *testing.B, loop func()) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	start := threadCPUTime()
	b.ResetTimer()
	loop()
	b.StopTimer()
	if end := threadCPUTime(); start >= 0 && end >= start {
		b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
	}
}

// benchCodes is the registered codes, each a new copy (as codes read from
// responses are): no comparison finds its bytes at the address it compares
// with and skips them.
func benchCodes() []string {
	var out []string
	for _, c := range Codes() {
		out = append(out, strings.Clone(string(c)))
	}
	return out
}

// mapMessage is the floor: a map lookup through a function.
//
//go:noinline
func mapMessage(m map[string]string, code string) string { return m[code] }

func BenchmarkMapFloor(b *testing.B) {
	m := make(map[string]string)
	for _, c := range benchCodes() {
		m[c] = global.ask(c, "zh-CN").Message
	}
	codes := benchCodes()
	cpuTimed(b, func() {
		for i := 0; i < b.N; i++ {
			sink = mapMessage(m, codes[i%len(codes)])
		}
	})
}

// BenchmarkCgoPerCall is the per-call cgo peer: one crossing per lookup,
// with the answer copied into a Go string.
func BenchmarkCgoPerCall(b *testing.B) {
	codes := benchCodes()
	cpuTimed(b, func() {
		for i := 0; i < b.N; i++ {
			sink = cMessage(codes[i%len(codes)], "zh-CN")
		}
	})
}

func BenchmarkMessage(b *testing.B) {
	codes := benchCodes()
	Message(codes[0], "zh-CN")
	cpuTimed(b, func() {
		for i := 0; i < b.N; i++ {
			sink = Message(codes[i%len(codes)], "zh-CN")
		}
	})
}

func BenchmarkMessagePOSIXLocale(b *testing.B) {
	codes := benchCodes()
	cpuTimed(b, func() {
		for i := 0; i < b.N; i++ {
			sink = Message(codes[i%len(codes)], "zh_CN.UTF-8")
		}
	})
}

func BenchmarkLookup(b *testing.B) {
	codes := benchCodes()
	cpuTimed(b, func() {
		for i := 0; i < b.N; i++ {
			sink = Lookup(codes[i%len(codes)], "zh-CN").Message
		}
	})
}

// BenchmarkMessageParentCode: an unregistered code whose parent is
// registered, answered from the kept table by the table's parent rule.
func BenchmarkMessageParentCode(b *testing.B) {
	code := strings.Clone("InvalidParameterValue.Foo")
	cpuTimed(b, func() {
		for i := 0; i < b.N; i++ {
			sink = Message(code, "zh-CN")
		}
	})
}

func BenchmarkMessageParallel(b *testing.B) {
	codes := benchCodes()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			sink2 := Message(codes[i%len(codes)], "zh-CN")
			_ = sink2
			i++
		}
	})
}

var seedBody = []byte(`{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The provided credentials could not be validated. Please check your signature is correct."},"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}`)

func BenchmarkParseResponse(b *testing.B) {
	b.SetBytes(int64(len(seedBody)))
	cpuTimed(b, func() {
		for i := 0; i < b.N; i++ {
			e, _ := ParseResponse(seedBody)
			sink = e.Message
		}
	})
}

func BenchmarkParseResponseLocalized(b *testing.B) {
	cpuTimed(b, func() {
		for i := 0; i < b.N; i++ {
			e, _ := ParseResponse(seedBody)
			sink = e.Localized("zh-CN")
		}
	})
}

// BenchmarkParseEncodingJSON is the plain-Go peer of ParseResponse: the
// body into a struct with encoding/json (no checks of shape, size or depth,
// no legacy form, no localization).
func BenchmarkParseEncodingJSON(b *testing.B) {
	type envelope struct {
		Response struct {
			Error struct {
				Code    string
				Message string
			}
			RequestId string
		}
	}
	b.SetBytes(int64(len(seedBody)))
	cpuTimed(b, func() {
		for i := 0; i < b.N; i++ {
			var v envelope
			if err := json.Unmarshal(seedBody, &v); err != nil {
				b.Fatal(err)
			}
			sink = v.Response.Error.Message
		}
	})
}
