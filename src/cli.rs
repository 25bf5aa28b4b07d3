//! The command line: `models`, `new`, `validate`, `upgrade`, `export`, and the window when
//! no subcommand is given. The catalogue includes the models imported in the window.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::i18n::{file_error_reason, tr};
use crate::io::model_files::{default_imported_models_dir, load_with_imported};
use crate::io::plan_file::{
    MAX_PLAN_BYTES, PlanFileError, load_plan, parse_plan_versioned, read_bounded, save_plan,
    save_plan_with_backup,
};
use crate::model::catalogue::{Catalogue, ModelEntry};
use crate::model::plan::{Plan, SCHEMA_VERSION};
use crate::model::text::Lang;

/// Exit code: success.
pub const EXIT_OK: u8 = 0;
/// Exit code: invalid input (a bad plan, an unknown model, a file that cannot be written).
pub const EXIT_INVALID: u8 = 1;
/// Exit code: the command line itself is wrong.
pub const EXIT_USAGE: u8 = 2;

/// Plan the replication of a social-cooperative model. Without a subcommand, opens the window.
#[derive(Debug, Parser)]
#[command(name = "social-franchise-planner", version, about)]
pub struct Cli {
    /// Open the window, present one frame and exit (for start-up measurements).
    #[arg(long)]
    pub exit_after_first_frame: bool,

    /// A plan file (.json) to open in the window.
    #[arg(value_parser = parse_plan_arg)]
    pub plan: Option<PathBuf>,

