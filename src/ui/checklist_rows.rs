//! The checklist's virtualised table: a header, phase rows with their progress, then one
//! fixed-height row per item in stable columns (status, task on up to two lines, owner, due
//! date, marks). Only the rows on screen are drawn.

use chrono::NaiveDate;

use super::checklist_table::{Columns, header_ui};
use super::checklist_view::{ChecklistFrame, ChecklistView, ROW_HEIGHT, due_marker};
use crate::i18n::planning::checklist::texts;
use crate::i18n::{Lang, tr};
use crate::model::plan::{ChecklistEntry, Plan, Status};
use crate::model::progress::{Progress, by_phase};
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

/// Draws the header and the rows that match the view's search and filter.
pub fn rows_ui(ui: &mut egui::Ui, f: &mut ChecklistFrame<'_>) {
    let (lang, today) = (f.lang, f.today);
    let t = texts(lang);
    let rows = visible_rows(f.plan, f.view, lang, today);
    if rows.is_empty() {
        ui.label(t.no_matches);
        return;
    }
    let columns = Columns::fit(ui.available_width(), f.view.layout);
    if let Some(layout) = header_ui(ui, t, columns, f.view.layout) {
        f.view.layout = layout;
    }
    let mut scroll = egui::ScrollArea::vertical()
        .id_salt("checklist_rows")
        .auto_shrink([false, false]);
    if std::mem::take(&mut f.view.scroll_to_selected) {
        let selected = rows.iter().position(|row| match row {
            Row::Item(i) => f.plan.checklist.get(*i).map(|e| &e.id) == f.view.selected.as_ref(),
            Row::Phase(..) => false,
        });
        if let Some(position) = selected {
            let step = ROW_HEIGHT + ui.spacing().item_spacing.y;
            #[expect(clippy::cast_precision_loss, reason = "row counts are small")]
            let offset = position.saturating_sub(2) as f32 * step;
            // Past the end the list would spring back, so stop at the end of the last frame.
            let last = f.view.max_scroll.unwrap_or(0.0);
            scroll = scroll.vertical_scroll_offset(offset.min(last));
            // The list may have grown since (a filter was cleared): try once more next frame.
            f.view.scroll_retry = offset > last && !f.view.scroll_retry;
            if f.view.scroll_retry {
                f.view.scroll_to_selected = true;
                ui.ctx().request_repaint();
            }
        }
    }
    // The visible part of the list, as one node (tests and screen readers see its bounds).
    let area = ui.available_rect_before_wrap();
    let list = ui.interact(area, ui.scope_id().with("list"), egui::Sense::hover());
    list.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::List, true, t.heading));
    let output = scroll.show_rows(ui, ROW_HEIGHT, rows.len(), |ui, range| {
        for row in rows.get(range).unwrap_or_default() {
            row_ui(ui, lang, f.plan, f.view, (*row, columns), today);
        }
    });
    f.view.max_scroll = Some((output.content_size.y - output.inner_rect.height()).max(0.0));
}

fn row_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    plan: &mut Plan,
    view: &mut ChecklistView,
    (row, columns): (Row, Columns),
    today: NaiveDate,
) {
    let size = egui::vec2(ui.available_width(), ROW_HEIGHT);
    match row {
        Row::Phase(phase, progress) => {
            let layout = egui::Layout::left_to_right(egui::Align::Center);
            ui.allocate_ui_with_layout(size, layout, |ui| {
                ui.set_min_height(ROW_HEIGHT);
                let name = tr(lang).phase(phase);
                let text = (texts(lang).phase_progress)(name, progress);
                ui.add(egui::Label::new(egui::RichText::new(text).strong().size(16.0)).truncate());
                ui.add(
                    egui::ProgressBar::new(progress.fraction())
                        .desired_width(120.0)
                        .desired_height(8.0),
                );
            });
        }
        Row::Item(index) => {
            let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
            if let Some(entry) = plan.checklist.get_mut(index) {
                let selected = view.selected.as_deref() == Some(entry.id.as_str());
                let outside = view.outside.contains(&entry.id);
                let focus = selected && std::mem::take(&mut view.focus_row);
                let cells = columns.cells(rect);
                if item_row_ui(ui, lang, entry, (cells, selected, outside, focus), today) {
                    view.selected = Some(entry.id.clone());
                    view.evidence_text.clear();
                }
            }
        }
    }
}

