//! XLIFF 2 (OASIS XLIFF Version 2.0/2.1, core): the export a CAT tool
//! translates, and the reading of the file it gives back.
//!
//! One `<file>` per Fluent file of the source locale (`original` is its
//! name), holding the target locale's file as `<skeleton>` (what is not
//! translated: comments, order, the locale's own terms), then one `<unit>`
//! per message value, term value and attribute: `id` the message id (`-smh`
//! for a term, `AuthFailure-MFAFailure.doc-url` for an attribute), the en-US
//! comment as a `<note>`, one `<segment>` with the en-US `<source>` and the
//! `<target>` (none when untranslated). Placeables are `<ph/>` inline codes
//! that point (`dataRef`) at their Fluent source in `<originalData>`, and
//! show it (`disp`); a variable's may not be deleted (`canDelete="no"`).
//!
//! The reader accepts what CAT tools do to such a file: segments split or
//! joined (`<ignorable>` included), `<mrk>` annotations, `<sm/>`/`<em/>`
//! markers, `<cp/>` characters, the elements of other namespaces (modules,
//! extensions: skipped). It refuses, with one line naming the place: a
//! DTD (so no entity is ever declared or expanded: no billion laughs), any
//! entity but XML's five, text that is not UTF-8, a skeleton by reference
//! (`href`: no file is read because an XLIFF names it), a unit whose id the
//! source locale lacks, an inline code without its Fluent source or whose
//! source is not one placeable, paired codes, elements nested more than
//! [`MAX_DEPTH`] deep.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;

use crate::fluent::{key_of, parse_clean, parse_code, parts, runs_of, shown, Code, CodeKind, Run, Targets};
use crate::xml::{attr, is_xml_char, text};
use crate::{FtlFile, LocaleFiles};

/// The XLIFF 2 core namespace (2.0 and 2.1 share it).
pub const XLIFF_NS: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// How deep elements may nest in a file read.
pub const MAX_DEPTH: usize = 64;

