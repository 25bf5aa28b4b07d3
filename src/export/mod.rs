//! Sharing a plan: a neutral document, already in the export's language, built from the plan
//! and the catalogue ([`build`]), and renderers that turn it into a printable HTML page,
//! Markdown text, a CSV sheet of the checklist, a Word document or a PDF ([`render`]). Pure
//! code: no files, no egui.
//!
//! Every renderer walks the same blocks (headings, paragraphs, rows, lists, tables), so a new
//! section is one more builder in [`SECTIONS`] and needs no change in any renderer.
//!
//! The document is a title block plus a list of sections. Each section has one builder in
//! [`SECTIONS`]; a new part of the plan is exported by writing one builder and adding it to
//! that list.

mod appendix;
mod budget;
mod checkins;
mod checklist;
pub mod csv;
mod doc;
pub mod docx;
mod escape;
pub mod figures;
pub mod franchise;
mod grid;
mod health;
pub mod html;
pub mod ics;
pub mod markdown;
pub mod pdf;
mod readiness;
mod schedule;
mod sections;
mod svg;
mod svg_figures;
mod team;

use chrono::NaiveDate;

use crate::i18n::document::strings::{DocStrings, doc_strings};
use crate::i18n::document::{Words, words};
use crate::model::catalogue::{Catalogue, ModelEntry};
use crate::model::plan::Plan;
use crate::model::text::Lang;
pub use doc::{
    Block, Cell, CellKind, ExportDoc, Grid, Links, Para, Row, Section, SectionKind, Table,
};

/// The file formats a plan can be exported to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Format {
    /// One self-contained HTML page, styled for printing on A4.
    #[default]
    Html,
    /// Markdown text.
    Markdown,
    /// The checklist as a spreadsheet (CSV).
    Csv,
    /// A Word document (DOCX), to edit in Word or in Writer.
    Docx,
    /// A PDF, to file as it is.
    Pdf,
    /// A calendar feed (iCalendar, RFC 5545): the dated milestones and tasks, to import into
    /// Outlook, Thunderbird or Google Calendar.
    Ics,
}

impl Format {
    /// All formats, in the order offered to users.
    pub const ALL: [Self; 6] = [
        Self::Html,
        Self::Docx,
        Self::Pdf,
        Self::Markdown,
        Self::Csv,
        Self::Ics,
    ];

    /// The formats written as text (compared byte for byte by golden tests).
    pub const TEXT: [Self; 3] = [Self::Html, Self::Markdown, Self::Csv];

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::Markdown => "md",
            Self::Csv => "csv",
            Self::Docx => "docx",
            Self::Pdf => "pdf",
            Self::Ics => "ics",
        }
    }

    /// True when the format has an outline (CSV always lists the items; the calendar lists
    /// the dated ones).
    pub fn has_outline(self) -> bool {
        !matches!(self, Self::Csv | Self::Ics)
    }

    /// Parses a format name as typed on the command line (`html`, `md`, `markdown`, `csv`,
    /// `docx`, `pdf`, `ics`).
    pub fn from_code(code: &str) -> Option<Self> {
        match code.trim().to_ascii_lowercase().as_str() {
            "html" | "htm" => Some(Self::Html),
            "md" | "markdown" => Some(Self::Markdown),
            "csv" => Some(Self::Csv),
            "docx" | "word" => Some(Self::Docx),
            "pdf" => Some(Self::Pdf),
            "ics" | "ical" | "icalendar" => Some(Self::Ics),
            _ => None,
        }
    }
}

/// The column separator of a CSV export.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Separator {
    /// `;`, what a Polish Excel expects.
    #[default]
    Semicolon,
    /// `,`, the international default.
    Comma,
}

impl Separator {
    /// The separator character.
    pub fn char(self) -> char {
        match self {
            Self::Semicolon => ';',
            Self::Comma => ',',
        }
    }

    /// Parses `;`, `,`, `semicolon` or `comma`.
    pub fn from_code(code: &str) -> Option<Self> {
        match code.trim().to_ascii_lowercase().as_str() {
            ";" | "semicolon" => Some(Self::Semicolon),
            "," | "comma" => Some(Self::Comma),
            _ => None,
        }
    }
}

/// Which table a CSV export holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CsvTable {
    /// The checklist, one row per item.
    #[default]
    Checklist,
    /// The franchise agreement terms with their status and note.
    Agreement,
    /// The schedule: dated tasks and milestones in date order.
    Schedule,
    /// The check-ins after launch, one row per indicator of each.
    CheckIns,
}

impl CsvTable {
    /// All tables, in the order offered to users.
    pub const ALL: [Self; 4] = [
        Self::Checklist,
        Self::Agreement,
        Self::Schedule,
        Self::CheckIns,
    ];

    /// Parses `checklist`, `agreement`, `schedule` or `checkins` (as typed after `--table`).
    pub fn from_code(code: &str) -> Option<Self> {
        match code.trim().to_ascii_lowercase().as_str() {
            "checklist" => Some(Self::Checklist),
            "agreement" => Some(Self::Agreement),
            "schedule" => Some(Self::Schedule),
            "checkins" | "check-ins" => Some(Self::CheckIns),
            _ => None,
        }
    }
}

