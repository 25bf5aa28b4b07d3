//! The plan's checklist items as the export sees them: in phase order, numbered, matched with
//! the catalogue's guidance, and filtered by the options.

use super::strings::DocStrings;
use super::{Cell, CellKind, Context, Row};
use crate::model::catalogue::ItemTemplate;
use crate::model::plan::{ChecklistEntry, Status};
use crate::model::taxonomy::Phase;
use crate::model::text::Lang;

/// One checklist item with what the export adds to it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Item<'a> {
    /// Its number in the exported order (all items counted, shown or not), from 1.
    pub number: usize,
    /// The plan's entry.
    pub entry: &'a ChecklistEntry,
    /// The catalogue's item with the same id, where the model has one.
    pub template: Option<&'a ItemTemplate>,
    /// False when the options leave it out.
    pub shown: bool,
}

/// All items of the plan, ordered by phase (keeping the plan's order within a phase).
pub(super) fn items<'a>(cx: &Context<'a>) -> Vec<Item<'a>> {
    let mut entries: Vec<&ChecklistEntry> = cx.plan.checklist.iter().collect();
    entries.sort_by_key(|entry| entry.phase);
    entries
        .into_iter()
        .enumerate()
        .map(|(index, entry)| Item {
            number: index + 1,
            entry,
            template: cx
                .model
                .and_then(|model| model.checklist.iter().find(|t| t.id == entry.id)),
            shown: cx.options.include_not_started || entry.status != Status::Todo,
        })
        .collect()
}

impl Item<'_> {
    /// What to do, in the export's language (the other language when that one is empty).
    pub fn task(&self, cx: &Context<'_>) -> String {
        let text = &self.entry.text;
        let preferred = text.get(cx.options.lang).trim();
        let other = match cx.options.lang {
            Lang::Pl => text.en.trim(),
            Lang::En => text.pl.trim(),
        };
        if preferred.is_empty() {
            other
        } else {
            preferred
        }
        .to_owned()
    }

    /// True when the catalogue marks the fact behind the item as not confirmed.
    pub fn verify(&self) -> bool {
        self.template.is_some_and(|t| t.verify)
    }

    /// Why it matters, its legal basis and its source, where the catalogue has them.
    pub fn guidance(&self, cx: &Context<'_>) -> [Option<String>; 3] {
        let Some(template) = self.template else {
            return [None, None, None];
        };
        let non_empty = |text: &str| {
            let text = text.trim();
            (!text.is_empty()).then(|| text.to_owned())
        };
        [
            non_empty(template.why.get(cx.options.lang)),
            template.legal_basis.as_deref().and_then(non_empty),
            template.source.as_deref().and_then(non_empty),
        ]
    }

    /// The item's row in a phase table: number, task (with guidance), status, notes.
    pub fn cells(&self, cx: &Context<'_>) -> Vec<Cell> {
        let s = cx.s;
        let mut details = Vec::new();
        if cx.options.include_guidance {
            let labels = [s.why, s.legal_basis, s.source];
            for (label, value) in labels.into_iter().zip(self.guidance(cx)) {
                if let Some(value) = value {
                    details.push(Row {
                        label: label.to_owned(),
                        value,
                    });
                }
            }
        }
        let task = Cell {
            kind: CellKind::Text,
            text: self.task(cx),
            mark: self.verify().then(|| s.to_verify.to_owned()),
            details,
        };
        let status = Cell {
            kind: CellKind::Status(self.entry.status),
            ..Cell::text(status_name(s, self.entry.status))
        };
        let number = Cell {
            kind: CellKind::Number,
            ..Cell::text(self.number.to_string())
        };
        let notes = Cell {
            kind: CellKind::Notes,
            ..Cell::text(self.entry.note.clone())
        };
        vec![number, task, status, notes]
    }
}

/// The name of `phase`.
pub(super) fn phase_name(s: &DocStrings, phase: Phase) -> &'static str {
    Phase::ALL
        .iter()
        .position(|p| *p == phase)
        .and_then(|index| s.phases.get(index))
        .copied()
        .unwrap_or_default()
}

/// The name of `status`.
pub(super) fn status_name(s: &DocStrings, status: Status) -> &'static str {
    let [todo, in_progress, done, not_applicable] = s.statuses;
    match status {
        Status::Todo => todo,
        Status::InProgress => in_progress,
        Status::Done => done,
        Status::NotApplicable => not_applicable,
    }
}
