// A user's program in a module of its own (test-outside copies it to a
// temporary folder outside the repository and builds it against the
// installed libsmh_errors). Prints the library's version, one message, and
// how a response body's error is classified.
package main

import (
	"errors"
	"fmt"
	"os"

	smherrors "example.invalid/smh-errors/bindings/go"
)

func main() {
	fmt.Println("version", smherrors.Version())
	fmt.Println(smherrors.Message("ResourceNotFound.Library", "zh_CN.UTF-8"))
	body := []byte(`{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"bad"},"RequestId":"r-1"}}`)
	apiErr, err := smherrors.ParseResponse(body)
	if err != nil || apiErr == nil {
		fmt.Fprintln(os.Stderr, "parse:", apiErr, err)
		os.Exit(1)
	}
	fmt.Println(errors.Is(apiErr, smherrors.ErrAuthFailure), apiErr.Localized("en-US"))
}
