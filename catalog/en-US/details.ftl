### The server's own messages, localized: one message per pattern of
### catalog/server-messages.toml, with the same id. A pattern may have an
### English and a Chinese text; this one message says both. Each hole of the
### pattern ({param} there) is a variable here ({ $param }): use every one,
### and no other. The value comes from the server, word for word, without
### its quotes. The text may be plainer English than the server's. No
### backticks. Identifiers stay as they are: SecretId, TC3-HMAC-SHA256,
### X-TC-Content-SHA256, Content-Type and application/json are identifier
### terms (defined in errors.ftl; catalog/README.md); JSON and URL are words.

# Sent with AuthFailure.SignatureFailure when the request's signature does not
# match the one the server computes (a wrong SecretKey, or a mistake in
# computing the signature).
detail-signature-not-validated = The credentials provided could not be validated. Check that the signature is correct.
# Sent with AuthFailure.SignatureFailure when a request signed with an older
# signature method is larger than that method allows. TC3-HMAC-SHA256 is the
# name of a signature method: keep it as it is.
detail-signature-request-too-large = The credentials could not be validated because the request is larger than this signature method allows. Use the signature method { -TC3-HMAC-SHA256 }.
# Sent with AuthFailure.SecretIdNotFound when no API key has the SecretId the
# request was signed with. SecretId is the name of a field of the API key:
# keep it as it is.
detail-secret-id-not-found = The { -SecretId } was not found. Make sure that your { -SecretId } is correct.
# Sent with InvalidParameter when a parameter's value is not written in the
# form the API expects.
# Variables:
#   $param (String) - the parameter's name as the request gave it, such as LibraryId
detail-parameter-format-invalid = The parameter { $param } has an invalid format.
# Sent with InvalidParameter when the request gives the same parameter twice.
# Variables:
#   $param (String) - the parameter's name, such as LibraryId
detail-parameter-repeated = The parameter { $param } is given more than once.
# Sent with InvalidParameter when a parameter that holds JSON cannot be read
# as JSON.
# Variables:
#   $param (String) - the parameter's name, such as Filters
detail-parameter-invalid-json = The parameter { $param } is not valid JSON.
# Sent with InvalidParameter when a parameter's value has the wrong type (a
# number where the API takes a string, say).
# Variables:
#   $param (String) - the parameter's name, such as PhoneNumberSet
detail-parameter-type-invalid = The value of the parameter { $param } has an invalid type.
# Sent with InvalidParameter (in Chinese) when a parameter's value has the
# wrong type, naming the type the API takes.
# Variables:
#   $param (String) - the parameter's name, such as InstanceIds.0
#   $type (String) - the type the parameter takes, as the API names it, such as string
detail-parameter-type-expected = The value of the parameter { $param } has an invalid type; it must be a { $type }.
# Sent with InvalidParameter when a parameter in the request URL has no = between
# its name and its value.
detail-url-key-value = In the request URL, each parameter's name and value must be separated by =.
# Sent with InvalidParameter when the request has a parameter whose name is
# empty.
detail-parameter-key-empty = The request has a parameter whose name is an empty string.
# Sent with InvalidParameter when the request says its body is JSON
# (Content-Type: application/json) and the body cannot be read as JSON.
detail-body-not-json = The request body is not valid JSON, although its { -Content-Type } is { -application-json }.
# Sent with InvalidParameterValue when a parameter, often a common one such as
# Region, has a value the API does not accept.
# Variables:
#   $param (String) - the parameter's name, such as Region or X-TC-Region
detail-value-not-valid = The value given in { $param } is invalid, unsupported, or cannot be used.
# Sent with InvalidParameterValue when a parameter's value is out of what the
# API accepts, naming both.
# Variables:
#   $value (String) - the value the request gave, as the server shows it, such as 50
#   $param (String) - the parameter's name, such as SystemDisk.DiskSize
detail-value-in-parameter-not-valid = The value { $value } given for the parameter { $param } is invalid.
# Sent with InvalidParameterValue when the hash of the request body in the
# header X-TC-Content-SHA256 is not the body's. X-TC-Content-SHA256 is the
# name of a header: keep it as it is.
detail-content-sha256-incorrect = The value of the header { -X-TC-Content-SHA256 } is incorrect.
# Sent with MissingParameter when the request lacks a parameter the API
# requires.
# Variables:
#   $param (String) - the missing parameter's name, such as Timestamp
detail-missing-parameter = The required parameter { $param } is missing.
# Sent with MissingParameter when a request signed with TC3-HMAC-SHA256 lacks
# one of the common parameters it must send as headers.
# Variables:
#   $header (String) - the header's name, such as X-TC-Action
detail-missing-common-header = The request header lacks the required common parameter { $header }.
# Sent with RequestLimitExceeded when the caller sends more requests in one
# second than the API allows, with both numbers.
# Variables:
#   $count (String) - how many requests the caller sent in that second, such as 25
#   $limit (String) - how many requests the API allows per second, such as 20
detail-rate-limit-count = You made { $count } requests in one second, over the rate limit of { $limit } per second. Make calls less often.
# Sent with RequestLimitExceeded when the caller sends more requests in one
# second than the API allows, without the numbers.
detail-rate-limit = Your requests in one second exceed the rate limit. Make calls less often.
