//! The checklist's virtualised list: phase headers with their progress, then one fixed-height
//! row per item (done box, text, due-date marker, owner). Only the rows on screen are drawn.

use chrono::NaiveDate;

use super::step_checklist::{ChecklistView, ROW_HEIGHT};
use crate::i18n::planning::checklist::{ChecklistTexts, texts};
use crate::i18n::{Lang, tr};
use crate::model::plan::{ChecklistEntry, Plan, Status};
use crate::model::progress::{Due, Progress, by_phase, due_state};
use crate::model::taxonomy::Phase;

/// One row of the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Row {
    /// A phase header with the phase's progress.
    Phase(Phase, Progress),
    /// The checklist entry at this index.
    Item(usize),
}

/// The rows the list shows: phase headers followed by their matching items.
fn visible_rows(plan: &Plan, view: &ChecklistView, lang: Lang, today: NaiveDate) -> Vec<Row> {
    let needle = view.search.trim().to_lowercase();
    let matches = |e: &ChecklistEntry| {
        needle.is_empty()
            || [e.text.get(lang), e.owner.as_str(), e.note.as_str()]
                .iter()
                .any(|text| text.to_lowercase().contains(&needle))
    };
    let mut rows = Vec::with_capacity(plan.checklist.len() + Phase::ALL.len());
    for (phase, progress) in by_phase(&plan.checklist) {
        let header_at = rows.len();
        rows.extend(
            plan.checklist
                .iter()
                .enumerate()
                .filter(|(_, e)| e.phase == phase && view.filter.keeps(e, today) && matches(e))
                .map(|(index, _)| Row::Item(index)),
        );
        if rows.len() > header_at {
            rows.insert(header_at, Row::Phase(phase, progress));
        }
    }
    rows
}

/// Draws the rows that match the view's search and filter.
pub fn rows_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    plan: &mut Plan,
    view: &mut ChecklistView,
    today: NaiveDate,
) {
    let rows = visible_rows(plan, view, lang, today);
    if rows.is_empty() {
        ui.label(texts(lang).no_matches);
        return;
    }
    let mut scroll = egui::ScrollArea::vertical()
        .id_salt("checklist_rows")
        .auto_shrink([false, false]);
    if std::mem::take(&mut view.scroll_to_selected) {
        let selected = rows.iter().position(|row| match row {
            Row::Item(i) => plan.checklist.get(*i).map(|e| &e.id) == view.selected.as_ref(),
            Row::Phase(..) => false,
        });
        if let Some(position) = selected {
            let step = ROW_HEIGHT + ui.spacing().item_spacing.y;
            #[expect(clippy::cast_precision_loss, reason = "row counts are small")]
            let offset = position.saturating_sub(2) as f32 * step;
            // Past the end the list would spring back, so stop at the end of the last frame.
            let last = view.max_scroll.unwrap_or(0.0);
            scroll = scroll.vertical_scroll_offset(offset.min(last));
            // The list may have grown since (a filter was cleared): try once more next frame.
            view.scroll_retry = offset > last && !view.scroll_retry;
            if view.scroll_retry {
                view.scroll_to_selected = true;
                ui.ctx().request_repaint();
            }
        }
    }
    let output = scroll.show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
        for row in rows.get(range).unwrap_or_default() {
            row_ui(ui, lang, plan, view, *row, today);
        }
    });
    view.max_scroll = Some((output.content_size.y - output.inner_rect.height()).max(0.0));
}

fn row_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    plan: &mut Plan,
    view: &mut ChecklistView,
    row: Row,
    today: NaiveDate,
) {
    let size = egui::vec2(ui.available_width(), ROW_HEIGHT);
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    ui.allocate_ui_with_layout(size, layout, |ui| {
        ui.set_min_height(ROW_HEIGHT);
        match row {
            Row::Phase(phase, progress) => {
                let name = tr(lang).phase(phase);
                let text = (texts(lang).phase_progress)(name, progress);
                ui.label(egui::RichText::new(text).strong().size(16.0));
                ui.add(
                    egui::ProgressBar::new(progress.fraction())
                        .desired_width(120.0)
                        .desired_height(8.0),
                );
            }
            Row::Item(index) => {
                if let Some(entry) = plan.checklist.get_mut(index) {
                    let selected = view.selected.as_deref() == Some(entry.id.as_str());
                    let outside = view.outside.contains(&entry.id);
                    if item_row_ui(ui, lang, entry, (selected, outside), today) {
                        view.selected = Some(entry.id.clone());
                        view.evidence_text.clear();
                    }
                }
            }
        }
    });
}

/// Draws one item; returns true when the user asked for its details.
fn item_row_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    entry: &mut ChecklistEntry,
    (selected, outside): (bool, bool),
    today: NaiveDate,
) -> bool {
    let t = texts(lang);
    let id = entry.id.clone();
    ui.push_id(id, |ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if outside {
                let s = tr(lang);
                ui.label(
                    egui::RichText::new(format!("⚠ {}", s.outside_template))
                        .color(super::theme::WARNING),
                )
                .on_hover_text(s.outside_template_tip);
            }
            if !entry.owner.trim().is_empty() {
                ui.label(egui::RichText::new(format!("👥 {}", entry.owner.trim())).weak());
            }
            if let Some((text, color)) = due_marker(t, lang, entry, today) {
                ui.label(egui::RichText::new(text).color(color));
            }
            if entry.verify {
                ui.label(egui::RichText::new("⚠").color(super::theme::WARNING))
                    .on_hover_text(tr(lang).to_verify);
            }
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add_space(12.0);
                let mut done = entry.is_done();
                let checkbox = ui.checkbox(&mut done, "");
                let mark = match entry.status {
                    Status::InProgress => "⏳ ",
                    Status::NotApplicable => "✖ ",
                    Status::Todo | Status::Done => "",
                };
                let label =
                    egui::Button::selectable(selected, format!("{mark}{}", entry.text.get(lang)))
                        .truncate();
                let open = ui.add(label);
                let checkbox = checkbox.labelled_by(open.id);
                super::autofocus(ui, &checkbox);
                if checkbox.changed() {
                    entry.status = if done { Status::Done } else { Status::Todo };
                }
                open.clicked()
            })
            .inner
        })
        .inner
    })
    .inner
}

/// The due-date marker of `entry`: text with an icon (never colour alone) and its colour.
pub fn due_marker(
    t: &ChecklistTexts,
    lang: Lang,
    entry: &ChecklistEntry,
    today: NaiveDate,
) -> Option<(String, egui::Color32)> {
    let muted = egui::Color32::GRAY;
    match due_state(entry, today) {
        Due::Overdue(days) => Some(((t.overdue)(days), super::theme::ERROR)),
        Due::Today => Some((t.due_today.to_owned(), super::theme::WARNING)),
        Due::Soon(days) => Some(((t.due_soon)(days), super::theme::WARNING)),
        Due::Later => entry.due.map(|d| {
            (
                format!("📅 {}", crate::model::dates::format_date(d, lang)),
                muted,
            )
        }),
        Due::Closed | Due::NoDate => None,
    }
}
