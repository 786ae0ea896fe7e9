package smherrors

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	sdkerrors "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
)

// FromError against the official Go SDK itself: every API 3.0 error body of
// the shared vectors, read by the SDK's own response parser, converts to the
// same *Error that ParseResponse gives.
func TestFromRealSDKError(t *testing.T) {
	cases := loadVectors(t, "responses.json")
	n := 0
	for i, raw := range cases {
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(raw, &fields); err != nil {
			t.Fatal(err)
		}
		var c struct {
			Name, Locale string
			Expect       struct{ Outcome, Message string }
		}
		if err := json.Unmarshal(raw, &c); err != nil {
			t.Fatal(err)
		}
		body := responseBody(t, fields)
		ours, err := ParseResponse(body)
		if c.Expect.Outcome != "error" || err != nil || len(body) > 1<<16 {
			continue
		}
		sdkErr := tchttp.ParseErrorFromHTTPResponse(body)
		var typed *sdkerrors.TencentCloudSDKError
		if !errors.As(sdkErr, &typed) || typed.Code != string(ours.Code) {
			continue // a body the SDK reads differently (legacy form, odd types): not this test's subject
		}
		n++
		got, ok := FromError(fmt.Errorf("call: %w", sdkErr))
		if !ok || *got != *ours {
			t.Errorf("case %d (%s): FromError gives %#v, ParseResponse %#v", i, c.Name, got, ours)
			continue
		}
		if m := got.Localized(c.Locale); m != c.Expect.Message {
			t.Errorf("case %d (%s): Localized %q, want %q", i, c.Name, m, c.Expect.Message)
		}
	}
	if n < 40 {
		t.Fatalf("only %d vector bodies went through the SDK", n)
	}
	t.Logf("%d error bodies through the official SDK's parser", n)
}
