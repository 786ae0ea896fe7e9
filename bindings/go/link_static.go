//go:build smherrors_static

package smherrors

// With `-tags smherrors_static` (what this repository's own tests use) the
// package links the static libsmh_errors.a that the repository's build step
// writes (`make -C bindings/c build`), so the binary needs no shared library
// at run time. The libraries after it are what the Rust standard library
// needs (`rustc --print native-static-libs`).

// #cgo CFLAGS: -I${SRCDIR}/../c/include
// #cgo LDFLAGS: ${SRCDIR}/../../target/c/lib/libsmh_errors.a -lutil -lrt -lpthread -lm -ldl
import "C"