/// Writes the XLIFF 2.0 file of `target`'s translation of `source`.
pub fn export(source: &LocaleFiles, target: &LocaleFiles) -> Result<String, String> {
    let target_units = units_of(target)?;
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<xliff xmlns=\"{XLIFF_NS}\" version=\"2.0\" srcLang=\"{}\" trgLang=\"{}\">",
        attr(&source.locale)?,
        attr(&target.locale)?
    );
    let mut files: Vec<&FtlFile> = source.files.iter().collect();
    files.sort_by(|a, b| a.name.cmp(&b.name));
    for (n, file) in files.iter().enumerate() {
        let res = parse_clean(&format!("{}/{}", source.locale, file.name), &file.text)?;
        let frame = target.files.iter().find(|f| f.name == file.name).unwrap_or(file);
        let _ = writeln!(out, "  <file id=\"f{}\" original=\"{}\">", n + 1, attr(&file.name)?);
        let _ = writeln!(out, "    <skeleton>{}</skeleton>", text(&frame.text)?);
        for entry in &res.body {
            let (Some(key), Some((value, attrs, comment))) = (key_of(entry), parts(entry)) else { continue };
            let note = comment.map(|c| c.content.join("\n"));
            if let Some(v) = value {
                let t = target_units.get(&key);
                write_unit(&mut out, &key, note.as_deref(), &runs_of(v), t.map(Vec::as_slice))?;
            }
            for a in attrs {
                let id = format!("{key}.{}", a.id.name);
                let t = target_units.get(&id);
                write_unit(&mut out, &id, None, &runs_of(&a.value), t.map(Vec::as_slice))?;
            }
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</xliff>\n");
    Ok(out)
}

/// Every value and attribute a locale's files define, by unit id.
pub(crate) fn units_of(l: &LocaleFiles) -> Result<HashMap<String, Vec<Run>>, String> {
    let mut out = HashMap::new();
    for f in &l.files {
        let res = parse_clean(&format!("{}/{}", l.locale, f.name), &f.text)?;
        for entry in &res.body {
            let (Some(key), Some((value, attrs, _))) = (key_of(entry), parts(entry)) else { continue };
            if let Some(v) = value {
                out.insert(key.clone(), runs_of(v));
            }
            for a in attrs {
                out.insert(format!("{key}.{}", a.id.name), runs_of(&a.value));
            }
        }
    }
    Ok(out)
}

fn write_unit(
    out: &mut String,
    id: &str,
    note: Option<&str>,
    source: &[Run],
    target: Option<&[Run]>,
) -> Result<(), String> {
    // Data: one per distinct code, in order of first use.
    let mut data: Vec<&Code> = Vec::new();
    for r in source.iter().chain(target.unwrap_or_default()) {
        if let Run::Code(c) = r {
            if !data.iter().any(|d| d.ftl == c.ftl) {
                data.push(c);
            }
        }
    }
    let _ = writeln!(out, "    <unit id=\"{}\">", attr(id)?);
    if let Some(n) = note.filter(|n| !n.is_empty()) {
        let _ = writeln!(
            out,
            "      <notes>\n        <note appliesTo=\"source\" category=\"comment\">{}</note>\n      </notes>",
            text(n)?
        );
    }
    if !data.is_empty() {
        out.push_str("      <originalData>\n");
        for (i, d) in data.iter().enumerate() {
            let _ = writeln!(out, "        <data id=\"d{}\">{}</data>", i + 1, text(&d.ftl)?);
        }
        out.push_str("      </originalData>\n");
    }
    let state = if target.is_some() { "translated" } else { "initial" };
    let _ = write!(out, "      <segment state=\"{state}\">\n        <source>");
    // Source codes are numbered 1, 2...; a target code takes the id of the
    // same code in the source (its first unused occurrence), else t1, t2...
    let mut source_ids: Vec<(String, String)> = Vec::new();
    for r in source {
        match r {
            Run::Text(t) => out.push_str(&text(t)?),
            Run::Code(c) => {
                let id = (source_ids.len() + 1).to_string();
                out.push_str(&ph(&id, c, &data)?);
                source_ids.push((c.ftl.clone(), id));
            }
        }
    }
    out.push_str("</source>\n");
    if let Some(target) = target {
        out.push_str("        <target>");
        let mut used = BTreeSet::new();
        let mut extra = 0;
        for r in target {
            match r {
                Run::Text(t) => out.push_str(&text(t)?),
                Run::Code(c) => {
                    let id = match source_ids.iter().find(|(f, id)| *f == c.ftl && !used.contains(id)) {
                        Some((_, id)) => id.clone(),
                        None => {
                            extra += 1;
                            format!("t{extra}")
                        }
                    };
                    out.push_str(&ph(&id, c, &data)?);
                    used.insert(id);
                }
            }
        }
        out.push_str("</target>\n");
    }
    out.push_str("      </segment>\n    </unit>\n");
    Ok(())
}

fn ph(id: &str, c: &Code, data: &[&Code]) -> Result<String, String> {
    let d = data.iter().position(|d| d.ftl == c.ftl).map_or(0, |i| i + 1);
    let disp = match c.ftl.split_once('\n') {
        Some((first, _)) => format!("{first} … }}"),
        None => c.ftl.clone(),
    };
    let keep = if c.kind == CodeKind::Variable { " canDelete=\"no\"" } else { "" };
    Ok(format!(
        "<ph id=\"{id}\" dataRef=\"d{d}\" disp=\"{}\" type=\"other\" subType=\"fluent:{}\"{keep}/>",
        attr(&disp)?,
        c.kind.as_str()
    ))
}

// ---------------------------------------------------------------- reading

/// A translated file, as read.
#[derive(Debug, Default)]
pub(crate) struct Doc {
    pub src_lang: String,
    pub trg_lang: String,
    pub files: Vec<XFile>,
}

/// One `<file>`.
#[derive(Debug, Default)]
pub(crate) struct XFile {
    pub original: String,
    pub skeleton: Option<String>,
    pub units: Vec<XUnit>,
}

/// One `<unit>`: its id and its translation (`None`: untranslated).
#[derive(Debug)]
pub(crate) struct XUnit {
    pub id: String,
    pub target: Option<Vec<Run>>,
}

/// One `<segment>` or `<ignorable>` while read.
#[derive(Debug, Default)]
struct Part {
    segment: bool,
    source: Vec<Piece>,
    target: Option<Vec<Piece>>,
    order: Option<usize>,
}

/// A piece of content before its codes are looked up: text, or an inline
/// code's `dataRef`.
#[derive(Debug, Clone)]
enum Piece {
    Text(String),
    Ref(String, String),
}

/// Where the reader is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum El {
    Xliff,
    File,
    Skeleton,
    Notes,
    Note,
    Group,
    Unit,
    OriginalData,
    Data,
    Segment,
    Ignorable,
    Source,
    Target,
    Mrk,
    Ph,
    /// An element of another namespace, and what is in it: skipped.
    Foreign,
}

