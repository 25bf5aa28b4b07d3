//! The readiness section: the score, the verdict against the pass mark and each question's
//! answer, with the checklist item a weak answer suggests.

use super::{Block, Cell, CellKind, Context, Para, Section, SectionKind, Table};
use crate::model::readiness::{MAX_POINTS, PASS_PERCENT, QUESTIONS, Question, suggested_entry};

/// The readiness self-assessment.
pub(super) fn section(cx: &Context<'_>) -> Option<Section> {
    let w = cx.w.readiness;
    let summary = cx.plan.readiness.summary();
    let mut blocks = Vec::new();
    if summary.answered == 0 {
        blocks.push(Block::Paragraph(Para::text(w.empty)));
    } else {
        let verdict = if !summary.is_complete() {
            (w.verdict_incomplete)(summary.answered, summary.questions)
        } else if summary.passes() {
            w.verdict_pass.to_owned()
        } else {
            w.verdict_low.to_owned()
        };
        let score = (w.score)(summary.points, summary.max);
        blocks.push(Block::Paragraph(Para::text(format!("{score} {verdict}"))));
        if !cx.options.headings_only {
            let threshold = (w.threshold)(summary.threshold(), summary.max, PASS_PERCENT);
            blocks.push(Block::Paragraph(Para::text(threshold)));
            blocks.push(Block::Table(answers_table(cx)));
        }
    }
    Some(Section {
        kind: SectionKind::Readiness,
        heading: w.heading.to_owned(),
        new_page: false,
        blocks,
    })
}

fn answers_table(cx: &Context<'_>) -> Table {
    let w = cx.w.readiness;
    let rows = QUESTIONS
        .iter()
        .enumerate()
        .map(|(index, question)| {
            let score = cx.plan.readiness.score(question.id);
            let answer = score
                .and_then(|points| w.answers.get(usize::from(points)))
                .copied()
                .unwrap_or(w.not_answered);
            let points = score.map(|p| p.to_string()).unwrap_or_default();
            vec![
                Cell::of(CellKind::Number, (index + 1).to_string()),
                question_cell(cx, question, score),
                Cell::text(answer),
                Cell::of(CellKind::Number, points),
            ]
        })
        .collect();
    Table::new(
        &[cx.s.col_number, w.col_question, w.col_answer, w.col_points],
        rows,
    )
}

/// The question's title, its statement and, for a weak answer with guidance on, the item it
/// suggests (saying whether the checklist has it already).
fn question_cell(cx: &Context<'_>, question: &Question, score: Option<u8>) -> Cell {
    let w = cx.w.readiness;
    let lang = cx.options.lang;
    let mut cell = Cell::text(question.title.get(lang)).detail("", question.statement.get(lang));
    let weak = score.is_some_and(|points| points < MAX_POINTS);
    if weak
        && cx.options.include_guidance
        && let Some(entry) = suggested_entry(question)
    {
        let text = entry.text.get(lang).trim().to_owned();
        let text = if cx.plan.has_suggestion(question) {
            format!("{text} ({})", w.on_list)
        } else {
            text
        };
        cell = cell.detail(w.suggested, text);
    }
    cell
}