/// What goes into an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportOptions {
    /// The language of the document (independent of the window's).
    pub lang: Lang,
    /// Add each item's "why it matters", legal basis and source, the legal basis of the team
    /// checks, and the items weak readiness answers suggest.
    pub include_guidance: bool,
    /// Include checklist items whose status is still "to do".
    pub include_not_started: bool,
    /// An outline: the title block, each section's heading with a short summary (score,
    /// totals, checks, what needs attention) and the phase headings with their progress,
    /// without tables, items and section details. (CSV always lists the items.)
    pub headings_only: bool,
    /// Add the full-data appendix: every item with its status, owner, due date, note,
    /// evidence and reason, and every readiness answer, so the document can stand in for the
    /// plan file (not in an outline; CSV always lists every field of the shown items).
    pub appendix: bool,
    /// The CSV column separator.
    pub separator: Separator,
    /// The table a CSV export holds (the other formats hold every section).
    pub csv_table: CsvTable,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            lang: Lang::Pl,
            include_guidance: true,
            include_not_started: true,
            headings_only: false,
            appendix: false,
            separator: Separator::Semicolon,
            csv_table: CsvTable::Checklist,
        }
    }
}

/// What every section builder gets.
#[derive(Clone, Copy, Debug)]
pub struct Context<'a> {
    /// The plan.
    pub plan: &'a Plan,
    /// The catalogue.
    pub catalogue: &'a Catalogue,
    /// The plan's model, when chosen and in the catalogue.
    pub model: Option<&'a ModelEntry>,
    /// The options.
    pub options: &'a ExportOptions,
    /// The document's words.
    pub s: &'static DocStrings,
    /// The words of the readiness, team, budget and health sections and checklist details.
    pub w: Words,
    /// The day of the export (due dates and the health check are judged against it).
    pub today: NaiveDate,
}

/// Builds one section, or nothing when it has nothing to show.
pub type SectionBuilder = fn(&Context<'_>) -> Option<Section>;

/// The sections of an export, in order: the first page introduces the plan and says what
/// needs attention, the details follow, and the long checklist comes last. To export a new
/// part of the plan, add its builder.
pub const SECTIONS: [SectionBuilder; 11] = [
    sections::profile,
    sections::model,
    franchise::section,
    health::section,
    readiness::section,
    team::section,
    budget::section,
    schedule::section,
    sections::checklist,
    checkins::section,
    appendix::section,
];

/// Builds the document for `plan`, exported on `today`.
pub fn build(
    plan: &Plan,
    catalogue: &Catalogue,
    options: &ExportOptions,
    today: NaiveDate,
) -> ExportDoc {
    let s = doc_strings(options.lang);
    let cx = Context {
        plan,
        catalogue,
        model: plan.model_id.as_deref().and_then(|id| catalogue.get(id)),
        options,
        s,
        w: words(options.lang),
        today,
    };
    let title = match plan.name.trim() {
        "" => s.untitled,
        name => name,
    };
    ExportDoc {
        lang: options.lang,
        kicker: s.kicker.to_owned(),
        title: title.to_owned(),
        meta: sections::title_rows(&cx, today),
        sections: SECTIONS.iter().filter_map(|build| build(&cx)).collect(),
        footer: vec![s.footer_verify.to_owned(), s.footer_made_with.to_owned()],
        checklist: match options.csv_table {
            CsvTable::Checklist => grid::checklist_grid(&cx),
            CsvTable::Agreement => franchise::agreement_grid(&plan.franchise, options.lang),
            CsvTable::Schedule => schedule::grid(&cx),
            CsvTable::CheckIns => checkins::checkins_grid(&cx),
        },
        figures: figures::build(&cx),
    }
}

/// Why a document could not be written (the writers work in memory, so this is rare).
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// The Word writer failed.
    #[error("Word document: {0}")]
    Docx(String),
    /// The PDF writer failed.
    #[error("PDF: {0}")]
    Pdf(String),
    /// The calendar is written from the plan ([`export`]), not from the document.
    #[error("the calendar feed is written from the plan, not from the document")]
    CalendarFromDocument,
}

/// The program named as the creator in the metadata of Word and PDF files.
pub const CREATOR: &str = "social-franchise-planner";

/// Renders `doc` in `format`; the bytes of the file to write.
pub fn render(
    doc: &ExportDoc,
    format: Format,
    separator: Separator,
) -> Result<Vec<u8>, RenderError> {
    Ok(match format {
        Format::Html => html::render(doc).into_bytes(),
        Format::Markdown => markdown::render(doc).into_bytes(),
        Format::Csv => csv::render(&doc.checklist, separator),
        Format::Docx => docx::render(doc)?,
        Format::Pdf => pdf::render(doc)?,
        Format::Ics => return Err(RenderError::CalendarFromDocument),
    })
}

/// Builds and renders in one go (the calendar feed straight from the plan).
pub fn export(
    plan: &Plan,
    catalogue: &Catalogue,
    options: &ExportOptions,
    format: Format,
    today: NaiveDate,
) -> Result<Vec<u8>, RenderError> {
    if format == Format::Ics {
        return Ok(ics::render(plan, options, today));
    }
    render(
        &build(plan, catalogue, options, today),
        format,
        options.separator,
    )
}

/// Formats a date the way readers of `lang` expect.
pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Pl => date.format("%d.%m.%Y").to_string(),
        Lang::En => date.format("%-d %B %Y").to_string(),
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod test_support;

#[cfg(test)]
mod tests_plan;

#[cfg(test)]
mod tests_sections;

#[cfg(test)]
mod tests_figures;
