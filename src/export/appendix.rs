//! The full-data appendix (an export option): the plan file's own facts and every checklist
//! item, shown or skipped, with each field the user filled in (status, owner, due date, note,
//! reason for "not applicable", evidence), so the document can stand in for the plan file.
//! The readiness answers, head counts and budget lines are already complete in their sections.

use super::checklist::{Item, items, phase_name, status_name};
use super::{Block, Cell, CellKind, Context, Links, Para, Row, Section, SectionKind, Table};
use crate::model::text::Lang;

/// The appendix's own words.
struct Words {
    heading: &'static str,
    intro: &'static str,
    file: &'static str,
    model_id: &'static str,
    created: &'static str,
    modified: &'static str,
    schema: &'static str,
    items: &'static str,
    col_id: &'static str,
    na_reason: &'static str,
    evidence: &'static str,
    custom: &'static str,
}

const PL: Words = Words {
    heading: "Załącznik: pełne dane planu",
    intro: "Wszystkie zadania listy kontrolnej ze wszystkimi wpisanymi danymi, także zadania \
            pominięte wyżej, oraz dane pliku planu.",
    file: "Plik planu",
    model_id: "Identyfikator modelu",
    created: "Utworzono",
    modified: "Ostatnia zmiana",
    schema: "Wersja formatu pliku",
    items: "Wszystkie zadania",
    col_id: "Identyfikator",
    na_reason: "Powód „nie dotyczy”",
    evidence: "Dowody",
    custom: "zadanie własne",
};

const EN: Words = Words {
    heading: "Appendix: the plan's full data",
    intro: "Every checklist item with everything entered for it, including items left out \
            above, and the plan file's own details.",
    file: "Plan file",
    model_id: "Model id",
    created: "Created",
    modified: "Last changed",
    schema: "File format version",
    items: "All items",
    col_id: "Id",
    na_reason: "Reason for “not applicable”",
    evidence: "Evidence",
    custom: "own item",
};

fn words(lang: Lang) -> &'static Words {
    crate::i18n::by_lang(lang, &PL, &EN)
}

/// The appendix, when the option asks for it (never in an outline).
pub(super) fn section(cx: &Context<'_>) -> Option<Section> {
    if !cx.options.appendix || cx.options.headings_only {
        return None;
    }
    let (s, w) = (cx.s, words(cx.options.lang));
    let plan = cx.plan;
    let stamp = |at: chrono::DateTime<chrono::Utc>| at.format("%Y-%m-%d %H:%M UTC").to_string();
    let file_rows = vec![
        Row::new(
            w.model_id,
            plan.model_id.as_deref().unwrap_or_default(),
            s.not_given,
        ),
        Row::new(w.created, &stamp(plan.created), s.not_given),
        Row::new(w.modified, &stamp(plan.modified), s.not_given),
        Row::new(w.schema, &plan.schema_version.to_string(), s.not_given),
    ];
    let all = items(cx);
    let mut blocks = vec![
        Block::Paragraph(Para::text(w.intro)),
        Block::Subheading(w.file.to_owned()),
        Block::Rows(file_rows),
    ];
    if !all.is_empty() {
        blocks.push(Block::Subheading(w.items.to_owned()));
        blocks.push(Block::Table(items_table(cx, w, &all)));
    }
    Some(Section {
        kind: SectionKind::Appendix,
        heading: w.heading.to_owned(),
        new_page: true,
        blocks,
    })
}

fn items_table(cx: &Context<'_>, w: &Words, all: &[Item<'_>]) -> Table {
    let s = cx.s;
    let rows = all
        .iter()
        .map(|item| {
            let entry = item.entry;
            let mut id = Cell::text(entry.id.as_str());
            if item.is_custom() {
                id = id.marked(w.custom);
            }
            let mut notes = Cell::of(CellKind::Notes, entry.note.trim());
            if !entry.na_reason.trim().is_empty() {
                notes = notes.detail(w.na_reason, entry.na_reason.trim());
            }
            let evidence = item.evidence();
            if !evidence.is_empty() {
                notes.links = Some(Links {
                    label: w.evidence.to_owned(),
                    items: evidence,
                });
            }
            vec![
                Cell::of(CellKind::Number, item.number.to_string()),
                id,
                Cell::text(phase_name(s, entry.phase)),
                Cell::text(item.task(cx)),
                Cell::of(CellKind::Status(entry.status), status_name(s, entry.status)),
                Cell::text(entry.owner.trim()),
                Cell::of(CellKind::Date, item.due(cx)),
                notes,
            ]
        })
        .collect();
    Table::new(
        &[
            s.col_number,
            w.col_id,
            s.col_phase,
            s.col_task,
            s.col_status,
            s.col_owner,
            s.col_due,
            s.col_notes,
        ],
        rows,
    )
}
