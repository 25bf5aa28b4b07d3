//! The franchise section: franchisor, fidelity summary, adaptations, the agreement terms with
//! their status, and both sides' commitments (support, fees, reports), so that the replicator
//! and the franchisor read the same summary. Also the agreement terms as a CSV table.

use super::{Block, Cell, Context, Grid, Para, Row, Section, SectionKind, Table};
use crate::i18n::planning::franchise::{FranchiseTexts, texts};
use crate::model::franchise::{Decision, Franchise};
use crate::model::franchise_findings::findings;
use crate::model::franchise_terms::{TermId, TermStatus};
use crate::model::money::format_money;
use crate::model::text::Lang;

/// The franchise section; left out when the plan says nothing about it and its model lists
/// no elements.
pub(super) fn section(cx: &Context<'_>) -> Option<Section> {
    let f = &cx.plan.franchise;
    let lang = cx.options.lang;
    let has_elements = cx.model.is_some_and(|m| !m.elements.is_empty());
    if *f == Franchise::default() && !has_elements {
        return None;
    }
    let t = texts(lang);
    let mut blocks = vec![Block::Rows(franchisor_rows(cx, t))];
    if let Some(model) = cx.model {
        blocks.push(Block::Paragraph(Para::text(
            t.fidelity_line(f.fidelity(model)),
        )));
    }
    let notes: Vec<Para> = findings(cx.plan, cx.model)
        .iter()
        .map(|finding| Para::text(t.finding(finding, cx.model, lang)))
        .collect();
    if !notes.is_empty() {
        blocks.push(Block::List(notes));
    }
    if !cx.options.headings_only {
        details(cx, t, &mut blocks);
    }
    Some(Section {
        kind: SectionKind::Franchise,
        heading: t.heading.to_owned(),
        new_page: true,
        blocks,
    })
}

fn franchisor_rows(cx: &Context<'_>, t: &FranchiseTexts) -> Vec<Row> {
    let f = &cx.plan.franchise.franchisor;
    let none = cx.s.not_given;
    let kind = f.kind.map_or("", |k| t.franchisor_kind(k));
    let mut rows = vec![Row::new(t.franchisor_heading, kind, none)];
    if f.kind == Some(crate::model::franchise::FranchisorKind::None) {
        rows.push(Row::new(t.know_how_source, &f.know_how_source, none));
    } else {
        rows.push(Row::new(t.franchisor_name, &f.name, none));
        rows.push(Row::new(t.franchisor_contact, &f.contact, none));
    }
    rows
}

fn details(cx: &Context<'_>, t: &FranchiseTexts, blocks: &mut Vec<Block>) {
    let f = &cx.plan.franchise;
    let lang = cx.options.lang;
    if let Some(model) = cx.model {
        let rows: Vec<Vec<Cell>> = model
            .elements
            .iter()
            .filter_map(|e| f.decision(&e.id).map(|d| (e, d)))
            .filter(|(_, d)| d.decision != Decision::Keep)
            .map(|(e, d)| {
                vec![
                    Cell::text(e.name.get(lang)).marked(t.kind(e.kind)),
                    Cell::text(t.decision(d.decision)),
                    Cell::text(d.change.trim()),
                    Cell::text(d.reason.trim()),
                ]
            })
            .collect();
        if !rows.is_empty() {
            blocks.push(Block::Subheading(t.elements_heading.to_owned()));
            let [element, decision, reason, ..] = t.columns;
            let columns = [element, decision, t.change_label, reason];
            blocks.push(Block::Table(Table::new(&columns, rows)));
        }
    }
    blocks.push(Block::Subheading(t.agreement_heading.to_owned()));
    blocks.push(Block::Paragraph(Para::text(t.agreement_hint)));
    let rows = TermId::ALL
        .iter()
        .map(|&id| {
            let note = f
                .agreement
                .iter()
                .find(|a| a.id == id)
                .map_or("", |a| a.note.trim());
            vec![
                Cell::text(t.term(id)),
                Cell::text(t.status(f.term_status(id))),
                Cell::text(note),
            ]
        })
        .collect();
    let [_, _, _, term, status, note] = t.columns;
    let columns = [term, status, note];
    blocks.push(Block::Table(Table::new(&columns, rows)));
    perspectives(f, t, lang, blocks);
}

/// What the franchisor commits to, and what it expects back.
fn perspectives(f: &Franchise, t: &FranchiseTexts, lang: Lang, blocks: &mut Vec<Block>) {
    let term_line = |id: TermId| {
        Para::marked(
            t.term(id),
            (f.term_status(id) != TermStatus::Agreed).then(|| t.status(f.term_status(id))),
        )
    };
    let mut gives: Vec<Para> = TermId::ALL
        .into_iter()
        .filter(|id| id.franchisor_commits())
        .map(term_line)
        .collect();
    gives.extend(
        f.support
            .iter()
            .map(|s| Para::text(joined(&s.what, &s.note))),
    );
    blocks.push(Block::Subheading(t.franchisor_commits.to_owned()));
    blocks.push(Block::List(gives));
    let mut expects: Vec<Para> = [TermId::Brand, TermId::Fees, TermId::Reporting]
        .into_iter()
        .map(term_line)
        .collect();
    expects.extend(f.fees.iter().map(|fee| {
        let amount = format_money(fee.amount, lang);
        Para::text(format!(
            "{} ({}): {amount}",
            fee.name.trim(),
            t.fee_kind(fee.kind)
        ))
    }));
    expects.extend(
        f.reporting
            .iter()
            .map(|r| Para::text(joined(&r.what, &r.how_often))),
    );
    blocks.push(Block::Subheading(t.replicator_commits.to_owned()));
    blocks.push(Block::List(expects));
}

fn joined(a: &str, b: &str) -> String {
    match (a.trim(), b.trim()) {
        (a, "") => a.to_owned(),
        ("", b) => b.to_owned(),
        (a, b) => format!("{a} – {b}"),
    }
}

/// The agreement terms as a table for CSV: term, its code, status, status code, note.
pub fn agreement_grid(franchise: &Franchise, lang: Lang) -> Grid {
    let t = texts(lang);
    let [_, _, _, term, status, note] = t.columns;
    let columns = [term, "id", status, "status", note];
    Grid {
        columns: columns.iter().map(|c| (*c).to_owned()).collect(),
        rows: TermId::ALL
            .iter()
            .map(|&id| {
                let status = franchise.term_status(id);
                let note = franchise
                    .agreement
                    .iter()
                    .find(|a| a.id == id)
                    .map_or("", |a| a.note.as_str());
                vec![
                    t.term(id).to_owned(),
                    id.code().to_owned(),
                    t.status(status).to_owned(),
                    status.code().to_owned(),
                    note.to_owned(),
                ]
            })
            .collect(),
    }
}
