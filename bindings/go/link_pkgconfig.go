//go:build !smherrors_static

package smherrors

// By default the package uses an installed libsmh_errors found through
// pkg-config, the usual way for a Go package over a system C library:
// `make install PREFIX=...` in the smh-errors repository, then set
// PKG_CONFIG_PATH to PREFIX/lib/pkgconfig when PREFIX is not a system one
// (and LD_LIBRARY_PATH, or an rpath, to PREFIX/lib at run time).

// #cgo pkg-config: smh_errors
import "C"