/// Reads a translated XLIFF 2 file (already capped in size): every file and
/// unit with its translation, or one line saying what is wrong and where.
pub(crate) fn read(bytes: &[u8]) -> Result<Doc, String> {
    let xml = std::str::from_utf8(bytes).map_err(|e| {
        format!("the file is not UTF-8 (byte {}); XLIFF exchanged with this tool is UTF-8", e.valid_up_to())
    })?;
    if let Some((at, c)) = xml.char_indices().find(|(_, c)| !is_xml_char(*c)) {
        return Err(format!(
            "line {}: U+{:04X} is not allowed in XML 1.0 (a control character?)",
            line_of(xml, at),
            c as u32
        ));
    }
    let mut r = NsReader::from_str(xml);
    let at = |p: usize| line_of(xml, p);
    let mut doc = Doc::default();
    let mut stack: Vec<El> = Vec::new();
    let mut unit_ids: BTreeSet<String> = BTreeSet::new();
    let mut originals: BTreeSet<String> = BTreeSet::new();
    // The unit being read.
    let mut unit: Option<(String, HashMap<String, String>, Vec<Part>)> = None;
    let mut data_id = String::new();
    let mut buf = String::new();
    let mut seen_root = false;
    loop {
        let pos = r.buffer_position() as usize;
        let (ns, ev) = r.read_resolved_event().map_err(|e| format!("line {}: not well-formed XML: {e}", at(pos)))?;
        let core = matches!(ns, ResolveResult::Bound(n) if n.as_ref() == XLIFF_NS.as_bytes());
        let top = stack.last().copied();
        match ev {
            Event::DocType(_) => {
                return Err(format!(
                    "line {}: the file has a DTD (<!DOCTYPE>); XLIFF needs none, and entities are never expanded here",
                    at(pos)
                ))
            }
            Event::Decl(d) => {
                if let Some(Ok(enc)) = d.encoding() {
                    if !enc.eq_ignore_ascii_case(b"utf-8") {
                        return Err(format!(
                            "the file declares the encoding {}; only UTF-8 is read",
                            String::from_utf8_lossy(&enc)
                        ));
                    }
                }
            }
            Event::Eof => break,
            Event::Comment(_) | Event::PI(_) => {}
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(ev, Event::Empty(_));
                let local = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                if stack.len() >= MAX_DEPTH {
                    return Err(format!("line {}: elements nest deeper than {MAX_DEPTH}", at(pos)));
                }
                if top == Some(El::Foreign) {
                    if !empty {
                        stack.push(El::Foreign);
                    }
                    continue;
                }
                let in_content = matches!(top, Some(El::Source | El::Target | El::Mrk));
                if !core {
                    if !seen_root {
                        return Err("the root element is not an XLIFF 2 <xliff> (namespace urn:oasis:names:tc:xliff:document:2.0)".into());
                    }
                    if in_content || matches!(top, Some(El::Data | El::Skeleton)) {
                        return Err(format!("line {}: <{local}> of another namespace inside a translation", at(pos)));
                    }
                    if !empty {
                        stack.push(El::Foreign);
                    }
                    continue;
                }
                let el = match (top, local.as_str()) {
                    (None, "xliff") if !seen_root => {
                        seen_root = true;
                        let version = get(e, "version")?.unwrap_or_default();
                        if !matches!(version.as_str(), "2.0" | "2.1" | "2.2") {
                            return Err(format!("the file is XLIFF {}, not 2.x", shown(&version)));
                        }
                        doc.src_lang = get(e, "srcLang")?.unwrap_or_default();
                        doc.trg_lang = get(e, "trgLang")?
                            .ok_or("the <xliff> element has no trgLang: which locale is this a translation to?")?;
                        El::Xliff
                    }
                    (Some(El::Xliff), "file") => {
                        let original = get(e, "original")?.ok_or_else(|| format!("line {}: a <file> has no original (the .ftl file's name)", at(pos)))?;
                        if !originals.insert(original.clone()) {
                            return Err(format!("line {}: two <file> elements for {}", at(pos), shown(&original)));
                        }
                        doc.files.push(XFile { original, ..XFile::default() });
                        unit_ids.clear();
                        El::File
                    }
                    (Some(El::File), "skeleton") => {
                        if get(e, "href")?.is_some() {
                            return Err(format!("line {}: a <skeleton href>: this tool reads no file an XLIFF names; the skeleton must be inline", at(pos)));
                        }
                        buf.clear();
                        El::Skeleton
                    }
                    (Some(El::File | El::Group | El::Unit), "notes") => El::Notes,
                    (Some(El::Notes), "note") => El::Note,
                    (Some(El::File | El::Group), "group") => El::Group,
                    (Some(El::File | El::Group), "unit") => {
                        let id = get(e, "id")?.ok_or_else(|| format!("line {}: a <unit> has no id", at(pos)))?;
                        if !unit_ids.insert(id.clone()) {
                            return Err(format!("line {}: two units with the id {}", at(pos), shown(&id)));
                        }
                        unit = Some((id, HashMap::new(), Vec::new()));
                        El::Unit
                    }
                    (Some(El::Unit), "originalData") => El::OriginalData,
                    (Some(El::OriginalData), "data") => {
                        data_id = get(e, "id")?.ok_or_else(|| format!("line {}: a <data> has no id", at(pos)))?;
                        buf.clear();
                        El::Data
                    }
                    (Some(El::Unit), "segment" | "ignorable") => {
                        let segment = local == "segment";
                        if let Some((_, _, parts)) = unit.as_mut() {
                            parts.push(Part { segment, ..Part::default() });
                        }
                        if segment {
                            El::Segment
                        } else {
                            El::Ignorable
                        }
                    }
                    (Some(El::Segment | El::Ignorable), "source") => El::Source,
                    (Some(El::Segment | El::Ignorable), "target") => {
                        let order = match get(e, "order")? {
                            Some(o) => Some(o.parse::<usize>().map_err(|_| format!("line {}: a target's order {} is not a number", at(pos), shown(&o)))?),
                            None => None,
                        };
                        if let Some(p) = unit.as_mut().and_then(|u| u.2.last_mut()) {
                            p.target = Some(Vec::new());
                            p.order = order;
                        }
                        El::Target
                    }
                    (Some(El::Source | El::Target | El::Mrk), "ph") => {
                        let id = get(e, "id")?.unwrap_or_default();
                        let data = get(e, "dataRef")?.ok_or_else(|| {
                            format!("line {}: the inline code <ph id=\"{}\"> has no dataRef, so its Fluent placeable is unknown", at(pos), shown(&id))
                        })?;
                        push_piece(&mut unit, top == Some(El::Source) || in_source(&stack), Piece::Ref(id, data));
                        El::Ph
                    }
                    (Some(El::Source | El::Target | El::Mrk), "mrk") => El::Mrk,
                    (Some(El::Source | El::Target | El::Mrk), "sm" | "em") if empty => continue,
                    (Some(El::Source | El::Target | El::Mrk | El::Data), "cp") if empty => {
                        let hex = get(e, "hex")?.unwrap_or_default();
                        let c = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).ok_or_else(|| {
                            format!("line {}: <cp hex=\"{}\"> is not a character", at(pos), shown(&hex))
                        })?;
                        // <cp> carries what XML cannot: control characters,
                        // which no message may hold.
                        if !is_xml_char(c) {
                            return Err(format!(
                                "line {}: <cp hex=\"{}\"> is U+{:04X}, a control character; messages are plain text",
                                at(pos),
                                shown(&hex),
                                c as u32
                            ));
                        }
                        if top == Some(El::Data) {
                            buf.push(c);
                        } else {
                            push_piece(&mut unit, in_source(&stack), Piece::Text(c.to_string()));
                        }
                        continue;
                    }
                    (Some(El::Source | El::Target | El::Mrk), "pc" | "sc" | "ec") => {
                        return Err(format!(
                            "line {}: the paired code <{local}> is not in any unit of this catalog (its placeables are <ph/>)",
                            at(pos)
                        ))
                    }
                    (t, name) => {
                        return Err(format!(
                            "line {}: <{}> is not expected {}",
                            at(pos),
                            shown(name),
                            t.map_or("at the top".to_string(), |t| format!("in <{}>", el_name(t)))
                        ))
                    }
                };
                if !empty {
                    stack.push(el);
                } else {
                    // An empty element ends at once.
                    end_of(el, &mut doc, &mut unit, &mut data_id, &mut buf)?;
                }
            }
            Event::End(_) => {
                let Some(el) = stack.pop() else { continue };
                end_of(el, &mut doc, &mut unit, &mut data_id, &mut buf)?;
            }
            Event::Text(t) => {
                let s = t.xml10_content().map_err(|e| format!("line {}: {e}", at(pos)))?;
                take_text(&stack, &mut unit, &mut buf, &s);
            }
            Event::CData(t) => {
                let s = String::from_utf8_lossy(&t.into_inner()).into_owned();
                take_text(&stack, &mut unit, &mut buf, &s);
            }
            Event::GeneralRef(g) => {
                let c = match g.resolve_char_ref() {
                    Ok(Some(c)) => c,
                    Ok(None) => match g.decode().map_err(|e| format!("line {}: {e}", at(pos)))?.as_ref() {
                        "lt" => '<',
                        "gt" => '>',
                        "amp" => '&',
                        "apos" => '\'',
                        "quot" => '"',
                        other => {
                            return Err(format!(
                                "line {}: the entity &{}; is not one of XML's five; no other entity is read",
                                at(pos),
                                shown(other)
                            ))
                        }
                    },
                    Err(e) => return Err(format!("line {}: {e}", at(pos))),
                };
                if !is_xml_char(c) {
                    return Err(format!(
                        "line {}: the character reference U+{:04X} is not allowed in XML",
                        at(pos),
                        c as u32
                    ));
                }
                take_text(&stack, &mut unit, &mut buf, &c.to_string());
            }
        }
    }
    if !seen_root {
        return Err("the file has no <xliff> element".into());
    }
    if doc.files.is_empty() {
        return Err("the file has no <file> element".into());
    }
    Ok(doc)
}

