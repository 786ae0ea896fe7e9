// Package smherrors turns Tencent Cloud SMH (Smart Media Hosting) API errors
// into localized messages, and lets a Go program branch on them with
// errors.Is and errors.As.
//
// It is a thin layer over libsmh_errors, the C library of the smh-errors
// Rust core: every answer (locale negotiation, parent-code fallback, retry
// policy, response parsing) comes from the core, so Go, C, Python and Rust
// programs give the same answer to the same question.
//
//	msg := smherrors.Message("AuthFailure.SignatureFailure", "zh-CN")
//
//	apiErr, err := smherrors.ParseResponse(body)   // nil, nil on success
//	if errors.Is(apiErr, smherrors.ErrRequestLimitExceeded) && apiErr.Retryable() { ... }
//	fmt.Println(apiErr.Localized(r.Header.Get("Accept-Language")))
//
//	if e, ok := smherrors.FromError(err); ok { ... } // the official SDK's error
//
// Locales are BCP 47, POSIX or Accept-Language lists; "", "C" and garbage
// give en-US, never an error. DefaultLocale reads the environment.
//
// Every function is safe for concurrent use. Answers for registered codes
// are kept in Go after a locale's first lookup, so repeated lookups make no
// cgo call.
//
// # Linking
//
// By default the package uses an installed libsmh_errors found through
// pkg-config (make install PREFIX=... in the repository, then
// PKG_CONFIG_PATH=PREFIX/lib/pkgconfig). Inside the repository, -tags
// smherrors_static links the static library its build writes to
// target/c/lib/libsmh_errors.a (make -C bindings/c build) instead.
package smherrors