/// A child `Ui` drawing into `cell` only (nothing spills into the next column).
fn cell_ui(ui: &mut egui::Ui, cell: egui::Rect, name: &str) -> egui::Ui {
    let layout = egui::Layout::left_to_right(egui::Align::Center);
    let builder = egui::UiBuilder::new()
        .id_salt(name)
        .max_rect(cell)
        .layout(layout);
    let mut child = ui.new_child(builder);
    child.set_clip_rect(cell.intersect(ui.clip_rect()));
    child
}

/// Draws one item in its cells (status, task, owner, due date, marks); returns true when
/// the user asked for its details.
fn item_row_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    entry: &mut ChecklistEntry,
    (cells, selected, outside, focus): ([egui::Rect; 5], bool, bool, bool),
    today: NaiveDate,
) -> bool {
    let (s, t) = (tr(lang), texts(lang));
    let [status_cell, task_cell, owner_cell, due_cell, marks_cell] = cells;
    ui.push_id(entry.id.clone(), |ui| {
        let title = entry.text.get(lang).to_owned();
        let title_id = ui.scope_id().with("title");
        let mut status = cell_ui(ui, status_cell, "status");
        status.add_space(4.0);
        let mut done = entry.is_done();
        let checkbox = status.checkbox(&mut done, "").labelled_by(title_id);
        super::autofocus(ui, &checkbox);
        if checkbox.changed() {
            entry.status = if done { Status::Done } else { Status::Todo };
        }
        let open = title_ui(ui, task_cell, title_id, &title, selected);
        if focus {
            open.request_focus();
            open.scroll_to_me(None);
        }
        let mark = match entry.status {
            Status::InProgress => Some("⏳"),
            Status::NotApplicable => Some("✖"),
            Status::Todo | Status::Done => None,
        };
        if let Some(mark) = mark {
            let name = t.statuses.get(status_index(entry.status)).copied();
            status
                .label(egui::RichText::new(mark).weak())
                .on_hover_text(name.unwrap_or_default());
        }
        let owner = entry.owner.trim();
        if !owner.is_empty() {
            let mut cell = cell_ui(ui, owner_cell, "owner");
            cell.add(egui::Label::new(egui::RichText::new(owner).weak()).truncate());
        }
        if let Some((text, color)) = due_marker(t, lang, entry, today) {
            let mut cell = cell_ui(ui, due_cell, "due");
            cell.add(egui::Label::new(egui::RichText::new(text).color(color)).truncate());
        }
        let mut marks = cell_ui(ui, marks_cell, "marks");
        if entry.verify {
            marks
                .label(egui::RichText::new("⚠").color(super::theme::WARNING))
                .on_hover_text(s.to_verify);
        }
        if outside {
            marks
                .label(egui::RichText::new("⛔").color(super::theme::WARNING))
                .on_hover_text(format!(
                    "{}: {}",
                    s.outside_template, s.outside_template_tip
                ));
        }
        open.clicked()
    })
    .inner
}

/// The task's title in `rect`: up to two lines, cut with "…" after that, the whole title on
/// hover and as its accessible name; clicking it opens the details.
fn title_ui(
    ui: &mut egui::Ui,
    rect: egui::Rect,
    id: egui::Id,
    title: &str,
    selected: bool,
) -> egui::Response {
    let response = ui.interact(rect, id, egui::Sense::click());
    response.widget_info(|| {
        egui::WidgetInfo::selected(
            egui::accesskit::Role::Button,
            ui.is_enabled(),
            selected,
            title,
        )
    });
    let visuals = ui.style().interact_selectable(&response, selected);
    let padding = ui.spacing().button_padding.x.min(8.0);
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mut job = egui::text::LayoutJob::simple(
        title.to_owned(),
        font,
        visuals.text_color(),
        (rect.width() - 2.0 * padding).max(1.0),
    );
    job.wrap.max_rows = 2;
    job.wrap.overflow_character = Some('…');
    let galley = ui.painter().layout_job(job);
    let painter = ui.painter_at(rect);
    if selected || response.hovered() || response.has_focus() {
        painter.rect(
            rect.shrink(1.0),
            visuals.corner_radius,
            visuals.weak_bg_fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
    }
    let top = rect.center().y - galley.size().y / 2.0;
    painter.galley(
        egui::pos2(rect.left() + padding, top),
        galley,
        visuals.text_color(),
    );
    response.on_hover_text(title)
}

fn status_index(status: Status) -> usize {
    match status {
        Status::Todo => 0,
        Status::InProgress => 1,
        Status::Done => 2,
        Status::NotApplicable => 3,
    }
}