/// The 1-based line of byte `offset` of `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|b| **b == b'\n').count() + 1
}

fn el_name(e: El) -> &'static str {
    match e {
        El::Xliff => "xliff",
        El::File => "file",
        El::Skeleton => "skeleton",
        El::Notes => "notes",
        El::Note => "note",
        El::Group => "group",
        El::Unit => "unit",
        El::OriginalData => "originalData",
        El::Data => "data",
        El::Segment => "segment",
        El::Ignorable => "ignorable",
        El::Source => "source",
        El::Target => "target",
        El::Mrk => "mrk",
        El::Ph => "ph",
        El::Foreign => "an extension",
    }
}

/// Whether the innermost content element is a `<source>`.
fn in_source(stack: &[El]) -> bool {
    stack.iter().rev().find(|e| matches!(e, El::Source | El::Target)) == Some(&El::Source)
}

fn push_piece(unit: &mut Option<(String, HashMap<String, String>, Vec<Part>)>, source: bool, p: Piece) {
    let Some(part) = unit.as_mut().and_then(|u| u.2.last_mut()) else { return };
    let list = if source { &mut part.source } else { part.target.get_or_insert_with(Vec::new) };
    list.push(p);
}

fn take_text(stack: &[El], unit: &mut Option<(String, HashMap<String, String>, Vec<Part>)>, buf: &mut String, s: &str) {
    match stack.last() {
        Some(El::Skeleton | El::Data) => buf.push_str(s),
        Some(El::Source | El::Target | El::Mrk) => push_piece(unit, in_source(stack), Piece::Text(s.to_string())),
        _ => {}
    }
}

