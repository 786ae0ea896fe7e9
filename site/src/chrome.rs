//! The site's own words (headings, labels, the retry policy's reasons), in
//! Fluent: `site/locales/<locale>/site.ftl`, compiled in.
//!
//! A page of a catalog locale is dressed in the chrome locale that reads
//! best for it: its own when the site has it, Chinese for any Chinese
//! locale, else English (the source).

use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::SiteError;

/// The chrome locales and their files; the first is the fallback.
const SOURCES: [(&str, &str); 2] =
    [("en-US", include_str!("../locales/en-US/site.ftl")), ("zh-CN", include_str!("../locales/zh-CN/site.ftl"))];

/// The chrome locale of the source, the fallback of every other.
pub const FALLBACK: &str = SOURCES[0].0;

/// The site's words in every chrome locale. `Send + Sync`: the templates'
/// `t()` function holds it.
pub struct Chrome {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

impl Chrome {
    /// Parses the compiled-in files; an error names the file and what broke
    /// (the tests keep them whole).
    pub fn load() -> Result<Arc<Chrome>, SiteError> {
        let mut bundles = HashMap::new();
        for (name, text) in SOURCES {
            let res = FluentResource::try_new(text.to_string())
                .map_err(|(_, e)| SiteError(format!("site/locales/{name}/site.ftl does not parse: {e:?}")))?;
            let id: LanguageIdentifier = name.parse().map_err(|_| SiteError(format!("bad chrome locale {name}")))?;
            let mut b = FluentBundle::new_concurrent(vec![id]);
            b.set_use_isolating(false);
            b.add_resource(res).map_err(|e| SiteError(format!("site/locales/{name}/site.ftl: {e:?}")))?;
            bundles.insert(name, b);
        }
        Ok(Arc::new(Chrome { bundles }))
    }

    /// The chrome locale for a page of catalog locale `locale`.
    pub fn locale_for(&self, locale: &str) -> &'static str {
        if let Some((name, _)) = SOURCES.iter().find(|(n, _)| *n == locale) {
            return name;
        }
        let lang = smh_errors_check::parse_locale_tag(locale).map(|id| id.language.as_str().to_string());
        match lang.as_deref() {
            Some("zh") => "zh-CN",
            _ => FALLBACK,
        }
    }

    /// The message `id` in chrome locale `locale` (falling back to the
    /// source), formatted with `args`. An unknown id is an error, so that a
    /// template cannot show a missing word.
    pub fn text(&self, locale: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> Result<String, String> {
        for name in [locale, FALLBACK] {
            let Some(b) = self.bundles.get(name) else { continue };
            let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else { continue };
            let mut fargs = FluentArgs::new();
            for (k, v) in args {
                fargs.set(*k, v.clone());
            }
            let mut errors = Vec::new();
            let s = b.format_pattern(pattern, Some(&fargs), &mut errors).into_owned();
            if let Some(e) = errors.first() {
                return Err(format!("site.ftl {name}: `{id}`: {e:?}"));
            }
            return Ok(s);
        }
        Err(format!("site.ftl has no message `{id}`"))
    }

    /// Each chrome locale's ids, for the tests.
    #[cfg(test)]
    pub fn sources() -> &'static [(&'static str, &'static str)] {
        &SOURCES
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chrome_locales_are_chosen_by_language() {
        let c = Chrome::load().unwrap();
        assert_eq!(c.locale_for("zh-CN"), "zh-CN");
        assert_eq!(c.locale_for("zh-Hant-TW"), "zh-CN");
        assert_eq!(c.locale_for("ja-JP"), "en-US");
        assert_eq!(c.locale_for("en-US"), "en-US");
    }

    #[test]
    fn unknown_ids_are_errors_and_plurals_select() {
        let c = Chrome::load().unwrap();
        assert!(c.text("en-US", "no-such-message", &[]).is_err());
        let one = c.text("en-US", "search-count", &[("count", FluentValue::from(1))]).unwrap();
        let many = c.text("en-US", "search-count", &[("count", FluentValue::from(3))]).unwrap();
        assert_ne!(one, many);
        assert!(many.contains('3'), "{many}");
    }

    /// Every chrome locale has every message of the source, with the same
    /// variables, and no other.
    #[test]
    fn every_chrome_locale_is_complete() {
        use fluent_syntax::ast;
        fn ids(text: &str) -> std::collections::BTreeMap<String, Vec<String>> {
            let res = fluent_syntax::parser::parse(text).expect("parses");
            let mut out = std::collections::BTreeMap::new();
            for e in &res.body {
                if let ast::Entry::Message(m) = e {
                    let mut vars: Vec<String> = text_vars(m.value.as_ref().expect("has a value"));
                    vars.sort();
                    vars.dedup();
                    out.insert(m.id.name.to_string(), vars);
                }
            }
            out
        }
        fn text_vars(p: &ast::Pattern<&str>) -> Vec<String> {
            let mut v = Vec::new();
            for el in &p.elements {
                if let ast::PatternElement::Placeable { expression } = el {
                    expr_vars(expression, &mut v);
                }
            }
            v
        }
        fn expr_vars(e: &ast::Expression<&str>, v: &mut Vec<String>) {
            match e {
                ast::Expression::Select { selector, variants } => {
                    if let ast::InlineExpression::VariableReference { id } = selector {
                        v.push(id.name.to_string());
                    }
                    for var in variants {
                        v.extend(text_vars(&var.value));
                    }
                }
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => v.push(id.name.to_string()),
                ast::Expression::Inline(_) => {}
            }
        }
        let sources = Chrome::sources();
        let source = ids(sources[0].1);
        assert!(source.len() > 20, "{source:?}");
        for (name, text) in &sources[1..] {
            assert_eq!(ids(text), source, "{name}");
        }
    }
}
