### The server's own messages, localized: one message per pattern of
### catalog/server-messages.toml, with the same id. Each hole of the pattern
### (`{param}`) is a variable here (`{ $param }`): use every one, and no other.
### The text may be plainer English than the server's. No backticks.

detail-signature-not-validated = The credentials provided could not be validated. Check that the signature is correct.
detail-signature-not-validated-ensure = The credentials provided could not be validated. Check that the signature is correct.
detail-signature-request-too-large = The credentials could not be validated because the request is larger than this signature method allows. Use the signature method TC3-HMAC-SHA256.
detail-secret-id-not-found = The SecretId was not found. Make sure that your SecretId is correct.
detail-parameter-format-invalid = The parameter { $param } has an invalid format.
detail-parameter-repeated = The parameter { $param } is given more than once.
detail-parameter-invalid-json = The parameter { $param } is not valid JSON.
detail-parameter-type-invalid = The value of the parameter { $param } has an invalid type.
detail-parameter-key-empty = The request has a parameter whose name is an empty string.
detail-body-not-json = The request body is not valid JSON, although its Content-Type is application/json.
detail-value-not-valid = The value given in { $param } is invalid, unsupported, or cannot be used.
detail-content-sha256-incorrect = The value of the header X-TC-Content-SHA256 is incorrect.
detail-missing-parameter = The required parameter { $param } is missing.
detail-missing-common-header = The request lacks the required common header parameter X-TC-{ $name }.
detail-rate-limit-count = You made { $count } requests in one second, over the rate limit of { $limit } per second. Make calls less often.
detail-rate-limit = Your requests in one second exceed the rate limit. Make calls less often.
