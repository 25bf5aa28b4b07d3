//! The schedule: every dated task the export shows and every dated milestone, in date order
//! (a milestone before the tasks of its day). It is a section of every document and a table of
//! its own in CSV; the HTML export draws it as the timeline too.

use chrono::NaiveDate;

use super::checklist::{Item, items, phase_name, status_name};
use super::{Block, Cell, CellKind, Context, Grid, Para, Section, SectionKind, Table};
use crate::i18n::document::schedule::words;
use crate::model::dates::format_date;
use crate::model::milestones::Milestone;
use crate::model::progress::{Due, due_state};

/// What happens on a date: a milestone or a task.
#[derive(Clone, Copy, Debug)]
pub(super) enum What<'a> {
    /// A milestone.
    Milestone(&'a Milestone),
    /// A checklist item.
    Task(Item<'a>),
}

/// One line of the schedule.
#[derive(Clone, Copy, Debug)]
pub(super) struct Dated<'a> {
    /// The date.
    pub date: NaiveDate,
    /// What is due then.
    pub what: What<'a>,
}

/// The dated milestones and the dated tasks the options show, in date order.
pub(super) fn dated<'a>(cx: &Context<'a>) -> Vec<Dated<'a>> {
    let milestones = cx.plan.milestones.iter().filter_map(|m| {
        m.date.map(|date| Dated {
            date,
            what: What::Milestone(m),
        })
    });
    let tasks = items(cx)
        .into_iter()
        .filter(|i| i.shown)
        .filter_map(|item| {
            item.entry.due.map(|date| Dated {
                date,
                what: What::Task(item),
            })
        });
    let mut all: Vec<Dated<'a>> = milestones.chain(tasks).collect();
    // Stable: milestones keep their order, tasks their phase order, within a day.
    all.sort_by_key(|d| (d.date, matches!(d.what, What::Task(_))));
    all
}

/// The columns: date, what, phase, status, owner.
fn columns(cx: &Context<'_>) -> [&'static str; 5] {
    let (s, w) = (cx.s, words(cx.options.lang));
    [
        w.col_date,
        w.col_what,
        s.col_phase,
        s.col_status,
        s.col_owner,
    ]
}

/// The schedule section, or nothing when nothing has a date.
pub(super) fn section(cx: &Context<'_>) -> Option<Section> {
    let w = words(cx.options.lang);
    let all = dated(cx);
    if all.is_empty() {
        return None;
    }
    let milestones = all
        .iter()
        .filter(|d| matches!(d.what, What::Milestone(_)))
        .count();
    let undated = cx.plan.checklist.iter().filter(|e| e.due.is_none()).count();
    let summary = (w.summary)(all.len() - milestones, milestones, undated);
    let mut blocks = vec![Block::Paragraph(Para::text(summary))];
    if !cx.options.headings_only {
        blocks.push(Block::Paragraph(Para::text(w.intro)));
        let rows = all.iter().map(|d| cells(cx, d)).collect();
        blocks.push(Block::Table(Table::new(&columns(cx), rows)));
    }
    Some(Section {
        kind: SectionKind::Schedule,
        heading: w.heading.to_owned(),
        new_page: !cx.options.headings_only,
        blocks,
    })
}

fn cells(cx: &Context<'_>, dated: &Dated<'_>) -> Vec<Cell> {
    let (s, lang) = (cx.s, cx.options.lang);
    let mut date = Cell::of(CellKind::Date, format_date(dated.date, lang));
    match dated.what {
        What::Milestone(m) => vec![
            date,
            Cell::text((words(lang).milestone)(m.name.get(lang))),
            Cell::text(""),
            Cell::text(""),
            Cell::text(""),
        ],
        What::Task(item) => {
            if matches!(due_state(item.entry, cx.today), Due::Overdue(_)) {
                date = date.marked(cx.w.checklist.overdue);
            }
            let status = item.entry.status;
            vec![
                date,
                Cell::text(item.task(cx)),
                Cell::text(phase_name(s, item.entry.phase)),
                Cell::of(CellKind::Status(status), status_name(s, status)),
                Cell::text(item.entry.owner.trim()),
            ]
        }
    }
}

/// The schedule as one flat table for CSV (the marks written after the text).
pub(super) fn grid(cx: &Context<'_>) -> Grid {
    let rows = dated(cx)
        .iter()
        .map(|d| {
            cells(cx, d)
                .into_iter()
                .map(|cell| match cell.marks.as_slice() {
                    [] => cell.text,
                    marks => format!("{} ({})", cell.text, marks.join(", ")),
                })
                .collect()
        })
        .collect();
    Grid {
        columns: columns(cx).into_iter().map(str::to_owned).collect(),
        rows,
    }
}
