package smherrors_test

import (
	"errors"
	"fmt"

	smherrors "example.invalid/smh-errors/bindings/go"
)

func ExampleMessage() {
	fmt.Println(smherrors.Message("AuthFailure.SignatureFailure", "zh_CN.UTF-8"))
	fmt.Println(smherrors.Message("ResourceNotFound.Library", "en"))
	// Output:
	// 签名错误。签名计算错误，请对照调用方式中的签名方法文档检查签名计算过程。
	// The media library does not exist or does not belong to your account.
}

func ExampleLookup() {
	e := smherrors.Lookup("InvalidParameterValue.NoSuchThing", "zh-Hans, en;q=0.5")
	fmt.Println(e.Resolution, e.Matched, e.Locale, e.Kind, e.Retryable)
	fmt.Println(e.Message)
	// Output:
	// parent InvalidParameterValue zh-CN common false
	// 参数取值错误。
}

func ExampleNegotiate() {
	fmt.Println(smherrors.Negotiate("zh_TW.UTF-8"))
	fmt.Println(smherrors.Negotiate("fr-CH, fr;q=0.9, en;q=0.8"))
	fmt.Println(smherrors.Negotiate("C"))
	// Output:
	// zh-CN
	// en-US
	// en-US
}

func ExampleParseResponse() {
	body := []byte(`{"Response":{"Error":{"Code":"RequestLimitExceeded","Message":"Your requests exceed the limit."},"RequestId":"0b4c7e2a"}}`)
	apiErr, err := smherrors.ParseResponse(body)
	if err != nil {
		fmt.Println("not an SMH response:", err)
		return
	}
	if apiErr == nil {
		fmt.Println("success")
		return
	}
	err = fmt.Errorf("uploading: %w", apiErr)
	fmt.Println(err)
	fmt.Println(errors.Is(err, smherrors.ErrRequestLimitExceeded), apiErr.Retryable())
	fmt.Println(apiErr.Localized("zh-CN"))
	// Output:
	// uploading: RequestLimitExceeded: Your requests exceed the limit. (RequestId: 0b4c7e2a)
	// true true
	// 请求的次数超过了频率限制。
}

func ExampleError_Detail() {
	body := []byte(`{"Response":{"Error":{"Code":"InvalidParameter","Message":"Parameter ` + "`LibraryId`" + ` format invalid."},"RequestId":"r"}}`)
	apiErr, _ := smherrors.ParseResponse(body)
	fmt.Println(apiErr.Localized("zh-CN"))
	if detail, ok := apiErr.Detail("zh-CN"); ok {
		fmt.Println(detail)
	}
	// Output:
	// 参数错误（包括参数格式、类型等错误）。
	// 参数 LibraryId 的格式无效。
}

func ExampleParseResponse_malformed() {
	_, err := smherrors.ParseResponse([]byte(`{"Response":`))
	var pe *smherrors.ParseError
	fmt.Println(errors.As(err, &pe), pe.Kind)
	// Output:
	// true syntax
}

// sdkError stands in for the official SDK's *errors.TencentCloudSDKError.
type sdkError struct{ code, message, requestID string }

func (e *sdkError) Error() string        { return "[TencentCloudSDKError] Code=" + e.code }
func (e *sdkError) GetCode() string      { return e.code }
func (e *sdkError) GetMessage() string   { return e.message }
func (e *sdkError) GetRequestId() string { return e.requestID }

func ExampleFromError() {
	// What a call through the official Go SDK returns.
	var err error = &sdkError{"AuthFailure.SecretIdNotFound", "SecretId not found", "5d2f"}

	if e, ok := smherrors.FromError(fmt.Errorf("listing libraries: %w", err)); ok {
		fmt.Println(e.Code, errors.Is(e, smherrors.ErrAuthFailure))
		fmt.Println(e.Localized("en-US"))
	}
	// Output:
	// AuthFailure.SecretIdNotFound true
	// The key does not exist. In the console, check whether the key has been deleted or disabled; if it is active, check that the key was entered correctly, with no spaces before or after it.
}

func ExampleOpenCatalog() {
	cat, err := smherrors.OpenCatalog("../../tests/fixtures/overlays/ja-partial")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer cat.Close()
	e := cat.Lookup("AuthFailure.SignatureFailure", "ja_JP.UTF-8")
	fmt.Println(e.Locale, e.Message)
	// A code the overlay lacks falls back to en-US.
	fmt.Println(cat.Lookup("ActionOffline", "ja").Locale)
	// Output:
	// ja-JP 署名が正しくありません。
	// en-US
}
