package smherrors

import (
	"errors"
)

// Category is the top-level category of SMH error codes: the part before the
// first dot ("AuthFailure" for "AuthFailure.SignatureFailure"). Each one has
// a sentinel constant (ErrAuthFailure, ErrInvalidParameterValue, ...), so
//
//	if errors.Is(err, smherrors.ErrAuthFailure) { ... }
//
// is true for any *Error of that category in err's chain.
type Category string

// Error returns the category's name: a Category is a sentinel for errors.Is.
func (c Category) Error() string { return "smh error category " + string(c) }

// Error is an error the SMH API returned. As on the official SDKs' error
// types, Message is the server's own text (often naming the parameter or
// limit); Localized gives the catalog's message for the user.
//
// Make one with ParseResponse (from a response body) or FromError (from the
// official Go SDK's error, or any error with its methods).
type Error struct {
	// Code is the error code as the server sent it.
	Code Code
	// Message is the server's own message ("" when absent).
	Message string
	// RequestID is the request's id ("" when absent).
	RequestID string

	category  Category
	retryable bool
}

// newError fills in what the core says of code.
func newError(code, message, requestID string) *Error {
	cat, retryable := cCodeFacts(code)
	return &Error{Code: Code(code), Message: message, RequestID: requestID, category: cat, retryable: retryable}
}

// Error formats the error for logs: "Code: server message (RequestId: id)".
func (e *Error) Error() string {
	return cErrorText(string(e.Code), e.Message, e.RequestID)
}

// Is reports whether target is e's category sentinel (ErrAuthFailure for an
// AuthFailure.* code), so errors.Is works through wrapping.
func (e *Error) Is(target error) bool {
	c, ok := target.(Category)
	return ok && e.category != "" && c == e.category
}

// Category is the code's top-level category, or "" when the code belongs to
// none the registry knows.
func (e *Error) Category() Category { return e.category }

// Retryable reports whether the same request may be sent again after a
// backoff (the code's, or its nearest registered parent's, policy).
func (e *Error) Retryable() bool { return e.retryable }

// Localized is the catalog's message for the error's code in locale ("":
// the user's, from the environment), from the global catalog; see Lookup.
// Use (*Catalog).Message(string(e.Code), locale) for another catalog.
func (e *Error) Localized(locale string) string { return global.Message(string(e.Code), locale) }

// Detail is the server message's localized detail in locale, from the
// global catalog (see (*Catalog).Detail): for "Parameter `LibraryId` format
// invalid.", "参数 LibraryId 的格式无效。" in zh-CN. ok is false when the
// message is absent or matches no known pattern.
func (e *Error) Detail(locale string) (detail string, ok bool) {
	return global.Detail(string(e.Code), e.Message, locale)
}

// Explain is what a person should read about the error in locale, from the
// global catalog, as `smh-errors parse` prints it: see (*Catalog).Explain.
func (e *Error) Explain(locale string) string { return global.Explain(e, locale) }

// Lookup is the whole catalog answer for the error's code in locale.
func (e *Error) Lookup(locale string) Entry { return global.Lookup(string(e.Code), locale) }

// GetCode returns the code (the official Go SDK's method set).
func (e *Error) GetCode() string { return string(e.Code) }

// GetMessage returns the server's message (the official Go SDK's method set).
func (e *Error) GetMessage() string { return e.Message }

// GetRequestId returns the request id (the official Go SDK's method set).
func (e *Error) GetRequestId() string { return e.RequestID } //nolint:revive // the SDK's spelling

// ParseErrorKind names why a body is not an SMH API response; the same names
// in every smh-errors binding (the constants are in kinds_gen.go).
type ParseErrorKind string

// ParseError says why a body could not be read as an SMH API response.
type ParseError struct {
	// Kind is the kind of problem.
	Kind ParseErrorKind
	// Detail is the library's readable description ("the body is not valid
	// JSON: EOF while parsing an object at line 1, column 12").
	Detail string
}

// Error returns "smherrors: " and the detail.
func (e *ParseError) Error() string { return "smherrors: " + e.Detail }

// Response is everything a response body said.
type Response struct {
	// RequestID is the request's id, of a success or an error ("" when
	// absent).
	RequestID string
	// Err is the API's error; nil for a success.
	Err *Error
}

// ReadResponse reads a response body as ParseResponse does, and also gives
// the request id of a success.
func ReadResponse(body []byte) (Response, error) {
	p := cParse(body)
	switch p.outcome {
	case outcomeSuccess:
		return Response{RequestID: p.requestID}, nil
	case outcomeError:
		return Response{RequestID: p.requestID, Err: &Error{
			Code:      Code(p.code),
			Message:   p.serverMessage,
			RequestID: p.requestID,
			category:  p.category,
			retryable: p.retryable,
		}}, nil
	default:
		detail := p.parseError
		if detail == "" {
			detail = "the library could not read the body"
		}
		return Response{}, &ParseError{Kind: p.parseErrorKind, Detail: detail}
	}
}

// ParseResponse reads an SMH API response body: the API 3.0
// {"Response":{"Error":{"Code":...,"Message":...},"RequestId":...}}
// envelope or the legacy {"code":N,"message":...,"codeDesc":...} form.
//
// It returns the API's error as an *Error; nil and nil for a success body;
// and nil and a *ParseError for a body that is not a response (malformed
// JSON, wrong shape or types, not UTF-8, over 1 MiB, nested over 32 deep).
func ParseResponse(body []byte) (*Error, error) {
	r, err := ReadResponse(body)
	return r.Err, err
}

// sdkError is the method set of the official Tencent Cloud Go SDK's error
// type (*errors.TencentCloudSDKError), matched without importing the SDK.
type sdkError interface {
	error
	GetCode() string
	GetMessage() string
	GetRequestId() string //nolint:revive // the SDK's spelling
}

// FromError finds the API error in err's chain: an *Error itself, or any
// error with GetCode, GetMessage and GetRequestId methods, such as the
// official Go SDK's *errors.TencentCloudSDKError, converted to an *Error.
// It returns false when there is none (or its code is empty).
func FromError(err error) (*Error, bool) { return fromError(err) }

func fromError(err error) (_ *Error, ok bool) {
	// The methods are someone else's code: a typed nil or a panicking one
	// means "no API error here", not a crash.
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	if err == nil {
		return nil, false
	}
	var e *Error
	if errors.As(err, &e) && e != nil {
		return e, true
	}
	var s sdkError
	if !errors.As(err, &s) || s.GetCode() == "" {
		return nil, false
	}
	return newError(s.GetCode(), s.GetMessage(), s.GetRequestId()), true
}
