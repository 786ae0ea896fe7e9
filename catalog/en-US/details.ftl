### The server's own messages, localized: one message per pattern of
### catalog/server-messages.toml, with the same id. Each hole of the pattern
### (`{param}`) is a variable here (`{ $param }`): use every one, and no other.
### The text may be plainer English than the server's. No backticks.

# The server's message with AuthFailure.SignatureFailure: the request's
# signature did not match.
detail-signature-not-validated = The credentials provided could not be validated. Check that the signature is correct.
# The server's message with AuthFailure.SignatureFailure (the wording of
# the API 3.0 documentation): the request's signature did not match.
detail-signature-not-validated-ensure = The credentials provided could not be validated. Check that the signature is correct.
# The server's message with AuthFailure.SignatureFailure when the request is
# larger than an older signature method allows. Keep: TC3-HMAC-SHA256.
detail-signature-request-too-large = The credentials could not be validated because the request is larger than this signature method allows. Use the signature method TC3-HMAC-SHA256.
# The server's message with AuthFailure.SecretIdNotFound. Keep: SecretId.
detail-secret-id-not-found = The SecretId was not found. Make sure that your SecretId is correct.
# The server's message with InvalidParameter: a parameter's format is wrong.
# $param (String) - the parameter's name as the server quotes it, shown as is.
detail-parameter-format-invalid = The parameter { $param } has an invalid format.
# The server's message with InvalidParameter: a parameter is given twice.
# $param (String) - the parameter's name as the server quotes it, shown as is.
detail-parameter-repeated = The parameter { $param } is given more than once.
# The server's message with InvalidParameter: a parameter is not valid JSON.
# $param (String) - the parameter's name as the server quotes it, shown as is.
detail-parameter-invalid-json = The parameter { $param } is not valid JSON.
# The server's message with InvalidParameter: a parameter's value has the
# wrong type.
# $param (String) - the parameter's name as the server quotes it, shown as is.
detail-parameter-type-invalid = The value of the parameter { $param } has an invalid type.
# The server's message with InvalidParameter: a parameter's name is empty.
detail-parameter-key-empty = The request has a parameter whose name is an empty string.
# The server's message with InvalidParameter: the body is not JSON although
# its Content-Type says so. Keep: Content-Type, application/json.
detail-body-not-json = The request body is not valid JSON, although its Content-Type is application/json.
# The server's message with InvalidParameterValue: a parameter's value is
# not accepted.
# $param (String) - the parameter's name as the server gives it, shown as is.
detail-value-not-valid = The value given in { $param } is invalid, unsupported, or cannot be used.
# The server's message with InvalidParameterValue: the request's
# X-TC-Content-SHA256 header is wrong. Keep: X-TC-Content-SHA256.
detail-content-sha256-incorrect = The value of the header X-TC-Content-SHA256 is incorrect.
# The server's message with MissingParameter: a required parameter is
# missing.
# $param (String) - the parameter's name as the server quotes it, shown as is.
detail-missing-parameter = The required parameter { $param } is missing.
# The server's message with MissingParameter: a common parameter's header
# (X-TC-Action, X-TC-Version...) is missing. Keep: X-TC-.
# $name (String) - the end of the header's name (Action, Version...), shown as is.
detail-missing-common-header = The request lacks the required common header parameter X-TC-{ $name }.
# The server's message with RequestLimitExceeded, with the counts.
# $count (String) - how many requests were made in one second, as the server writes it.
# $limit (String) - how many requests one second allows, as the server writes it.
detail-rate-limit-count = You made { $count } requests in one second, over the rate limit of { $limit } per second. Make calls less often.
# The server's message with RequestLimitExceeded, without the counts.
detail-rate-limit = Your requests in one second exceed the rate limit. Make calls less often.