/// What ending an element means.
fn end_of(
    el: El,
    doc: &mut Doc,
    unit: &mut Option<(String, HashMap<String, String>, Vec<Part>)>,
    data_id: &mut String,
    buf: &mut String,
) -> Result<(), String> {
    match el {
        El::Skeleton => {
            if let Some(f) = doc.files.last_mut() {
                f.skeleton = Some(std::mem::take(buf));
            }
        }
        El::Data => {
            if let Some((id, data, _)) = unit.as_mut() {
                if data.insert(std::mem::take(data_id), std::mem::take(buf)).is_some() {
                    return Err(format!("unit {}: two <data> with one id", shown(id)));
                }
            }
        }
        El::Unit => {
            let Some((id, data, parts)) = unit.take() else { return Ok(()) };
            let target = unit_target(&id, &data, parts)?;
            if let Some(f) = doc.files.last_mut() {
                f.units.push(XUnit { id, target });
            }
        }
        _ => {}
    }
    Ok(())
}

/// A unit's translation: its parts' targets in their order (an ignorable
/// without one stands as its source); `None` when a segment has none.
fn unit_target(id: &str, data: &HashMap<String, String>, mut parts: Vec<Part>) -> Result<Option<Vec<Run>>, String> {
    if parts.iter().any(|p| p.segment && p.target.is_none()) || !parts.iter().any(|p| p.segment) {
        return Ok(None);
    }
    let n = parts.len();
    if parts.iter().any(|p| p.order.is_some_and(|o| o == 0 || o > n)) {
        return Err(format!("unit {}: a target's order is out of range", shown(id)));
    }
    let mut placed: Vec<Option<Vec<Piece>>> = vec![None; n];
    for (i, p) in parts.iter_mut().enumerate() {
        let at = p.order.map_or(i, |o| o - 1);
        let content = p.target.take().unwrap_or_else(|| p.source.clone());
        if placed[at].replace(content).is_some() {
            return Err(format!("unit {}: two targets with one order", shown(id)));
        }
    }
    let mut runs: Vec<Run> = Vec::new();
    for piece in placed.into_iter().flatten().flatten() {
        match piece {
            Piece::Text(t) => match runs.last_mut() {
                Some(Run::Text(prev)) => prev.push_str(&t),
                _ => runs.push(Run::Text(t)),
            },
            Piece::Ref(ph, d) => {
                let ftl = data.get(&d).ok_or_else(|| {
                    format!(
                        "unit {}: the inline code {} points at data {} the unit does not have",
                        shown(id),
                        shown(&ph),
                        shown(&d)
                    )
                })?;
                let code = parse_code(ftl).map_err(|e| format!("unit {}: {e}", shown(id)))?;
                runs.push(Run::Code(code));
            }
        }
    }
    runs.retain(|r| !matches!(r, Run::Text(t) if t.is_empty()));
    Ok(if runs.is_empty() { None } else { Some(runs) })
}

