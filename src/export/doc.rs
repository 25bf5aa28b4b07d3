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
    /// The table a CSV export writes: the checklist as one flat table, one row per exported
    /// item, or the agreement terms (see [`super::CsvTable`]).
    pub checklist: Grid,
    /// The pictures the HTML export draws (the other formats carry the same numbers as text).
    pub figures: super::figures::Figures,
}

/// Which part of the plan a section shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionKind {
    /// Who replicates, and where.
    Profile,
    /// The chosen model.
    Model,
    /// The franchise: franchisor, fidelity, adaptations, agreement, commitments.
    Franchise,
    /// The checklist by phase.
    Checklist,
    /// The readiness self-assessment.
    Readiness,
    /// Head counts and the legal checks on them.
    Team,
    /// Start-up costs and funding.
    Budget,
    /// The dated tasks and milestones in date order.
    Schedule,
    /// What needs attention.
    Health,
    /// The check-ins after launch.
    CheckIns,
    /// The full-data appendix.
    Appendix,
}

impl SectionKind {
    /// A stable id, used as an HTML anchor.
    pub fn id(self) -> &'static str {
        match self {
            Self::Profile => "profile",
            Self::Model => "model",
            Self::Franchise => "franchise",
            Self::Checklist => "checklist",
            Self::Readiness => "readiness",
            Self::Team => "team",
            Self::Budget => "budget",
            Self::Schedule => "schedule",
            Self::Health => "health",
            Self::CheckIns => "checkins",
            Self::Appendix => "appendix",
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
    /// The label (inside a table cell it may be empty: the value is shown alone).
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
    /// Closing rows (totals), shown apart from the others; each has one cell per column.
    pub totals: Vec<Vec<Cell>>,
}

impl Table {
    /// Relative column widths: a text column gets its longest text (within bounds); a
    /// number, amount, date or status column gets room for its longest word, which is never
    /// broken inside.
    pub fn column_weights(&self) -> Vec<f32> {
        (0..self.columns.len())
            .map(|i| {
                let cells = || {
                    self.rows
                        .iter()
                        .chain(&self.totals)
                        .filter_map(move |row| row.get(i))
                };
                let kept_whole =
                    cells().any(|cell| !matches!(cell.kind, CellKind::Text | CellKind::Notes));
                let texts = cells()
                    .map(|cell| cell.text.as_str())
                    .chain(self.columns.get(i).map(String::as_str));
                let (mut longest, mut word) = (1_u16, 1_u16);
                for text in texts {
                    let count = |t: &str| u16::try_from(t.chars().count()).unwrap_or(u16::MAX);
                    longest = longest.max(count(text));
                    word = word.max(text.split_whitespace().map(count).max().unwrap_or(0));
                }
                if kept_whole {
                    f32::from(word.min(30)) * 1.4 + 4.0
                } else {
                    f32::from(longest.clamp(8, 40))
                }
            })
            .collect()
    }

    /// A table with these column headings and rows, without totals.
    pub fn new(columns: &[&str], rows: Vec<Vec<Cell>>) -> Self {
        Self {
            columns: columns.iter().map(|c| (*c).to_owned()).collect(),
            rows,
            totals: Vec::new(),
        }
    }
}

/// What a table cell holds, which decides its look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellKind {
    /// Ordinary text.
    Text,
    /// A number, aligned right.
    Number,
    /// An amount of money, aligned right and kept on one line.
    Amount,
    /// A date, kept on one line.
    Date,
    /// The user's notes (line breaks kept).
    Notes,
    /// A checklist status (shown as its name, never by colour alone).
    Status(Status),
}

/// One table cell: a main text, optional marks, and smaller lines under it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// What the cell holds.
    pub kind: CellKind,
    /// The main text.
    pub text: String,
    /// Short marks after the text, e.g. "to verify".
    pub marks: Vec<String>,
    /// Smaller lines under the text, each with a label ("Why it matters: ...").
    pub details: Vec<Row>,
    /// A labelled list of web addresses or references under the details (e.g. evidence).
    pub links: Option<Links>,
}

impl Cell {
    /// A plain text cell.
    pub fn text(text: impl Into<String>) -> Self {
        Self::of(CellKind::Text, text)
    }

    /// A cell of `kind`.
    pub fn of(kind: CellKind, text: impl Into<String>) -> Self {
        Self {
            kind,
            text: text.into(),
            marks: Vec::new(),
            details: Vec::new(),
            links: None,
        }
    }

    /// The cell with one more mark.
    #[must_use]
    pub fn marked(mut self, mark: &str) -> Self {
        self.marks.push(mark.to_owned());
        self
    }

    /// The cell with one more detail line (an empty label shows the value alone).
    #[must_use]
    pub fn detail(mut self, label: &str, value: impl Into<String>) -> Self {
        self.details.push(Row {
            label: label.to_owned(),
            value: value.into(),
        });
        self
    }
}

/// A labelled list under a cell's text. Items that are http or https addresses become links;
/// anything else is shown as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Links {
    /// The label, e.g. "Evidence".
    pub label: String,
    /// The addresses or references, in order.
    pub items: Vec<String>,
}

/// A plain table of texts (header and rows), used for CSV.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grid {
    /// Column headings.
    pub columns: Vec<String>,
    /// The rows.
    pub rows: Vec<Vec<String>>,
}
