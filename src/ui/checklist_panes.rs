//! Where the checklist's list and the selected item's details go: side by side, each
//! scrolling on its own, when both fit; otherwise the details below the list, in a page that
//! scrolls. A handle between them resizes the split; F6 moves the focus across.

use super::checklist_table::{DETAIL_RANGE, DIVIDER, LIST_HEIGHT_RANGE, drag_handle};
use super::checklist_view::{ChecklistFrame, ChecklistView, PANE_KEY};
use super::{checklist_detail, checklist_rows};
use crate::i18n::planning::checklist::texts;

/// F6 moves the focus from the list to the selected item's details and back.
pub(super) fn pane_key(ui: &egui::Ui, view: &mut ChecklistView) {
    if view.selected.is_none() || !ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, PANE_KEY))
    {
        return;
    }
    let focused = ui.memory(|m| m.focused());
    let in_detail = focused
        .and_then(|id| ui.ctx().read_response(id))
        .zip(view.detail_rect)
        .is_some_and(|(response, pane)| pane.contains(response.rect.center()));
    if in_detail {
        view.focus_row = true;
        view.scroll_to_selected = true;
    } else {
        view.focus_detail = true;
    }
    ui.ctx().request_repaint();
}

/// The list on the left, a handle, the details on the right (each scrolls on its own).
pub(super) fn beside_ui(ui: &mut egui::Ui, f: &mut ChecklistFrame<'_>) {
    let lang = f.lang;
    let rect = ui.available_rect_before_wrap();
    let detail_width = f.view.layout.detail_width_in(rect.width());
    let list_right = rect.right() - detail_width - DIVIDER;
    let list_rect = egui::Rect::from_min_max(rect.min, egui::pos2(list_right, rect.bottom()));
    let divider = egui::Rect::from_min_max(
        egui::pos2(list_right, rect.top()),
        egui::pos2(list_right + DIVIDER, rect.bottom()),
    );
    let detail_rect = egui::Rect::from_min_max(egui::pos2(divider.right(), rect.top()), rect.max);
    let mut list = ui.new_child(
        egui::UiBuilder::new()
            .id_salt("checklist_list")
            .max_rect(list_rect),
    );
    list.set_clip_rect(list_rect.intersect(ui.clip_rect()));
    checklist_rows::rows_ui(&mut list, f);
    f.view.focus_row = false;
    let id = ui.scope_id().with("detail_divider");
    let tip = texts(lang).resize_tip;
    // Dragging the divider to the left widens the details.
    let dragged = drag_handle(ui, (divider, id), tip, true, (detail_width, -1.0));
    if let Some(width) = dragged {
        let (lo, hi) = DETAIL_RANGE;
        f.view.layout.detail_width = width.clamp(lo, hi);
    }
    let mut detail = ui.new_child(
        egui::UiBuilder::new()
            .id_salt("checklist_detail")
            .max_rect(detail_rect.shrink2(egui::vec2(4.0, 0.0))),
    );
    detail.set_clip_rect(detail_rect.intersect(ui.clip_rect()));
    let mut area = egui::ScrollArea::vertical()
        .id_salt("checklist_detail_scroll")
        .auto_shrink([false, false]);
    if f.view.detail_shown != f.view.selected {
        area = area.vertical_scroll_offset(0.0);
    }
    area.show(&mut detail, |ui| detail_ui(ui, f));
    f.view.detail_rect = Some(detail_rect);
    ui.allocate_rect(rect, egui::Sense::hover());
}

/// The list with a fixed (resizable) height, a handle, then the details.
pub(super) fn below_ui(ui: &mut egui::Ui, f: &mut ChecklistFrame<'_>) {
    let lang = f.lang;
    let height = f.view.layout.clamped().list_height;
    let size = egui::vec2(ui.available_width(), height);
    ui.allocate_ui(size, |ui| {
        ui.set_min_size(size);
        checklist_rows::rows_ui(ui, f);
    });
    f.view.focus_row = false;
    let (divider, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), DIVIDER),
        egui::Sense::hover(),
    );
    let id = ui.scope_id().with("list_divider");
    let tip = texts(lang).resize_tip;
    if let Some(h) = drag_handle(ui, (divider, id), tip, false, (height, 1.0)) {
        f.view.layout.list_height = h.clamp(LIST_HEIGHT_RANGE.0, LIST_HEIGHT_RANGE.1);
    }
    let fresh = f.view.detail_shown != f.view.selected && f.view.selected.is_some();
    let top = ui.cursor().min;
    let detail = ui.scope(|ui| detail_ui(ui, f)).response.rect;
    if fresh {
        // A newly chosen item: bring the top of its details into f.view.
        let head = egui::Rect::from_min_size(top, egui::vec2(detail.width(), 80.0));
        ui.scroll_to_rect(head.intersect(detail), None);
    }
    f.view.detail_rect = Some(detail);
}

fn detail_ui(ui: &mut egui::Ui, f: &mut ChecklistFrame<'_>) {
    f.view.detail_shown.clone_from(&f.view.selected);
    checklist_detail::ui(ui, f);
}