/// An unprefixed attribute's value.
fn get(e: &BytesStart<'_>, name: &str) -> Result<Option<String>, String> {
    for a in e.attributes() {
        let a = a.map_err(|err| format!("a broken attribute: {err}"))?;
        if a.key.as_ref() == name.as_bytes() {
            let v = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|err| format!("the attribute {name}: {err} (only XML's five entities are read)"))?;
            return Ok(Some(v.into_owned()));
        }
    }
    Ok(None)
}

/// What a read file says for each file of the reference: its frame (the
/// skeleton, else the reference file itself) and the translations by unit
/// id. Refuses a file or unit the reference does not have.
pub(crate) fn targets(doc: Doc, reference: &LocaleFiles) -> Result<Vec<(String, Option<String>, Targets)>, String> {
    let known = known_ids(reference)?;
    let mut out = Vec::new();
    for f in doc.files {
        let Some(ids) = known.get(&f.original) else {
            return Err(format!(
                "<file original=\"{}\">: {} has no such file (it has {})",
                shown(&f.original),
                reference.locale,
                known.keys().cloned().collect::<Vec<_>>().join(", ")
            ));
        };
        let mut t = Targets::new();
        for u in f.units {
            if !ids.contains(&u.id) {
                return Err(format!(
                    "unit {} (file {}): {} has no message, term or attribute of that id",
                    shown(&u.id),
                    f.original,
                    reference.locale
                ));
            }
            t.insert(u.id, u.target);
        }
        out.push((f.original, f.skeleton, t));
    }
    Ok(out)
}

/// The unit ids of each reference file.
fn known_ids(reference: &LocaleFiles) -> Result<BTreeMap<String, BTreeSet<String>>, String> {
    let mut out = BTreeMap::new();
    for f in &reference.files {
        let single = LocaleFiles { locale: reference.locale.clone(), files: vec![f.clone()] };
        out.insert(f.name.clone(), units_of(&single)?.into_keys().collect());
    }
    Ok(out)
}
