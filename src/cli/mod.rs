//! The command line: `models`, `new`, `validate`, `upgrade`, `export`, and the window when
//! no subcommand is given. The catalogue includes the models imported in the window.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::i18n::tr;
use crate::io::loader::{LoadWarning, load, load_bytes};
use crate::io::model_files::{default_imported_models_dir, load_with_imported};
use crate::io::plan_file::{PlanFileError, plan_to_json};
use crate::io::save::{resolve_links, rewrite_plan_file, write_atomically};
use crate::model::catalogue::{Catalogue, ModelEntry};
use crate::model::plan::{Plan, SCHEMA_VERSION};
use crate::model::text::Lang;

mod args;
pub mod export;

pub use args::{EXIT_INVALID, EXIT_OK, EXIT_USAGE, escape_controls};
use args::{complain, parse_lang, say};

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
        /// Replace the output file if it exists (or write through a link to a missing file).
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
        /// Replace read-only plan files too.
        #[arg(long)]
        force: bool,
        /// Language of the messages: pl or en.
        #[arg(long, default_value = "pl", value_parser = parse_lang)]
        lang: Lang,
    },
    /// Export a plan as a printable page (html), a Word document (docx), a PDF (pdf), Markdown
    /// (md) or a checklist sheet (csv).
    Export(export::ExportArgs),
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

/// Runs a subcommand and returns the process exit code.
pub fn run(command: CliCommand) -> ExitCode {
    let loaded = load_with_imported(Catalogue::built_in(), &default_imported_models_dir());
    for (path, err) in &loaded.skipped {
        complain(&format!(
            "warning: skipping an imported model file: {err}: {}",
            path.display()
        ));
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
        CliCommand::Upgrade { files, lang, force } => upgrade(&catalogue, &files, lang, force),
        CliCommand::Export(args) => export::run(&catalogue, &args),
    };
    ExitCode::from(code)
}

/// The `models --json` record of one model.
pub fn model_json(model: &ModelEntry) -> serde_json::Value {
    let (core, adaptable) = crate::model::franchise_elements::element_counts(&model.elements);
    serde_json::json!({
        "id": model.id,
        "name_pl": model.name.pl,
        "name_en": model.name.en,
        "family": model.family.code(),
        "provenance": model.provenance.code(),
        "pilot": model.pilot,
        "core_elements": core,
        "adaptable_elements": adaptable,
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
            complain(&format!("error: cannot write the list: {err}"));
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
            escape_controls(&model.id),
            model.family.code(),
            model.provenance.code(),
            escape_controls(model.name(lang)),
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
        complain(&format!(
            "error: unknown model {model_id:?}; known models: {}",
            known.join(", ")
        ));
        return EXIT_INVALID;
    };
    if name.trim().is_empty() {
        complain("error: the plan name is empty");
        return EXIT_USAGE;
    }
    // A link counts as the file it names, even a dangling one: `--force` writes its target.
    if std::fs::symlink_metadata(output).is_ok() && !force {
        complain(&format!(
            "error: the file exists already (use --force to replace it): {}",
            output.display()
        ));
        return EXIT_INVALID;
    }
    let mut plan = Plan::new(name.trim(), chrono::Utc::now());
    plan.choose_model(model);
    let written = plan_to_json(&plan).and_then(|json| write_new_plan(output, &json, force));
    match written {
        Ok(()) => {
            say(&format!(
                "{}: new plan for model {}",
                output.display(),
                model.id
            ));
            EXIT_OK
        }
        Err(err) => {
            complain(&format!(
                "error: cannot write the plan: {err}: {}",
                output.display()
            ));
            EXIT_INVALID
        }
    }
}

/// Writes a fresh plan; a read-only file in the way is replaced only with `force`.
fn write_new_plan(output: &Path, json: &str, force: bool) -> Result<(), PlanFileError> {
    let target = resolve_links(output)?;
    let read_only = std::fs::metadata(&target).is_ok_and(|m| m.permissions().readonly());
    if read_only && !force {
        return Err(PlanFileError::ReadOnly);
    }
    write_atomically(&target, json.as_bytes())
}

/// One line describing the check of `path`, and whether it passed. A plan that loads with a
/// warning (an unknown model) passes, with the warning as its line.
pub fn validate_one(catalogue: &Catalogue, path: &Path, lang: Lang) -> Result<String, String> {
    let s = tr(lang);
    let shown = path.display().to_string();
    match load(path, catalogue) {
        Ok(loaded) => match loaded.warnings.first() {
            Some(LoadWarning::UnknownModel(id)) => {
                Ok((s.cli_warning)(&(s.cli_unknown_model)(id), &shown))
            }
            None => {
                let plan = &loaded.plan;
                let (done, total) = plan.progress();
                let model = plan.model_id.as_deref().unwrap_or(s.not_set);
                Ok((s.cli_ok)(&plan.name, model, done, total, &shown))
            }
        },
        Err(err) => Err((s.cli_invalid)(&err.reason(s.lang), &shown)),
    }
}

fn validate(catalogue: &Catalogue, files: &[PathBuf], lang: Lang) -> u8 {
    report_each(files, |path| validate_one(catalogue, path, lang))
}

/// Prints one line per file (successes on stdout, failures on stderr); the exit code.
fn report_each(files: &[PathBuf], mut one: impl FnMut(&Path) -> Result<String, String>) -> u8 {
    let mut code = EXIT_OK;
    for path in files {
        match one(path) {
            Ok(line) => say(&line),
            Err(line) => {
                complain(&line);
                code = EXIT_INVALID;
            }
        }
    }
    code
}

/// Upgrades one plan file in place, under its lock, keeping the bytes read as `.bak`; the
/// line to print, and whether it worked. `force` replaces a read-only file.
pub fn upgrade_one(
    catalogue: &Catalogue,
    path: &Path,
    lang: Lang,
    force: bool,
) -> Result<String, String> {
    let s = tr(lang);
    let shown = path.display().to_string();
    let invalid = |err: &PlanFileError| (s.cli_invalid)(&err.reason(s.lang), &shown);
    let from = rewrite_plan_file(path, force, |bytes| {
        let loaded = load_bytes(bytes, catalogue)?;
        let from = loaded.upgraded_from();
        Ok((from, from.map(|_| loaded.plan)))
    })
    .map_err(|err| invalid(&err))?;
    Ok(match from {
        Some(version) => (s.cli_upgraded)(version, SCHEMA_VERSION, &shown),
        None => (s.cli_current)(&shown),
    })
}

fn upgrade(catalogue: &Catalogue, files: &[PathBuf], lang: Lang, force: bool) -> u8 {
    report_each(files, |path| upgrade_one(catalogue, path, lang, force))
}
