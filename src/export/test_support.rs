//! What the tests of the whole-plan sections share: the fixture plan and model, and ways to
//! look into a built document.

use chrono::NaiveDate;

use super::{Block, ExportDoc, ExportOptions, Format, Section, SectionKind, Table, build, export};
use crate::io::plan_file::parse_plan;
use crate::model::catalogue::{Catalogue, parse_model};
use crate::model::plan::Plan;
use crate::model::text::Lang;

/// A catalogue holding only the fixture model.
pub(super) fn catalogue() -> Catalogue {
    let model = parse_model(include_str!("../../tests/golden/fixture_model.json")).unwrap();
    Catalogue::from_models(vec![model])
}

/// The fixture plan, with every part filled in.
pub(super) fn plan() -> Plan {
    parse_plan(include_bytes!("../../tests/golden/fixture_plan.json")).unwrap()
}

/// The fixed day of export.
pub(super) fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

/// The default options, in English.
pub(super) fn english() -> ExportOptions {
    ExportOptions {
        lang: Lang::En,
        ..ExportOptions::default()
    }
}

/// The document built from `plan` on [`today`].
pub(super) fn doc(plan: &Plan, options: &ExportOptions) -> ExportDoc {
    build(plan, &catalogue(), options, today())
}

/// The file `plan` exports to in `format`.
pub(super) fn text(plan: &Plan, options: &ExportOptions, format: Format) -> String {
    String::from_utf8(export(plan, &catalogue(), options, format, today()).unwrap()).unwrap()
}

/// The section of `kind`.
pub(super) fn section(doc: &ExportDoc, kind: SectionKind) -> &Section {
    doc.sections.iter().find(|s| s.kind == kind).unwrap()
}

/// The tables of a section, in order.
pub(super) fn tables(section: &Section) -> Vec<&Table> {
    let tables = section.blocks.iter().filter_map(|b| match b {
        Block::Table(t) => Some(t),
        _ => None,
    });
    tables.collect()
}

/// Every text of a section (headings, paragraphs, rows, list items, cells), one per line.
pub(super) fn words(section: &Section) -> String {
    let mut out = Vec::new();
    for block in &section.blocks {
        match block {
            Block::Subheading(text) => out.push(text.clone()),
            Block::Paragraph(para) => out.push(para.text.clone()),
            Block::Rows(rows) => {
                out.extend(rows.iter().map(|r| format!("{}: {}", r.label, r.value)));
            }
            Block::List(items) => out.extend(items.iter().map(|p| p.text.clone())),
            Block::Table(table) => {
                for cell in table.rows.iter().chain(&table.totals).flatten() {
                    out.push(cell.text.clone());
                    out.extend(cell.marks.iter().cloned());
                    out.extend(
                        cell.details
                            .iter()
                            .map(|d| format!("{}: {}", d.label, d.value)),
                    );
                }
            }
        }
    }
    out.join("\n")
}

/// The words of the budget section.
pub(super) fn budget_words(plan: &Plan, options: &ExportOptions) -> String {
    words(section(&doc(plan, options), SectionKind::Budget))
}
