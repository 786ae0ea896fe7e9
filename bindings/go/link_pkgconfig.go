//go:build smherrors_pkgconfig

package smherrors

// With `-tags smherrors_pkgconfig` the package uses an installed
// libsmh_errors (`make install PREFIX=...`) found through pkg-config; set
// PKG_CONFIG_PATH to PREFIX/lib/pkgconfig when PREFIX is not a system one.

// #cgo pkg-config: smh_errors
import "C"
