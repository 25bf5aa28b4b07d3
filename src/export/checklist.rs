//! The plan's checklist items as the export sees them: in phase order, numbered, matched with
//! the guidance of the catalogue (the model's item, else the common checklist's, else what the
//! plan copied), and filtered by the options.

use super::{Cell, CellKind, Context, Links};
use crate::i18n::document::strings::DocStrings;
use crate::model::catalogue::ItemTemplate;
use crate::model::checklist::{Origin, common_item};
use crate::model::dates::format_date;
use crate::model::legal::citation_text;
use crate::model::plan::{ChecklistEntry, Status};
use crate::model::progress::{Due, due_state};
use crate::model::taxonomy::Phase;
use crate::model::text::Lang;

/// One checklist item with what the export adds to it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Item<'a> {
    /// Its number in the exported order (all items counted, shown or not), from 1.
    pub number: usize,
    /// The plan's entry.
    pub entry: &'a ChecklistEntry,
    /// The catalogue's item with the same id: the model's, else the common checklist's.
    /// Custom items have none.
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
            template: template(cx, entry),
            shown: cx.options.include_not_started || entry.status != Status::Todo,
        })
        .collect()
}

fn template<'a>(cx: &Context<'a>, entry: &ChecklistEntry) -> Option<&'a ItemTemplate> {
    if entry.origin == Origin::Custom {
        return None;
    }
    let from_model = cx
        .model
        .and_then(|model| model.checklist.iter().find(|t| t.id == entry.id));
    from_model.or_else(|| common_item(&entry.id))
}

fn non_empty(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
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

    /// True when the fact behind the item is not confirmed.
    pub fn verify(&self) -> bool {
        self.template.map_or(self.entry.verify, |t| t.verify)
    }

    /// True when the user added the item.
    pub fn is_custom(&self) -> bool {
        self.entry.origin == Origin::Custom
    }

    /// Why it matters, its legal basis and its source: from the catalogue, or from what the
    /// plan copied when the catalogue no longer has the item.
    pub fn guidance(&self, cx: &Context<'_>) -> [Option<String>; 3] {
        let lang = cx.options.lang;
        match self.template {
            Some(t) => [
                non_empty(t.why.get(lang)),
                t.legal_basis
                    .as_deref()
                    .and_then(non_empty)
                    .map(|b| citation_text(&b, lang)),
                t.source.as_deref().and_then(non_empty),
            ],
            None => [
                self.entry
                    .why
                    .as_ref()
                    .and_then(|why| non_empty(why.get(lang))),
                self.entry
                    .legal_basis
                    .as_deref()
                    .and_then(non_empty)
                    .map(|b| citation_text(&b, lang)),
                self.entry.source.as_deref().and_then(non_empty),
            ],
        }
    }

    /// The due date as written in the export's language, or nothing.
    pub fn due(&self, cx: &Context<'_>) -> String {
        self.entry
            .due
            .map(|due| format_date(due, cx.options.lang))
            .unwrap_or_default()
    }

    /// The reason given for "not applicable" (only for items with that status).
    pub fn na_reason(&self) -> Option<String> {
        (self.entry.status == Status::NotApplicable)
            .then(|| non_empty(&self.entry.na_reason))
            .flatten()
    }

    /// The evidence entries that are not blank.
    pub fn evidence(&self) -> Vec<String> {
        self.entry
            .evidence
            .iter()
            .filter_map(|e| non_empty(e))
            .collect()
    }

    /// The item's row in a phase table: number, task (with guidance), status, owner, due
    /// date, notes (with the "not applicable" reason and the evidence).
    pub fn cells(&self, cx: &Context<'_>) -> Vec<Cell> {
        let (s, w) = (cx.s, cx.w.checklist);
        let mut task = Cell::text(self.task(cx));
        if self.verify() {
            task = task.marked(s.to_verify);
        }
        if self.is_custom() {
            task = task.marked(w.custom_mark);
        }
        if cx.options.include_guidance {
            let labels = [s.why, s.legal_basis, s.source];
            for (label, value) in labels.into_iter().zip(self.guidance(cx)) {
                if let Some(value) = value {
                    task = task.detail(label, value);
                }
            }
        }
        let status = self.entry.status;
        let mut status_cell = Cell::of(CellKind::Status(status), status_name(s, status));
        if self.entry.lacks_reason() {
            status_cell = status_cell.marked(w.no_reason);
        }
        let mut due = Cell::of(CellKind::Date, self.due(cx));
        if matches!(due_state(self.entry, cx.today), Due::Overdue(_)) {
            due = due.marked(w.overdue);
        }
        let mut notes = Cell::of(CellKind::Notes, self.entry.note.clone());
        if let Some(reason) = self.na_reason() {
            notes = notes.detail(w.na_reason, reason);
        }
        let evidence = self.evidence();
        if !evidence.is_empty() {
            notes.links = Some(Links {
                label: w.evidence.to_owned(),
                items: evidence,
            });
        }
        vec![
            Cell::of(CellKind::Number, self.number.to_string()),
            task,
            status_cell,
            Cell::text(self.entry.owner.trim()),
            due,
            notes,
        ]
    }
}

/// The name of `phase`.
pub(super) fn phase_name(s: &DocStrings, phase: Phase) -> &'static str {
    s.phase(phase)
}

/// The name of `status`.
pub(super) fn status_name(s: &DocStrings, status: Status) -> &'static str {
    s.status(status)
}
