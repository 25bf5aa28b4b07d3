//! The `export` subcommand: a plan file to HTML, Word (DOCX), PDF, Markdown, CSV or a
//! calendar feed (ICS).

use std::path::{Path, PathBuf};

use super::args::{EXIT_INVALID, EXIT_OK, EXIT_USAGE, complain, parse_lang, say};
use crate::export::{CsvTable, ExportOptions, Format, Separator, export};
use crate::i18n::export_dialog::messages;
use crate::i18n::{Lang, tr};
use crate::io::export_file::{default_output_path, write_export};
use crate::io::loader::load;
use crate::model::catalogue::Catalogue;

/// Arguments of `export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The plan file (.json).
    pub file: PathBuf,
    /// The format: html (to print), docx (Word, to edit), pdf (to file), md (Markdown), csv
    /// (the checklist as a sheet) or ics (milestones and due dates for a calendar).
    #[arg(long, value_parser = parse_format)]
    pub format: Format,
    /// Language of the document and the messages: pl or en.
    #[arg(long, default_value = "pl", value_parser = parse_lang)]
    pub lang: Lang,
    /// Where to write; by default next to the plan, with the format's extension.
    #[arg(short = 'o', long = "output")]
    pub output: Option<PathBuf>,
    /// CSV column separator: ';' (Polish Excel) or ','.
    #[arg(long, default_value = ";", value_parser = parse_separator)]
    pub separator: Separator,
    /// Leave out "why it matters", legal bases and sources.
    #[arg(long)]
    pub no_guidance: bool,
    /// Leave out items not yet started.
    #[arg(long)]
    pub skip_not_started: bool,
    /// Only section and phase headings, without the items (all formats but CSV).
    #[arg(long)]
    pub headings_only: bool,
    /// Add an appendix with the plan's full data: every item with its note, evidence and
    /// decision, and the plan file's details (all formats but CSV).
    #[arg(long)]
    pub appendix: bool,
    /// The table of a CSV export: checklist (the default), agreement (the franchise
    /// agreement terms with their status and note), schedule (dated tasks and milestones in
    /// date order) or checkins (the check-ins after launch, one row per indicator). CSV only.
    #[arg(long, default_value = "checklist", value_parser = parse_table)]
    pub table: CsvTable,
}

fn parse_table(value: &str) -> Result<CsvTable, String> {
    CsvTable::from_code(value).ok_or_else(|| {
        format!("unknown table {value:?} (use checklist, agreement, schedule or checkins)")
    })
}

fn parse_format(value: &str) -> Result<Format, String> {
    Format::from_code(value)
        .ok_or_else(|| format!("unknown format {value:?} (use html, docx, pdf, md, csv or ics)"))
}

fn parse_separator(value: &str) -> Result<Separator, String> {
    Separator::from_code(value).ok_or_else(|| format!("unknown separator {value:?} (use ; or ,)"))
}

impl ExportArgs {
    /// The export options the arguments ask for.
    pub fn options(&self) -> ExportOptions {
        ExportOptions {
            lang: self.lang,
            include_guidance: !self.no_guidance,
            include_not_started: !self.skip_not_started,
            headings_only: self.headings_only,
            appendix: self.appendix,
            separator: self.separator,
            csv_table: self.table,
        }
    }

    /// The output path: `-o`, or the plan's path with the format's extension.
    pub fn output_path(&self) -> PathBuf {
        self.output
            .clone()
            .unwrap_or_else(|| default_output_path(&self.file, self.format))
    }
}

/// Exports the plan; the line to print and whether it worked.
pub fn export_one(catalogue: &Catalogue, args: &ExportArgs) -> Result<String, String> {
    let s = tr(args.lang);
    let m = messages(args.lang);
    let plan = load(&args.file, catalogue)
        .map_err(|err| (s.cli_invalid)(&err.reason(args.lang), &shown(&args.file)))?
        .plan;
    let output = args.output_path();
    let today = chrono::Local::now().date_naive();
    let bytes = export(&plan, catalogue, &args.options(), args.format, today)
        .map_err(|err| (m.failed)(&err.to_string(), &shown(&output)))?;
    match write_export(&output, &bytes, Some(&args.file)) {
        Ok(()) => Ok((m.exported)(&shown(&output))),
        Err(err) => {
            log::debug!("Exporting {:?} to {output:?} failed: {err}", args.file);
            Err((m.failed)(&err.reason(args.lang), &shown(&output)))
        }
    }
}

/// Runs `export` and returns the exit code.
pub fn run(catalogue: &Catalogue, args: &ExportArgs) -> u8 {
    if args.table != CsvTable::Checklist && args.format != Format::Csv {
        complain(match args.lang {
            Lang::Pl => "--table działa tylko z --format csv",
            Lang::En => "--table needs --format csv",
        });
        return EXIT_USAGE;
    }
    match export_one(catalogue, args) {
        Ok(line) => {
            say(&line);
            EXIT_OK
        }
        Err(line) => {
            complain(&line);
            EXIT_INVALID
        }
    }
}

fn shown(path: &Path) -> String {
    path.display().to_string()
}
