//! Writing a site into a directory, and what was written.

use std::path::Path;

use crate::{Site, SiteError};

/// The file in the site's directory that lists what the last run wrote, one
/// path a line, under a first line that names the generator.
pub const MANIFEST: &str = ".smh-errors-site";
const MANIFEST_HEAD: &str = "# written by `smh-errors site`; the next run removes these files first";

/// What [`Site::write`] wrote: the number of files, their total size, the
/// largest page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Files written (the manifest aside).
    pub files: usize,
    /// Their total size in bytes.
    pub bytes: u64,
    /// The largest HTML page: its path and size in bytes.
    pub largest_page: (String, u64),
    /// The largest code page: its path and size in bytes.
    pub largest_code_page: (String, u64),
}

impl Site {
    /// Sizes of what [`Site::write`] writes.
    pub fn summary(&self) -> Summary {
        let html = self.files.iter().filter(|(p, _)| p.ends_with(".html"));
        let biggest = |it: &mut dyn Iterator<Item = &(String, Vec<u8>)>| {
            it.max_by_key(|(p, b)| (b.len(), std::cmp::Reverse(p.clone())))
                .map(|(p, b)| (p.clone(), b.len() as u64))
                .unwrap_or_default()
        };
        let code_pages = &mut html.clone().filter(|(p, _)| {
            !p.ends_with("/index.html") && !p.ends_with("/translation-coverage.html") && p.contains('/')
        });
        Summary {
            files: self.files.len(),
            bytes: self.files.iter().map(|(_, b)| b.len() as u64).sum(),
            largest_page: biggest(&mut html.clone()),
            largest_code_page: biggest(code_pages),
        }
    }
}

pub fn write(site: &Site, dir: &Path) -> Result<Summary, SiteError> {
    let shown = dir.display();
    let manifest = dir.join(MANIFEST);
    if dir.exists() {
        if !dir.is_dir() {
            return Err(SiteError(format!("{shown} exists and is not a directory")));
        }
        let mut entries =
            std::fs::read_dir(dir).map_err(|e| SiteError(format!("cannot read the directory {shown}: {e}")))?;
        if entries.next().is_some() {
            let old = std::fs::read_to_string(&manifest).map_err(|_| {
                SiteError(format!(
                    "{shown} is not empty and holds no site written by `smh-errors site` (no {MANIFEST}); \
                     name a new or empty directory"
                ))
            })?;
            remove_old(dir, &old)?;
        }
    }
    std::fs::create_dir_all(dir).map_err(|e| SiteError(format!("cannot create {shown}: {e}")))?;
    let mut list = String::from(MANIFEST_HEAD);
    list.push('\n');
    for (path, bytes) in &site.files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| SiteError(format!("cannot create {}: {e}", parent.display())))?;
        }
        std::fs::write(&target, bytes).map_err(|e| SiteError(format!("cannot write {}: {e}", target.display())))?;
        list.push_str(path);
        list.push('\n');
    }
    std::fs::write(&manifest, list).map_err(|e| SiteError(format!("cannot write {}: {e}", manifest.display())))?;
    Ok(site.summary())
}

/// Removes the files an earlier run listed (only relative paths of plain
/// names, never `..`), then the folders that this leaves empty.
fn remove_old(dir: &Path, manifest: &str) -> Result<(), SiteError> {
    let mut lines = manifest.lines();
    if lines.next() != Some(MANIFEST_HEAD) {
        return Err(SiteError(format!(
            "{} is not a list written by `smh-errors site`; remove it, or name another directory",
            dir.join(MANIFEST).display()
        )));
    }
    let mut folders = std::collections::BTreeSet::new();
    for line in lines.filter(|l| !l.is_empty()) {
        let safe = line.split('/').all(|seg| !seg.is_empty() && seg != "." && seg != ".." && !seg.contains('\\'));
        if !safe || line.starts_with('/') {
            continue;
        }
        let p = dir.join(line);
        if p.symlink_metadata().is_ok_and(|m| m.is_file()) {
            std::fs::remove_file(&p).map_err(|e| SiteError(format!("cannot remove {}: {e}", p.display())))?;
        }
        if let Some((folder, _)) = line.rsplit_once('/') {
            folders.insert(folder.to_string());
        }
    }
    for f in folders.iter().rev() {
        // Only when empty: a file the generator did not write stays.
        let _ = std::fs::remove_dir(dir.join(f));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &str)]) -> Site {
        Site { files: files.iter().map(|(p, t)| (p.to_string(), t.as_bytes().to_vec())).collect() }
    }

    #[test]
    fn a_rerun_removes_what_it_wrote_and_nothing_else() {
        let dir = std::env::temp_dir().join(format!("smh-site-write-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        site(&[("a/Old.html", "old"), ("a/index.html", "x"), ("b/index.html", "y")]).write(&dir).unwrap();
        std::fs::write(dir.join("a/mine.txt"), "keep").unwrap();
        let s = site(&[("a/index.html", "xx"), ("index.html", "z")]).write(&dir).unwrap();
        assert!(!dir.join("a/Old.html").exists());
        assert!(!dir.join("b").exists(), "an emptied folder goes");
        assert_eq!(std::fs::read_to_string(dir.join("a/mine.txt")).unwrap(), "keep");
        assert_eq!(std::fs::read_to_string(dir.join("a/index.html")).unwrap(), "xx");
        assert_eq!((s.files, s.bytes), (2, 3));
        assert_eq!(s.largest_page, ("a/index.html".to_string(), 2));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_directory_of_other_files_is_refused() {
        let dir = std::env::temp_dir().join(format!("smh-site-refuse-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("notes.txt"), "mine").unwrap();
        let e = site(&[("index.html", "z")]).write(&dir).unwrap_err();
        assert!(e.0.contains("not empty"), "{e}");
        assert_eq!(std::fs::read_to_string(dir.join("notes.txt")).unwrap(), "mine");
        // A manifest that is not ours is refused too, and nothing is removed.
        std::fs::write(dir.join(MANIFEST), "notes.txt\n").unwrap();
        let e = site(&[("index.html", "z")]).write(&dir).unwrap_err();
        assert!(e.0.contains("not a list"), "{e}");
        assert!(dir.join("notes.txt").exists());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_listed_path_outside_the_directory_is_never_removed() {
        let base = std::env::temp_dir().join(format!("smh-site-escape-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let dir = base.join("site");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(base.join("outside.txt"), "keep").unwrap();
        std::fs::write(
            dir.join(MANIFEST),
            format!("{MANIFEST_HEAD}\n../outside.txt\n{}\n", base.join("outside.txt").display()),
        )
        .unwrap();
        site(&[("index.html", "z")]).write(&dir).unwrap();
        assert!(base.join("outside.txt").exists());
        std::fs::remove_dir_all(&base).unwrap();
    }
}
