//! The plan's milestones, in a collapsible section above the checklist (dates as
//! `dd.mm.rrrr`, like every date field), and a task's due-date row: a fixed date or a date
//! relative to a milestone. Moving a milestone re-dates its tasks in the same edit, so one undo
//! takes both back.

use chrono::NaiveDate;

use super::checklist_view::due_marker;
use super::fields::{count_field, date_field};
use crate::i18n::Lang;
use crate::i18n::planning::checklist;
use crate::i18n::planning::milestones::{MilestoneTexts, relative_text, texts};
use crate::model::dates::format_date;
use crate::model::milestones::{Milestone, OffsetUnit, RelativeDue};
use crate::model::plan::{ChecklistEntry, Plan};

/// What the user asked for in the section this frame.
enum Change {
    /// Set a milestone's date.
    Date(String, Option<NaiveDate>),
    /// Remove an own milestone.
    Remove(String),
}

fn open_id() -> egui::Id {
    egui::Id::unique("milestones_section_open")
}

/// The button that folds the milestones section out and in (closed at first), for the
/// caller's row beside the heading, so that the list keeps its room in a small window.
pub fn toggle_ui(ui: &mut egui::Ui, lang: Lang, plan: &Plan) {
    let t = texts(lang);
    let dated = plan.milestones.iter().filter(|m| m.date.is_some()).count();
    let mut open = ui.data(|d| d.get_temp(open_id())).unwrap_or(false);
    let sign = if open { "⏷" } else { "⏵" };
    // The section's name says how many milestones have a date.
    let name = (t.section)(plan.milestones.len(), dated);
    let button = ui
        .selectable_label(open, format!("{sign} {name}"))
        .accessible_name(&name);
    if button.clicked() {
        open = !open;
        ui.data_mut(|d| d.insert_temp(open_id(), open));
    }
}

/// Draws the milestones section when [`toggle_ui`] folded it out; edits the plan in place
/// (re-dating tasks as milestones move).
pub fn section_ui(ui: &mut egui::Ui, lang: Lang, plan: &mut Plan) {
    let t = texts(lang);
    if !ui.data(|d| d.get_temp(open_id())).unwrap_or(false) {
        return;
    }
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(egui::RichText::new(t.intro).weak());
        let change = rows_ui(ui, lang, t, plan);
        match change {
            Some(Change::Date(id, date)) => {
                plan.set_milestone_date(&id, date);
            }
            Some(Change::Remove(id)) => {
                plan.remove_milestone(&id);
            }
            None => {}
        }
        add_ui(ui, t, plan);
    });
}

fn rows_ui(ui: &mut egui::Ui, lang: Lang, t: &MilestoneTexts, plan: &Plan) -> Option<Change> {
    let hint = checklist::texts(lang).due_hint;
    let mut change = None;
    egui::Grid::new("milestones_grid")
        .num_columns(4)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for milestone in &plan.milestones {
                let name = milestone.name.get(lang);
                ui.label(name);
                let mut date = milestone.date;
                let id = ui.make_persistent_id(("milestone_date", &milestone.id));
                let out = date_field(ui, id, &mut date, lang, hint);
                out.response.accessible_name((t.date_of)(name));
                if date != milestone.date {
                    change = Some(Change::Date(milestone.id.clone(), date));
                }
                let tasks = plan.tasks_relative_to(&milestone.id);
                ui.label(egui::RichText::new((t.tasks_count)(tasks)).weak());
                if !milestone.is_built_in() {
                    let remove = ui
                        .button("🗑")
                        .on_hover_text(t.remove_tip)
                        .accessible_name((t.remove)(name));
                    if remove.clicked() {
                        change = Some(Change::Remove(milestone.id.clone()));
                    }
                }
                ui.end_row();
            }
        });
    change
}

fn add_ui(ui: &mut egui::Ui, t: &MilestoneTexts, plan: &mut Plan) {
    let id = ui.make_persistent_id("new_milestone_text");
    let mut text = ui.data(|d| d.get_temp::<String>(id)).unwrap_or_default();
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t.new_label);
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .hint_text(t.new_hint)
                    .desired_width(260.0),
            )
            .labelled_by(label.id);
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(t.add).clicked() || entered) && plan.add_milestone(&text, None).is_some() {
            text.clear();
        }
    });
    ui.data_mut(|d| d.insert_temp(id, text));
}

