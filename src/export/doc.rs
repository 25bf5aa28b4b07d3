//! The neutral exported document: a title block, sections of headings, paragraphs, label–value
//! rows, lists and tables, all already in the export's language.

use crate::model::plan::Status;
use crate::model::text::Lang;

/// A plan ready to render: every text resolved to the export's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportDoc {
    /// The document's language.
    pub lang: Lang,
    /// The line above the title.
    pub kicker: String,
    /// The plan's name.
    pub title: String,
    /// The title block's rows (organisation, place, model, date of export).
    pub meta: Vec<Row>,
    /// The sections, in order.
    pub sections: Vec<Section>,
    /// Closing remarks.
    pub footer: Vec<String>,
    /// The checklist as one flat table, one row per exported item (for CSV).
    pub checklist: Grid,
}

/// Which part of the plan a section shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionKind {
    /// Who replicates, and where.
    Profile,
    /// The chosen model.
    Model,
    /// The checklist by phase.
    Checklist,
}

impl SectionKind {
    /// A stable id, used as an HTML anchor.
    pub fn id(self) -> &'static str {
        match self {
            Self::Profile => "profile",
            Self::Model => "model",
            Self::Checklist => "checklist",
        }
    }
}

/// One section of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// Which part of the plan it shows.
    pub kind: SectionKind,
    /// Its heading.
    pub heading: String,
    /// True when a printout should start it on a new page.
    pub new_page: bool,
    /// Its content, in order.
    pub blocks: Vec<Block>,
}

/// A piece of a section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A heading inside the section.
    Subheading(String),
    /// A paragraph.
    Paragraph(Para),
    /// Label–value pairs.
    Rows(Vec<Row>),
    /// A bulleted list.
    List(Vec<Para>),
    /// A table.
    Table(Table),
}

/// A line of text, with an optional mark (such as "to verify") and an optional web address.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Para {
    /// The text.
    pub text: String,
    /// A short mark shown after the text, e.g. "to verify".
    pub mark: Option<String>,
    /// A web address shown after the text (http or https only).
    pub url: Option<String>,
}

impl Para {
    /// Plain text.
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            ..Self::default()
        }
    }

    /// Text with a mark.
    pub fn marked(text: impl Into<String>, mark: Option<&str>) -> Self {
        Self {
            text: text.into(),
            mark: mark.map(str::to_owned),
            url: None,
        }
    }
}

/// A label and its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The label.
    pub label: String,
    /// The value.
    pub value: String,
}

impl Row {
    /// A row; an empty value is shown as `not_given`.
    pub fn new(label: &str, value: &str, not_given: &str) -> Self {
        let value = value.trim();
        Self {
            label: label.to_owned(),
            value: if value.is_empty() { not_given } else { value }.to_owned(),
        }
    }
}

/// A table with a header row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// Column headings.
    pub columns: Vec<String>,
    /// The rows; each has one cell per column.
    pub rows: Vec<Vec<Cell>>,
}

/// What a table cell holds, which decides its look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellKind {
    /// Ordinary text.
    Text,
    /// A number, aligned right.
    Number,
    /// The user's notes (line breaks kept).
    Notes,
    /// A checklist status (shown as its name, never by colour alone).
    Status(Status),
}

/// One table cell: a main text, an optional mark, and smaller lines under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// What the cell holds.
    pub kind: CellKind,
    /// The main text.
    pub text: String,
    /// A short mark after the text, e.g. "to verify".
    pub mark: Option<String>,
    /// Smaller lines under the text, each with a label ("Why it matters: ...").
    pub details: Vec<Row>,
}

impl Cell {
    /// A plain text cell.
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            kind: CellKind::Text,
            text: text.into(),
            mark: None,
            details: Vec::new(),
        }
    }
}

/// A plain table of texts (header and rows), used for CSV.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grid {
    /// Column headings.
    pub columns: Vec<String>,
    /// The rows.
    pub rows: Vec<Vec<String>>,
}
