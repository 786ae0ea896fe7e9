### 服务自己的错误信息（Message）的中文说明：catalog/server-messages.toml 的
### 每个模式一条消息，id 相同。一个模式可有英文和中文两种原文，这里一条消息
### 说明两者。模式中的每个占位（{param}）在这里是变量（{ $param }）：每个都要
### 用，不用别的。不用反引号。翻译指南见 catalog/README.md。

detail-signature-not-validated = 无法验证所提供的凭证。请检查签名是否正确。
detail-signature-request-too-large = 请求超出了该签名方法允许的大小，无法验证所提供的凭证。请使用签名方法 { -TC3-HMAC-SHA256 }。
detail-secret-id-not-found = 找不到该密钥 { -SecretId }，请确认 { -SecretId } 填写正确。
detail-parameter-format-invalid = 参数 { $param } 的格式无效。
detail-parameter-repeated = 参数 { $param } 重复输入。
detail-parameter-invalid-json = 参数 { $param } 不是有效的 JSON 格式。
detail-parameter-type-invalid = 参数 { $param } 的值类型无效。
detail-parameter-type-expected = 参数 { $param } 的值类型无效，应为 { $type }。
detail-url-key-value = 请求 URL 中参数的名称和值必须以 = 分隔。
detail-parameter-key-empty = 请求中有参数名为空字符串的参数。
detail-body-not-json = 请求的 { -Content-Type } 为 { -application-json }，但请求内容不是有效的 JSON 格式。
detail-value-not-valid = { $param } 中指定的值无效、不受支持或无法使用。
detail-value-in-parameter-not-valid = 参数 { $param } 指定的值 { $value } 无效。
detail-content-sha256-incorrect = 请求头 { -X-TC-Content-SHA256 } 的值不正确。
detail-missing-parameter = 缺少必需的参数 { $param }。
detail-missing-common-header = 请求头缺少必需的公共参数 { $header }。
detail-rate-limit-count = 当前每秒请求 { $count } 次，超过了每秒 { $limit } 次的频率限制，请降低调用频率。
detail-rate-limit = 每秒请求次数超过了频率限制，请降低调用频率。
