//! What the CLI ships beside itself: `--version` with the library's and the
//! catalog's versions, shell completions and the man page, all from the same
//! clap definitions (`make install` writes them; see the Makefile).

use std::io::Write;

use clap::{Command, ValueEnum};
use smh_errors::locale::PSEUDO_LOCALES;

/// The shells `smh-errors completions` writes a script for.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    /// bash (bash-completion).
    Bash,
    /// zsh (`_smh-errors`, for a directory on `fpath`).
    Zsh,
    /// fish (vendor_completions.d).
    Fish,
}

/// `--version`: the command, the library it is built on, and the catalog.
pub fn long_version() -> &'static str {
    static V: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    V.get_or_init(|| {
        let (pseudo, real): (Vec<&str>, Vec<&str>) =
            smh_errors::Catalog::builtin().locales().partition(|l| PSEUDO_LOCALES.contains(l));
        format!(
            "{}\nlibrary: smh-errors {}\ncatalog: {} ({} codes; {}; pseudo-locales {})",
            env!("CARGO_PKG_VERSION"),
            smh_errors::VERSION,
            smh_errors::catalog_version(),
            smh_errors::ErrorCode::ALL.len(),
            real.join(", "),
            pseudo.join(", "),
        )
    })
}

/// Writes the completion script for `shell` to `out`.
pub fn completions(cmd: &mut Command, shell: Shell, out: &mut dyn Write) -> std::io::Result<()> {
    let name = cmd.get_name().to_string();
    let mut script = Vec::new();
    match shell {
        Shell::Bash => clap_complete::generate(clap_complete::Shell::Bash, cmd, &name, &mut script),
        Shell::Zsh => clap_complete::generate(clap_complete::Shell::Zsh, cmd, &name, &mut script),
        Shell::Fish => clap_complete::generate(clap_complete::Shell::Fish, cmd, &name, &mut script),
    }
    if shell == Shell::Bash {
        // clap_complete 4.6 spells a hyphenated command's state two ways in
        // bash (`smh__errors__subcmd__x` in the loop, `smh__subcmd__errors__subcmd__x`
        // in the case arms), so nothing after a subcommand completes
        // (clap-rs/clap#6421). Spell the arms as the loop does.
        let text = String::from_utf8_lossy(&script).replace(&name.replace('-', "__subcmd__"), &name.replace('-', "__"));
        script = text.into_bytes();
    }
    out.write_all(&script)
}

/// Writes the man page (roff, section 1) to `out`.
pub fn man(cmd: Command, out: &mut dyn Write) -> std::io::Result<()> {
    clap_mangen::Man::new(cmd).render(out)
}
