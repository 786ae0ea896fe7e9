//! `mk/manifest.sh`, which `make install` and `make uninstall` run: an
//! uninstall removes what the manifests list inside the prefix, and nothing
//! else.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn manifest_sh(args: &[&str]) -> Output {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("mk/manifest.sh");
    Command::new("sh").arg(script).args(args).output().expect("run sh mk/manifest.sh")
}

fn tempdir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("smh-manifest-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Every path under `dir`, relative, sorted (directories too).
fn tree(dir: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            out.push(p.strip_prefix(base).unwrap().display().to_string());
            if p.is_dir() && !p.is_symlink() {
                walk(base, &p, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

#[test]
fn a_manifest_naming_a_path_outside_the_prefix_removes_nothing() {
    for line in
        ["f ../../victim", "f /tmp/victim", "d ..", "f lib/../../victim", "f ./lib/x", "f lib/.", "x lib/x", "f "]
    {
        let top = tempdir("outside");
        let root = top.join("stage/usr/local");
        std::fs::create_dir_all(root.join("share/smh_errors")).unwrap();
        std::fs::create_dir_all(root.join("lib")).unwrap();
        std::fs::write(top.join("stage/victim"), "x").unwrap();
        std::fs::write(root.join("lib/x"), "x").unwrap();
        let manifest = "share/smh_errors/a.manifest";
        std::fs::write(root.join(manifest), format!("f lib/x\n{line}\n")).unwrap();
        let o = manifest_sh(&["uninstall", root.to_str().unwrap(), manifest]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{line}: {err}");
        assert!(err.contains("nothing removed"), "{line}: {err}");
        // Nothing at all was removed: the victim, the listed file, the manifest.
        assert!(top.join("stage/victim").exists(), "{line}");
        assert!(root.join("lib/x").exists() && root.join(manifest).exists(), "{line}");
    }
}

#[test]
fn a_folder_that_leads_outside_the_prefix_is_not_entered() {
    let top = tempdir("link");
    let root = top.join("prefix");
    std::fs::create_dir_all(top.join("elsewhere")).unwrap();
    std::fs::write(top.join("elsewhere/x"), "x").unwrap();
    std::fs::create_dir_all(root.join("share/smh_errors")).unwrap();
    std::os::unix::fs::symlink(top.join("elsewhere"), root.join("lib")).unwrap();
    let manifest = "share/smh_errors/a.manifest";
    std::fs::write(root.join(manifest), "f lib/x\nd lib\n").unwrap();
    let o = manifest_sh(&["uninstall", root.to_str().unwrap(), manifest]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("leads outside"));
    assert!(top.join("elsewhere/x").exists());
}

#[test]
fn two_packages_sharing_share_uninstall_to_an_empty_prefix_in_either_order() {
    for (first, second) in [("c", "cli"), ("cli", "c")] {
        let top = tempdir(&format!("two-{first}"));
        let root = top.join("prefix");
        std::fs::create_dir_all(&root).unwrap();
        let src = top.join("src.txt");
        std::fs::write(&src, "x").unwrap();
        let r = root.to_str().unwrap();
        let install = |pkg: &str, dest: &str| {
            let m = format!("share/smh_errors/{pkg}.manifest");
            let o = manifest_sh(&["file", r, &m, "644", src.to_str().unwrap(), dest]);
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        };
        // As `make -C bindings/c install` then `make install-cli` (or the
        // other way round) lay them out.
        for (pkg, dest) in [(first, "lib/x"), (second, "share/man/man1/y.1")] {
            install(pkg, dest);
        }
        install(first, "include/z.h");
        for pkg in [first, second] {
            let o = manifest_sh(&["uninstall", r, &format!("share/smh_errors/{pkg}.manifest")]);
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        }
        assert_eq!(tree(&root), Vec::<String>::new(), "{first} first");
    }
}
