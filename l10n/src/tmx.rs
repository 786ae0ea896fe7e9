//! TMX 1.4b: the catalog's pairs as a translation memory, so that an
//! agency's tool offers the service's own wording (and its product names,
//! the terms) when it translates other texts.
//!
//! One `<tu>` per message and term that both locales define (attributes,
//! links, are left out): `tuid` the message id, the en-US comment as a
//! `<note>`, then a `<tuv>` per locale whose `<seg>` holds the text, each
//! placeable a `<ph>` with its Fluent source (`x` pairs a code across the
//! two locales).

use std::fmt::Write as _;

use crate::fluent::{key_of, parse_clean, parts, runs_of, Run};
use crate::xliff::units_of;
use crate::xml::attr;
use crate::LocaleFiles;

/// Writes the TMX 1.4b memory of `source`/`target` pairs; `tool_version`
/// names the writer's version in the header.
pub fn export(source: &LocaleFiles, target: &LocaleFiles, tool_version: &str) -> Result<String, String> {
    let translated = units_of(target)?;
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n");
    let _ = writeln!(
        out,
        "  <header creationtool=\"smh-errors\" creationtoolversion=\"{}\" segtype=\"block\" o-tmf=\"Fluent\" adminlang=\"en-US\" srclang=\"{}\" datatype=\"plaintext\"/>",
        attr(tool_version)?,
        attr(&source.locale)?
    );
    out.push_str("  <body>\n");
    let mut files: Vec<_> = source.files.iter().collect();
    files.sort_by(|a, b| a.name.cmp(&b.name));
    for f in files {
        let res = parse_clean(&format!("{}/{}", source.locale, f.name), &f.text)?;
        for entry in &res.body {
            let (Some(key), Some((Some(value), _, comment))) = (key_of(entry), parts(entry)) else { continue };
            let Some(t) = translated.get(&key) else { continue };
            let _ = writeln!(out, "    <tu tuid=\"{}\">", attr(&key)?);
            if let Some(c) = comment.map(|c| c.content.join("\n")).filter(|c| !c.is_empty()) {
                let _ = writeln!(out, "      <note>{}</note>", attr(&c)?);
            }
            let src = runs_of(value);
            let mut codes: Vec<&str> = Vec::new();
            let _ = writeln!(
                out,
                "      <tuv xml:lang=\"{}\"><seg>{}</seg></tuv>",
                attr(&source.locale)?,
                seg(&src, &mut codes)?
            );
            let _ = writeln!(
                out,
                "      <tuv xml:lang=\"{}\"><seg>{}</seg></tuv>",
                attr(&target.locale)?,
                seg(t, &mut codes)?
            );
            out.push_str("    </tu>\n");
        }
    }
    out.push_str("  </body>\n</tmx>\n");
    Ok(out)
}

/// A `<seg>`'s content: `codes` numbers the placeables (`x`), shared by
/// the two sides of a unit.
fn seg<'r>(runs: &'r [Run], codes: &mut Vec<&'r str>) -> Result<String, String> {
    let mut out = String::new();
    let mut used = Vec::new();
    for r in runs {
        match r {
            Run::Text(t) => out.push_str(&attr(t)?),
            Run::Code(c) => {
                let x = match codes.iter().enumerate().position(|(i, f)| *f == c.ftl && !used.contains(&i)) {
                    Some(i) => i,
                    None => {
                        codes.push(&c.ftl);
                        codes.len() - 1
                    }
                };
                used.push(x);
                let _ = write!(out, "<ph x=\"{}\" type=\"fluent-{}\">{}</ph>", x + 1, c.kind.as_str(), attr(&c.ftl)?);
            }
        }
    }
    Ok(out)
}