/// A task's due-date row: fixed or relative to a milestone, with the date it gives and the
/// due-date marker. `milestones` are the plan's.
pub fn due_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    entry: &mut ChecklistEntry,
    milestones: &[Milestone],
    today: NaiveDate,
) {
    let (c, t) = (checklist::texts(lang), texts(lang));
    let label = ui.label(c.due_label);
    // The date (or the rule) first, the choice between them after it: Tab from the owner
    // lands in the date field, the common case.
    date_or_rule_ui(ui, lang, entry, (milestones, today), label.id);
    ui.horizontal(|ui| {
        let [fixed, relative] = t.due_kinds;
        if ui.radio(entry.relative_due.is_none(), fixed).clicked() {
            entry.relative_due = None;
        }
        if ui.radio(entry.relative_due.is_some(), relative).clicked()
            && entry.relative_due.is_none()
        {
            let first = milestones
                .iter()
                .find(|m| m.date.is_some())
                .or(milestones.first());
            if let Some(milestone) = first {
                entry.relative_due = Some(RelativeDue::new(&milestone.id, 0, OffsetUnit::Days));
            }
        }
    });
}

/// The fixed date field, or the rule counting from a milestone and the date it gives.
fn date_or_rule_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    entry: &mut ChecklistEntry,
    (milestones, today): (&[Milestone], NaiveDate),
    label: egui::Id,
) {
    let (c, t) = (checklist::texts(lang), texts(lang));
    match entry.relative_due.clone() {
        None => {
            let invalid = ui
                .horizontal(|ui| {
                    let id = ui.make_persistent_id("due");
                    let out = date_field(ui, id, &mut entry.due, lang, c.due_hint);
                    out.response.labelled_by(label);
                    if !out.invalid {
                        marker_ui(ui, lang, entry, today);
                    }
                    out.invalid
                })
                .inner;
            // Below the field, wrapping, so that a narrow pane never cuts the message.
            if invalid {
                ui.label(egui::RichText::new(c.due_invalid).color(super::theme::ERROR));
            }
            if milestones.is_empty() {
                ui.label(egui::RichText::new(t.no_milestones).weak().small());
            }
        }
        Some(mut rule) => {
            rule_ui(ui, lang, &mut rule, milestones);
            if let Some(date) = rule.resolve(milestones) {
                entry.due = Some(date);
            }
            let undated = milestones
                .iter()
                .find(|m| m.id == rule.milestone)
                .is_none_or(|m| m.date.is_none());
            entry.relative_due = Some(rule);
            ui.horizontal_wrapped(|ui| {
                let shown = entry.due.map(|d| format!("= {}", format_date(d, lang)));
                ui.label(egui::RichText::new(shown.unwrap_or_default()).strong());
                marker_ui(ui, lang, entry, today);
            });
            if undated {
                ui.label(egui::RichText::new(t.undated).color(super::theme::WARNING));
            }
        }
    }
}

fn marker_ui(ui: &mut egui::Ui, lang: Lang, entry: &ChecklistEntry, today: NaiveDate) {
    if let Some((text, color)) = due_marker(checklist::texts(lang), lang, entry, today) {
        ui.label(egui::RichText::new(text).color(color));
    }
}

/// The rule's fields: how many, unit, before or after, which milestone.
fn rule_ui(ui: &mut egui::Ui, lang: Lang, rule: &mut RelativeDue, milestones: &[Milestone]) {
    let t = texts(lang);
    ui.horizontal_wrapped(|ui| {
        let mut count = rule.offset.unsigned_abs();
        let id = ui.make_persistent_id("due_offset");
        count_field(ui, id, &mut count)
            .response
            .accessible_name(t.offset_label);
        let unit_name = |unit: OffsetUnit| {
            OffsetUnit::ALL
                .iter()
                .position(|u| *u == unit)
                .and_then(|i| t.unit_names.get(i).copied())
                .unwrap_or_default()
        };
        egui::ComboBox::from_id_salt("due_unit")
            .selected_text(unit_name(rule.unit))
            .show_ui(ui, |ui| {
                for unit in OffsetUnit::ALL {
                    ui.selectable_value(&mut rule.unit, unit, unit_name(unit));
                }
            })
            .response
            .accessible_name(t.unit_choice);
        let [after, before] = t.directions;
        let mut before_it = rule.offset < 0;
        egui::ComboBox::from_id_salt("due_direction")
            .selected_text(if before_it { before } else { after })
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut before_it, false, after);
                ui.selectable_value(&mut before_it, true, before);
            })
            .response
            .accessible_name(t.direction_choice);
        let magnitude = i32::try_from(count).unwrap_or(i32::MAX);
        rule.offset = if before_it { -magnitude } else { magnitude };
        let current = milestones
            .iter()
            .find(|m| m.id == rule.milestone)
            .map_or(t.unknown_milestone, |m| m.name.get(lang));
        egui::ComboBox::from_id_salt("due_milestone")
            .selected_text(current)
            .show_ui(ui, |ui| {
                for milestone in milestones {
                    let name = milestone.name.get(lang);
                    ui.selectable_value(&mut rule.milestone, milestone.id.clone(), name);
                }
            })
            .response
            .accessible_name(t.milestone_choice);
    });
    ui.label(egui::RichText::new(relative_text(lang, rule, milestones)).weak());
}
