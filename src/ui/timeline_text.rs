//! The timeline's text version: the dated tasks and milestones in date order, one line each,
//! for screen readers and for reading; a task's line opens it.

use chrono::NaiveDate;

use super::timeline_rows::{State, phase_position};
use crate::i18n::Lang;
use crate::i18n::planning::timeline::texts;
use crate::model::dates::format_date;
use crate::model::plan::{ChecklistEntry, Plan};

/// One line of the text version: a task or a milestone.
enum Line<'a> {
    Task(&'a ChecklistEntry),
    Milestone(&'a str, NaiveDate),
}

impl Line<'_> {
    fn date(&self) -> Option<NaiveDate> {
        match self {
            Self::Task(entry) => entry.due,
            Self::Milestone(_, date) => Some(*date),
        }
    }
}

/// The same tasks in date order, with the milestones among them, as plain lines (for screen
/// readers and for reading); returns the id of the task opened.
pub fn ui(ui: &mut egui::Ui, lang: Lang, plan: &Plan, today: NaiveDate) -> Option<String> {
    let (s, t) = (crate::i18n::tr(lang), texts(lang));
    let mut lines: Vec<Line<'_>> = plan
        .checklist
        .iter()
        .filter(|e| e.due.is_some())
        .map(Line::Task)
        .chain(
            plan.milestones
                .iter()
                .filter_map(|m| Some(Line::Milestone(m.name.get(lang), m.date?))),
        )
        .collect();
    lines.sort_by_key(Line::date);
    let row_height = ui.spacing().interact_size.y;
    let mut opened = None;
    egui::ScrollArea::vertical()
        .id_salt("timeline_text_scroll")
        .max_height(ui.available_height().max(160.0))
        .auto_shrink([false, true])
        .show_rows(ui, row_height, lines.len(), |ui, range| {
            for line in lines.get(range).unwrap_or_default() {
                let date = line
                    .date()
                    .map(|d| format_date(d, lang))
                    .unwrap_or_default();
                match line {
                    Line::Milestone(name, _) => {
                        ui.label(egui::RichText::new((t.milestone)(name, &date)).strong());
                    }
                    Line::Task(entry) => {
                        let phase = s.phases.get(phase_position(entry.phase)).copied();
                        let state = State::of(entry, today).name(t);
                        let text = format!(
                            "{date} · {} · {} · {state}",
                            entry.text.get(lang),
                            phase.unwrap_or_default()
                        );
                        let button = ui.add(egui::Button::new(text).frame(false));
                        if button.gained_focus() {
                            button.scroll_to_me(None);
                        }
                        if button.clicked() {
                            opened = Some(entry.id.clone());
                        }
                    }
                }
            }
        });
    opened
}
