//! HTML the templates cannot write themselves: text with its web addresses
//! made links. Everything else a page shows goes through the templates'
//! auto-escaping.

/// Whether `url` may be a link's target: an `https://` or `http://` address
/// with no space, quote or angle bracket (a catalog or overlay text is not
/// trusted to hold a safe scheme).
pub fn is_web_url(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() > "https://".len()
        && !url.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`'))
}

/// `text`, HTML-escaped, with each `https://` or `http://` address in it
/// made a link. An address ends at a space, a quote, an angle bracket, a
/// backtick or a closing parenthesis or bracket; a final `.`, `,`, `;` or
/// `:` is left out of it.
pub fn linkify(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut rest = text;
    while let Some(at) = find_url(rest) {
        out.push_str(&escape(&rest[..at]));
        let tail = &rest[at..];
        let mut end = tail
            .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '`' | ')' | ']' | '）'))
            .unwrap_or(tail.len());
        while end > 0 && tail[..end].ends_with(['.', ',', ';', ':']) {
            end -= 1;
        }
        let url = &tail[..end];
        if is_web_url(url) {
            let e = escape(url);
            out.push_str(&format!("<a href=\"{e}\">{e}</a>"));
        } else {
            out.push_str(&escape(url));
        }
        // Never stall: an address is at least its scheme.
        let step = end.max(1);
        rest = &tail[step..];
    }
    out.push_str(&escape(rest));
    out
}

fn find_url(s: &str) -> Option<usize> {
    match (s.find("https://"), s.find("http://")) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Escapes `s` for HTML text and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_become_links_and_the_rest_is_escaped() {
        assert_eq!(
            linkify("Docs (https://example.invalid/a?b=1&c=2), <b>"),
            "Docs (<a href=\"https://example.invalid/a?b=1&amp;c=2\">https://example.invalid/a?b=1&amp;c=2</a>), &lt;b&gt;"
        );
        assert_eq!(linkify("see http://x.invalid/p."), "see <a href=\"http://x.invalid/p\">http://x.invalid/p</a>.");
        assert_eq!(linkify("no address"), "no address");
        // A scheme alone is not a link.
        assert_eq!(linkify("https:// and"), "https:// and");
        assert_eq!(linkify("javascript:alert(1)"), "javascript:alert(1)");
        assert_eq!(
            linkify("\"https://a.invalid/\"><script>"),
            "&quot;<a href=\"https://a.invalid/\">https://a.invalid/</a>&quot;&gt;&lt;script&gt;"
        );
    }

    #[test]
    fn only_web_addresses_are_link_targets() {
        assert!(is_web_url("https://www.tencentcloud.com/document/product/1339"));
        assert!(!is_web_url("javascript:alert(1)"));
        assert!(!is_web_url("https://"));
        assert!(!is_web_url("https://a.invalid/\" onmouseover=\"x"));
        assert!(!is_web_url("data:text/html,x"));
    }
}