    /// What to do instead of opening the window.
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// List the models in the catalogue.
    Models {
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// Language of the table: pl or en.
        #[arg(long, default_value = "pl", value_parser = parse_lang)]
        lang: Lang,
    },
    /// Write a fresh plan for a model.
    New {
        /// The model id (see `models`).
        #[arg(long)]
        model: String,
        /// The plan's name.
        #[arg(long)]
        name: String,
        /// Where to write the plan.
        #[arg(short = 'o', long = "output")]
        output: PathBuf,
        /// Replace the output file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Check plan files; prints one line per file (valid ones on stdout, invalid on stderr).
    Validate {
        /// The plan files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Language of the messages: pl or en.
        #[arg(long, default_value = "pl", value_parser = parse_lang)]
        lang: Lang,
    },
    /// Upgrade plan files in place to the current format, keeping a `.bak` backup of each.
    Upgrade {
        /// The plan files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Language of the messages: pl or en.
        #[arg(long, default_value = "pl", value_parser = parse_lang)]
        lang: Lang,
    },
    /// Export a plan as a printable page (html), a Word document (docx), a PDF (pdf), Markdown
    /// (md) or a checklist sheet (csv).
    Export(crate::cli_export::ExportArgs),
}

/// Accepts an existing file or a name ending in `.json`, so that a mistyped subcommand is a
/// usage error rather than a plan that cannot be found.
fn parse_plan_arg(value: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(value);
    let is_json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    if is_json || path.is_file() {
        Ok(path)
    } else {
        Err(format!("{value:?} is neither a command nor a plan file"))
    }
}

/// Parses a language code for `--lang`.
pub(crate) fn parse_lang(value: &str) -> Result<Lang, String> {
    Lang::from_code(value).ok_or_else(|| format!("unknown language {value:?} (use pl or en)"))
}

/// Runs a subcommand and returns the process exit code.
pub fn run(command: CliCommand) -> ExitCode {
    let loaded = load_with_imported(Catalogue::built_in(), &default_imported_models_dir());
    for (path, err) in &loaded.skipped {
        eprintln!(
            "warning: skipping an imported model file: {err}: {}",
            path.display()
        );
    }
    let catalogue = loaded.catalogue;
    let code = match command {
        CliCommand::Models { json, lang } => list_models(&catalogue, &loaded.imported, json, lang),
        CliCommand::New {
            model,
            name,
            output,
            force,
        } => new_plan(&catalogue, &model, &name, &output, force),
        CliCommand::Validate { files, lang } => validate(&catalogue, &files, lang),
        CliCommand::Upgrade { files, lang } => upgrade(&catalogue, &files, lang),
        CliCommand::Export(args) => crate::cli_export::run(&catalogue, &args),
    };
    ExitCode::from(code)
}

/// The `models --json` record of one model.
pub fn model_json(model: &ModelEntry) -> serde_json::Value {
    serde_json::json!({
        "id": model.id,
        "name_pl": model.name.pl,
        "name_en": model.name.en,
        "family": model.family.code(),
        "provenance": model.provenance.code(),
        "pilot": model.pilot,
    })
}

fn list_models(catalogue: &Catalogue, imported: &BTreeSet<String>, json: bool, lang: Lang) -> u8 {
    let mut out = std::io::stdout().lock();
    let result = if json {
        let all: Vec<_> = catalogue.models.iter().map(model_json).collect();
        serde_json::to_string_pretty(&all)
            .map_err(std::io::Error::other)
            .and_then(|text| writeln!(out, "{text}"))
    } else {
        write_table(&mut out, catalogue, imported, lang)
    };
    match result {
        Ok(()) => EXIT_OK,
        // A closed pipe (e.g. `| head`) is not an error worth a message.
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => EXIT_OK,
        Err(err) => {
            eprintln!("error: cannot write the list: {err}");
            EXIT_INVALID
        }
    }
}

fn write_table(
    out: &mut impl std::io::Write,
    catalogue: &Catalogue,
    imported: &BTreeSet<String>,
    lang: Lang,
) -> std::io::Result<()> {
    let id_width = catalogue
        .models
        .iter()
        .map(|m| m.id.len())
        .max()
        .unwrap_or(2)
        .max(2);
    let (h_id, h_family, h_provenance, h_name, own) = match lang {
        Lang::Pl => ("id", "rodzina", "pochodzenie", "nazwa", " (własny)"),
        Lang::En => ("id", "family", "provenance", "name", " (imported)"),
    };
    writeln!(
        out,
        "{h_id:id_width$}  {h_family:11}  {h_provenance:16}  {h_name}"
    )?;
    for model in &catalogue.models {
        writeln!(
            out,
            "{:id_width$}  {:11}  {:16}  {}{}",
            model.id,
            model.family.code(),
            model.provenance.code(),
            model.name(lang),
            if imported.contains(&model.id) {
                own
            } else {
                ""
            }
        )?;
    }
    Ok(())
}

fn new_plan(catalogue: &Catalogue, model_id: &str, name: &str, output: &Path, force: bool) -> u8 {
    let Some(model) = catalogue.get(model_id) else {
        let known: Vec<_> = catalogue.models.iter().map(|m| m.id.as_str()).collect();
        eprintln!(
            "error: unknown model {model_id:?}; known models: {}",
            known.join(", ")
        );
        return EXIT_INVALID;
    };
    if name.trim().is_empty() {
        eprintln!("error: the plan name is empty");
        return EXIT_USAGE;
    }
    if output.exists() && !force {
        eprintln!(
            "error: the file exists already (use --force to replace it): {}",
            output.display()
        );
        return EXIT_INVALID;
    }
    let mut plan = Plan::new(name.trim(), chrono::Utc::now());
    plan.choose_model(model);
    match save_plan(output, &plan) {
        Ok(()) => {
            println!("{}: new plan for model {}", output.display(), model.id);
            EXIT_OK
        }
        Err(err) => {
            eprintln!("error: cannot write the plan: {err}: {}", output.display());
            EXIT_INVALID
        }
    }
}

/// One line describing the check of `path`, and whether it passed.
pub fn validate_one(catalogue: &Catalogue, path: &Path, lang: Lang) -> Result<String, String> {
    let s = tr(lang);
    let shown = path.display().to_string();
    match load_plan(path) {
        Ok(plan) => match plan.model_id.as_deref() {
            Some(id) if catalogue.get(id).is_none() => {
                Err((s.cli_invalid)(&(s.cli_unknown_model)(id), &shown))
            }
            model => {
                let (done, total) = plan.progress();
                let model = model.unwrap_or(s.not_set);
                Ok((s.cli_ok)(&plan.name, model, done, total, &shown))
            }
        },
        Err(err) => Err((s.cli_invalid)(&file_error_reason(s, &err), &shown)),
    }
}

fn validate(catalogue: &Catalogue, files: &[PathBuf], lang: Lang) -> u8 {
    let mut code = EXIT_OK;
    for path in files {
        match validate_one(catalogue, path, lang) {
            Ok(line) => println!("{line}"),
            Err(line) => {
                eprintln!("{line}");
                code = EXIT_INVALID;
            }
        }
    }
    code
}

/// Upgrades one plan file in place; the line to print, and whether it worked.
pub fn upgrade_one(catalogue: &Catalogue, path: &Path, lang: Lang) -> Result<String, String> {
    let s = tr(lang);
    let shown = path.display().to_string();
    let invalid = |err: &PlanFileError| (s.cli_invalid)(&file_error_reason(s, err), &shown);
    let bytes = read_bounded(path, MAX_PLAN_BYTES).map_err(|err| invalid(&err))?;
    let (mut plan, version) = parse_plan_versioned(&bytes).map_err(|err| invalid(&err))?;
    if version == SCHEMA_VERSION {
        return Ok((s.cli_current)(&shown));
    }
    let model = plan.model_id.as_deref().and_then(|id| catalogue.get(id));
    plan.complete_upgrade(version, model);
    save_plan_with_backup(path, &plan).map_err(|err| invalid(&err))?;
    Ok((s.cli_upgraded)(version, SCHEMA_VERSION, &shown))
}

fn upgrade(catalogue: &Catalogue, files: &[PathBuf], lang: Lang) -> u8 {
    let mut code = EXIT_OK;
    for path in files {
        match upgrade_one(catalogue, path, lang) {
            Ok(line) => println!("{line}"),
            Err(line) => {
                eprintln!("{line}");
                code = EXIT_INVALID;
            }
        }
    }
    code
}
