//! `smh-errors`: explain SMH API error codes and responses in your language.
//!
//! Thin over the library: argument parsing and printing only.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use smh_errors::{catalog::check_dir, parse_response, Catalog, ErrorCode, Kind, Lookup, Resolution, Response};

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
    Check {
        /// Directories to check; default: ./catalog.
        dirs: Vec<PathBuf>,
    },
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Check { .. }) {
        if let Some(e) = Catalog::global_error() {
            eprintln!("smh-errors: warning: ignoring SMH_ERRORS_CATALOG_DIR: {e}");
        }
    }
    let catalog = Catalog::global();
    let result = match cli.command {
        Command::Explain { code, out } => {
            let hit = catalog.lookup(&code, out.locale.as_deref());
            if out.json {
                println!("{}", hit.to_json());
            } else {
                print_lookup(&hit);
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
                println!("{}", serde_json::Value::Array(all));
            } else {
                let width = hits.iter().map(|h| h.code.len()).max().unwrap_or(0);
                for h in &hits {
                    let kind = h.kind.map_or("", Kind::as_str);
                    let retry = if h.retryable { "retryable" } else { "" };
                    println!("{:width$}  {kind:8}  {retry:9}  {}", h.code, h.message);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Locales => {
            for l in catalog.locales() {
                println!("{l}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { dirs } => check(dirs),
    };
    match result {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("smh-errors: {msg}");
            ExitCode::from(2)
        }
    }
}

fn print_lookup(h: &Lookup<'_>) {
    let how = match h.resolution {
        Resolution::Exact => "exact".to_string(),
        Resolution::Parent => format!("via parent {}", h.matched_str()),
        Resolution::Generic => "unknown code".to_string(),
    };
    let mut tags = vec![h.locale.to_string(), how];
    if let Some(k) = h.kind {
        tags.push(k.as_str().to_string());
        tags.push(if h.retryable { "retryable" } else { "not retryable" }.to_string());
    }
    println!("{} [{}]", h.code, tags.join(", "));
    println!("  {}", h.message);
    if let Some(u) = h.doc_url {
        println!("  see: {u}");
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
        println!("{}", response.to_json(catalog, out.locale.as_deref()));
        return Ok(ExitCode::SUCCESS);
    }
    match &response {
        Response::Success { request_id } => match request_id {
            Some(r) => println!("success (request id {r})"),
            None => println!("success"),
        },
        Response::Error(e) => {
            print_lookup(&catalog.lookup(&e.code, out.locale.as_deref()));
            if let Some(m) = &e.server_message {
                println!("  server: {m}");
            }
            if let Some(r) = &e.request_id {
                println!("  request id: {r}");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn check(mut dirs: Vec<PathBuf>) -> Result<ExitCode, String> {
    if dirs.is_empty() {
        let default = PathBuf::from("catalog");
        if !default.is_dir() {
            return Err("no directory given and there is no ./catalog here; try: smh-errors check DIR".into());
        }
        dirs.push(default);
    }
    let (mut errors, mut warnings) = (0, 0);
    let mut stdout = std::io::stdout().lock();
    for dir in &dirs {
        for d in check_dir(dir) {
            if d.is_error() {
                errors += 1;
            } else {
                warnings += 1;
            }
            let _ = writeln!(stdout, "{d}");
        }
    }
    let shown: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
    eprintln!("{}: {errors} error(s), {warnings} warning(s)", shown.join(", "));
    Ok(if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
