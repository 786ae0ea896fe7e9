//! `smh-errors`: explain SMH API error codes and responses in your language.
//!
//! Thin over the library: argument parsing and printing only.

use std::collections::HashMap;
use std::io::{Read, Write};

/// Prints one line to standard output, as `println!` does; a closed pipe
/// (`smh-errors list | head -1`) ends the command quietly with success, as
/// other command-line tools do, and another write error returns from the
/// command with a message.
macro_rules! say {
    ($($arg:tt)*) => {
        write_line(format_args!($($arg)*))?
    };
}
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use smh_errors::overlay::{check_dir_read, coverage_dir, env_dirs, DirCheck, CATALOG_DIR_ENV};
use smh_errors::text::Escaped;
use smh_errors::{export_json, parse_response, Catalog, Diagnostic, ErrorCode, Kind, Lookup};
use smh_errors_l10n as l10n;

#[path = "smh-errors/dist.rs"]
mod dist;
#[path = "smh-errors/site.rs"]
mod site;

#[derive(Parser)]
#[command(
    name = "smh-errors",
    version,
    about = "Explain Tencent Cloud SMH API error codes and responses, in zh-CN or en-US."
)]
#[command(after_help = "Locale: --locale, else SMH_ERRORS_LOCALE, LC_ALL, LC_MESSAGES, LANG, else en-US.\n\
Overlays: SMH_ERRORS_CATALOG_DIR=dir[:dir...] adds or overrides locales without rebuilding.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Explain one error code.
    Explain {
        /// The code, e.g. AuthFailure.SignatureFailure.
        code: String,
        #[command(flatten)]
        out: Output,
    },
    /// Read an API response body (a file, or - for standard input) and explain its error.
    Parse {
        /// The file holding the body; - or nothing reads standard input.
        #[arg(default_value = "-")]
        file: String,
        #[command(flatten)]
        out: Output,
    },
    /// List every code with its message.
    List {
        /// Only codes of this kind.
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        #[command(flatten)]
        out: Output,
    },
    /// List the catalog's locales (en-US first; overlays last).
    Locales,
    /// Check catalog directories: a full catalog (with codes.toml) or an overlay of locale folders.
    ///
    /// Prints each problem as `path:line:col: error|warning: sentence [rule-id]` with the
    /// source line and a caret. Exits 1 on an error (or, with --deny-warnings, a warning).
    Check {
        /// Directories to check; default: ./catalog.
        dirs: Vec<PathBuf>,
        /// `text` (compiler style) or `json` (one document: diagnostics and summary).
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// Fail (exit 1) on warnings too.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// How much of the registry each locale of catalog directories translates.
    Coverage {
        /// Directories (full catalogs or overlays); default: ./catalog and SMH_ERRORS_CATALOG_DIR's.
        dirs: Vec<PathBuf>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Export the catalog: every code with its message and link in every locale as JSON (for web
    /// front ends), or one locale as XLIFF 2 (for CAT tools) or TMX (a memory of the en-US pairs).
    Export {
        /// `json`: every code, every locale (with fallback); `xliff`, `tmx`: the --locale's translation.
        #[arg(long, value_enum, default_value = "json")]
        format: ExportFormat,
        /// Include the pseudo-locales (en-XA, ar-XB) in the JSON.
        #[arg(long)]
        pseudo: bool,
        /// The locale to translate into (xliff, tmx): a shipped one, a folder of --from, or a new one.
        #[arg(short, long, required_if_eq_any([("format", "xliff"), ("format", "tmx")]))]
        locale: Option<String>,
        /// Read the locale's files from DIR/<locale>/ (an overlay being translated) instead of the shipped ones.
        #[arg(long, value_name = "DIR")]
        from: Option<PathBuf>,
    },
    /// Turn a translated XLIFF 2 file (from `export --format xliff`) into the overlay folder DIR/<locale>/.
    ///
    /// Nothing is written unless the whole file reads and the overlay passes `check`.
    Import {
        /// The translated XLIFF file; - reads standard input.
        file: PathBuf,
        /// The overlay directory to write the locale folder into (created if need be).
        dir: PathBuf,
        /// Replace an existing DIR/<locale>/ folder.
        #[arg(long)]
        replace: bool,
    },
    /// Rewrite the bindings' generated code tables (Go constants, Python stubs, Java classes, TypeScript types) from catalog/codes.toml.
    #[command(hide = true)]
    Generate {
        /// The repository root.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Only report stale files (exit 1), writing nothing.
        #[arg(long)]
        check: bool,
    },
    /// Write the reference site: a page per code per locale, search, translators' coverage.
    ///
    /// DIR is created, or must be empty, or hold an earlier site (whose files are replaced).
    Site {
        /// The directory to write.
        dir: PathBuf,
        /// The catalog directory (codes.toml, server-messages.toml, locales) this build was made from.
        #[arg(long, default_value = "catalog")]
        catalog: PathBuf,
        /// An overlay directory whose locales get pages too (repeatable).
        #[arg(long = "overlay", value_name = "DIR")]
        overlays: Vec<PathBuf>,
    },
    /// Print a shell completion script (installed by `make install`).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: dist::Shell,
    },
    /// Print the man page, smh-errors(1), in roff (installed by `make install`).
    Man,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExportFormat {
    Json,
    Xliff,
    Tmx,
}

#[derive(clap::Args)]
struct Output {
    /// Locale to answer in: BCP 47, POSIX (zh_CN.UTF-8) or an Accept-Language list.
    #[arg(short, long)]
    locale: Option<String>,
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum KindArg {
    Common,
    Business,
}

/// The clap definitions, with `--version` naming the library and catalog.
fn cli_command() -> clap::Command {
    Cli::command().long_version(dist::long_version())
}

fn main() -> ExitCode {
    let cli = Cli::from_arg_matches(&cli_command().get_matches()).unwrap_or_else(|e| e.exit());
    if !matches!(
        cli.command,
        Command::Check { .. } | Command::Coverage { .. } | Command::Generate { .. } | Command::Site { .. }
    ) {
        if let Some(e) = Catalog::global_error() {
            eprintln!("smh-errors: warning: ignoring SMH_ERRORS_CATALOG_DIR: {e}");
        }
    }
    let catalog = Catalog::global();
    let result = run(cli.command, catalog);
    match result {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("smh-errors: {msg}");
            ExitCode::from(2)
        }
    }
}

/// Runs one command.
fn run(command: Command, catalog: &Catalog) -> Result<ExitCode, String> {
    match command {
        Command::Explain { code, out } => {
            let hit = catalog.lookup(&code, out.locale.as_deref());
            if out.json {
                say!("{}", hit.to_json());
            } else {
                say!("{hit}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Parse { file, out } => parse(catalog, &file, &out),
        Command::List { kind, out } => {
            let kind = kind.map(|k| match k {
                KindArg::Common => Kind::Common,
                KindArg::Business => Kind::Business,
            });
            let hits: Vec<Lookup<'_>> = ErrorCode::ALL
                .iter()
                .filter(|c| kind.is_none_or(|k| c.kind() == k))
                .map(|c| catalog.lookup(c.as_str(), out.locale.as_deref()))
                .collect();
            if out.json {
                let all: Vec<_> = hits.iter().map(Lookup::to_json).collect();
                say!("{}", serde_json::Value::Array(all));
            } else {
                let width = hits.iter().map(|h| h.code.len()).max().unwrap_or(0);
                for h in &hits {
                    let kind = h.kind.map_or("", Kind::as_str);
                    let retry = if h.retryable { "retryable" } else { "" };
                    let retired = if h.matched.is_some_and(ErrorCode::is_retired) { "retired" } else { "" };
                    say!("{:width$}  {kind:8}  {retry:9}  {retired:7}  {}", h.code, h.message);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Locales => {
            for l in catalog.locales() {
                say!("{l}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { dirs, format, deny_warnings } => check(dirs, format, deny_warnings),
        Command::Coverage { dirs, json } => coverage(dirs, json),
        Command::Generate { root, check } => generate(&root, check),
        Command::Export { format: ExportFormat::Json, pseudo, .. } => {
            say!("{:#}", export_json(catalog, pseudo));
            Ok(ExitCode::SUCCESS)
        }
        Command::Export { format, locale, from, .. } => exchange(format, locale.as_deref().unwrap_or_default(), from),
        Command::Import { file, dir, replace } => import(&file, &dir, replace),
        Command::Completions { shell } => quiet_pipe(
            dist::completions(&mut cli_command(), shell, &mut std::io::stdout().lock()),
            "the completion script",
        ),
        Command::Site { dir, catalog, overlays } => {
            for line in site::site(&dir, &catalog, &overlays)? {
                say!("{line}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Man => quiet_pipe(dist::man(cli_command(), &mut std::io::stdout().lock()), "the man page"),
    }
}

/// A whole-document write's result: a closed pipe ends the command quietly
/// (as `say!` does), any other failure is an error naming `what`.
fn quiet_pipe(r: std::io::Result<()>, what: &str) -> Result<ExitCode, String> {
    match r {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(format!("writing {what}: {e}")),
    }
}

/// Writes `args` and a newline to standard output (see `say!`).
fn write_line(args: std::fmt::Arguments<'_>) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    match out.write_fmt(args).and_then(|()| out.write_all(b"\n")) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        Err(e) => Err(format!("cannot write to standard output: {e}")),
    }
}

fn parse(catalog: &Catalog, file: &str, out: &Output) -> Result<ExitCode, String> {
    let mut body = Vec::new();
    // Read one byte past the limit, so an oversized body is reported as such.
    let limit = (smh_errors::response::MAX_BODY_LEN + 1) as u64;
    let read = if file == "-" {
        std::io::stdin().take(limit).read_to_end(&mut body)
    } else {
        std::fs::File::open(file).and_then(|f| f.take(limit).read_to_end(&mut body))
    };
    read.map_err(|e| format!("cannot read {}: {e}", if file == "-" { "standard input" } else { file }))?;
    let response = parse_response(&body).map_err(|e| format!("cannot parse the response: {e}"))?;
    if out.json {
        say!("{}", response.to_json(catalog, out.locale.as_deref()));
    } else {
        say!("{}", response.to_text(catalog, out.locale.as_deref()));
    }
    Ok(ExitCode::SUCCESS)
}

fn default_dirs(mut dirs: Vec<PathBuf>, command: &str) -> Result<Vec<PathBuf>, String> {
    if dirs.is_empty() {
        let default = PathBuf::from("catalog");
        if !default.is_dir() {
            return Err(format!("no directory given and there is no ./catalog here; try: smh-errors {command} DIR"));
        }
        dirs.push(default);
    }
    Ok(dirs)
}

fn check(dirs: Vec<PathBuf>, format: Format, deny_warnings: bool) -> Result<ExitCode, String> {
    let dirs = default_dirs(dirs, "check")?;
    let checks: Vec<DirCheck> = dirs.iter().map(|d| check_dir_read(d)).collect();
    let diags: Vec<&Diagnostic> = checks.iter().flat_map(|c| &c.diagnostics).collect();
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    if format == Format::Json {
        let list: Vec<serde_json::Value> = diags
            .iter()
            .map(|d| {
                // Keys in sorted order, whatever serde_json's map preserves.
                serde_json::json!({
                    "col": d.col, "line": d.line, "message": d.message,
                    "path": d.path, "rule": d.rule, "severity": d.severity.as_str(),
                })
            })
            .collect();
        let doc = serde_json::json!({
            "diagnostics": list,
            "summary": { "errors": errors, "warnings": warnings },
        });
        say!("{doc:#}");
    } else {
        // The source lines, from the text the check read (never read again).
        let texts: HashMap<&str, &str> =
            checks.iter().flat_map(|c| &c.texts).map(|(p, t)| (p.as_str(), t.as_str())).collect();
        for d in &diags {
            say!("{}", d.render(texts.get(d.path.as_str()).copied()));
        }
        let shown: Vec<String> = dirs.iter().map(|d| Escaped(&d.display().to_string()).to_string()).collect();
        eprintln!("{}: {errors} error(s), {warnings} warning(s)", shown.join(", "));
    }
    Ok(if errors > 0 || (deny_warnings && warnings > 0) { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn coverage(mut dirs: Vec<PathBuf>, json: bool) -> Result<ExitCode, String> {
    if dirs.is_empty() {
        // The shipped catalog (when run in the repository) and the overlays
        // the other commands would load.
        if std::path::Path::new("catalog").is_dir() {
            dirs.push(PathBuf::from("catalog"));
        }
        dirs.extend(env_dirs());
        if dirs.is_empty() {
            return Err(format!(
                "no directory given, no ./catalog here and {CATALOG_DIR_ENV} unset; try: smh-errors coverage DIR"
            ));
        }
    }
    let mut rows = Vec::new();
    for dir in &dirs {
        let (table, diags) = coverage_dir(dir);
        for d in diags.iter().filter(|d| d.is_error()) {
            eprintln!("{d}");
        }
        rows.extend(table.into_iter().map(|c| (dir.display().to_string(), c)));
    }
    if !json {
        // The table is read on a terminal: folder names escaped.
        for (dir, _) in &mut rows {
            *dir = Escaped(dir).to_string();
        }
    }
    if json {
        let list: Vec<serde_json::Value> = rows
            .iter()
            .map(|(dir, c)| {
                serde_json::json!({
                    "dir": dir, "locale": c.locale, "missing": c.missing, "obsolete": c.obsolete,
                    "percent": (c.percent() * 10.0).round() / 10.0, "total": c.total, "translated": c.translated,
                })
            })
            .collect();
        say!("{:#}", serde_json::Value::Array(list));
    } else {
        let dir_w = rows.iter().map(|(d, _)| d.len()).chain([3]).max().unwrap_or(3);
        let loc_w = rows.iter().map(|(_, c)| c.locale.len()).chain([6]).max().unwrap_or(6);
        say!("{:dir_w$}  {:loc_w$}  translated  missing  obsolete  percent", "dir", "locale");
        for (dir, c) in &rows {
            say!(
                "{dir:dir_w$}  {:loc_w$}  {:>10}  {:>7}  {:>8}  {:>6.1}%",
                c.locale,
                format!("{}/{}", c.translated, c.total),
                c.missing,
                c.obsolete,
                c.percent()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A shipped locale's files, for the exchange formats.
fn builtin(locale: &str) -> Option<l10n::LocaleFiles> {
    let files = smh_errors::catalog::builtin_files(locale)?;
    let files = files
        .iter()
        .map(|(path, text)| l10n::FtlFile {
            name: path.rsplit('/').next().unwrap_or(path).to_string(),
            text: text.to_string(),
        })
        .collect();
    Some(l10n::LocaleFiles { locale: locale.to_string(), files })
}

fn exchange(format: ExportFormat, locale: &str, from: Option<PathBuf>) -> Result<ExitCode, String> {
    let source = builtin(smh_errors::SOURCE_LOCALE).ok_or("the library ships no source locale")?;
    let target = match from {
        Some(dir) => l10n::read_locale_dir(&dir, locale)?,
        None => builtin(locale).unwrap_or(l10n::LocaleFiles { locale: locale.to_string(), files: Vec::new() }),
    };
    let doc = match format {
        ExportFormat::Tmx => l10n::export_tmx(&source, &target, smh_errors::VERSION)?,
        _ => l10n::export_xliff(&source, &target)?,
    };
    quiet_pipe(std::io::stdout().lock().write_all(doc.as_bytes()), "the export")
}

fn import(file: &std::path::Path, dir: &std::path::Path, replace: bool) -> Result<ExitCode, String> {
    let source = builtin(smh_errors::SOURCE_LOCALE).ok_or("the library ships no source locale")?;
    let shown = file.display().to_string();
    let fail = |e: l10n::ImportError| format!("{}: {e}", smh_errors::text::escape(&shown));
    let bytes = l10n::read_capped(file).map_err(fail)?;
    let overlay = l10n::import_xliff(&bytes, &source).map_err(fail)?;
    // The overlay, checked as the library would load it.
    let check = |o: &l10n::LocaleFiles, dest: &std::path::Path| {
        o.files
            .iter()
            .fold(Catalog::builder(), |b, f| {
                b.overlay_source(&o.locale, &dest.join(&f.name).display().to_string(), f.text.clone())
            })
            .diagnostics()
    };
    match l10n::write_overlay(&overlay, dir, replace, &check) {
        Ok(dest) => {
            say!("wrote {} ({} file(s))", dest.display(), overlay.files.len());
            Ok(ExitCode::SUCCESS)
        }
        Err(l10n::ImportError::Check(diags)) => {
            for d in diags.iter().filter(|d| d.is_error()) {
                eprintln!("{d}");
            }
            Err(fail(l10n::ImportError::Check(diags)))
        }
        Err(e) => Err(fail(e)),
    }
}

fn generate(root: &std::path::Path, check: bool) -> Result<ExitCode, String> {
    use smh_errors_generate as generate;
    if check {
        let stale = generate::stale(root)?;
        for s in &stale {
            eprintln!("{s}");
        }
        return Ok(if stale.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) });
    }
    for p in generate::write_all(root)? {
        say!("{} {}", if p.exists() { "wrote" } else { "removed" }, p.display());
    }
    Ok(ExitCode::SUCCESS)
}
