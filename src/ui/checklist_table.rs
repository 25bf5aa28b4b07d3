//! The checklist's table layout: whether the details go beside the list (wide window) or
//! below it (narrow window), the widths of the list's columns, and the header with its
//! resize handles. The widths the user sets are kept with the preferences.

use egui::{Rect, pos2, vec2};

use crate::i18n::planning::checklist::ChecklistTexts;

/// Width of the status column (check box and status mark).
pub const STATUS_WIDTH: f32 = 58.0;

/// Width of the marks column ("to verify", "no longer in the model's list").
pub const MARKS_WIDTH: f32 = 44.0;

/// The narrowest a task's title may get.
pub const MIN_TITLE_WIDTH: f32 = 180.0;

/// Narrowest and widest owner column.
pub const OWNER_RANGE: (f32, f32) = (70.0, 320.0);

/// Narrowest and widest due-date column.
pub const DUE_RANGE: (f32, f32) = (90.0, 260.0);

/// Narrowest and widest detail pane beside the list.
pub const DETAIL_RANGE: (f32, f32) = (300.0, 760.0);

/// Lowest and highest list when the details are below it.
pub const LIST_HEIGHT_RANGE: (f32, f32) = (140.0, 900.0);

/// Width (or height) of the handle between the list and the details.
pub const DIVIDER: f32 = 10.0;

/// Space between two columns.
const GAP: f32 = 6.0;

pub use crate::prefs::ChecklistLayout;

impl ChecklistLayout {
    /// The same layout with every size within its range (an edited or damaged preference
    /// file cannot break the screen).
    #[must_use]
    pub fn clamped(self) -> Self {
        let d = Self::default();
        let fit = |value: f32, fallback: f32, (lo, hi): (f32, f32)| {
            if value.is_finite() {
                value.clamp(lo, hi)
            } else {
                fallback
            }
        };
        Self {
            detail_width: fit(self.detail_width, d.detail_width, DETAIL_RANGE),
            owner_width: fit(self.owner_width, d.owner_width, OWNER_RANGE),
            due_width: fit(self.due_width, d.due_width, DUE_RANGE),
            list_height: fit(self.list_height, d.list_height, LIST_HEIGHT_RANGE),
        }
    }

    /// True when a space `width` wide holds the details beside the list, with every column
    /// of the list at least at its narrowest.
    pub fn side_by_side(self, width: f32) -> bool {
        width >= DETAIL_RANGE.0.max(self.clamped().detail_width) + DIVIDER + min_list_width()
    }

    /// The width of the detail pane beside a list in a space `width` wide.
    pub fn detail_width_in(self, width: f32) -> f32 {
        let room = width - DIVIDER - min_list_width();
        self.clamped().detail_width.min(room).max(DETAIL_RANGE.0)
    }
}

/// The narrowest list that shows every column.
pub fn min_list_width() -> f32 {
    fixed_width() + MIN_TITLE_WIDTH + OWNER_RANGE.0 + DUE_RANGE.0
}

fn fixed_width() -> f32 {
    STATUS_WIDTH + MARKS_WIDTH + 4.0 * GAP
}

/// The widths of the list's columns, left to right.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Columns {
    /// Check box and status mark.
    pub status: f32,
    /// The task's title (takes what the others leave).
    pub task: f32,
    /// Who does it.
    pub owner: f32,
    /// Its due date.
    pub due: f32,
    /// Its marks.
    pub marks: f32,
}

impl Columns {
    /// Columns for a list `width` wide: owner and due date as the user set them, narrowed
    /// (down to their minimum) when the title would get narrower than [`MIN_TITLE_WIDTH`],
    /// and left out when even that is too wide (a very large text size): the details show
    /// them.
    pub fn fit(width: f32, layout: ChecklistLayout) -> Self {
        let layout = layout.clamped();
        let (mut owner, mut due) = (layout.owner_width, layout.due_width);
        let room = width - fixed_width() - MIN_TITLE_WIDTH;
        if room < OWNER_RANGE.0 + DUE_RANGE.0 {
            (owner, due) = (0.0, 0.0);
        } else if owner + due > room {
            let least = OWNER_RANGE.0 + DUE_RANGE.0;
            let extra = owner + due - least;
            let share = if extra > 0.0 {
                ((room - least) / extra).clamp(0.0, 1.0)
            } else {
                0.0
            };
            owner = OWNER_RANGE.0 + (owner - OWNER_RANGE.0) * share;
            due = DUE_RANGE.0 + (due - DUE_RANGE.0) * share;
        }
        Self {
            status: STATUS_WIDTH,
            task: (width - fixed_width() - owner - due).max(0.0),
            owner,
            due,
            marks: MARKS_WIDTH,
        }
    }

    /// The cells of a row in `rect`: status, task, owner, due date, marks.
    pub fn cells(&self, rect: Rect) -> [Rect; 5] {
        let mut left = rect.left();
        [self.status, self.task, self.owner, self.due, self.marks].map(|width| {
            let cell = Rect::from_min_size(pos2(left, rect.top()), vec2(width, rect.height()));
            left += width + GAP;
            cell
        })
    }
}

/// Draws the header row; dragging the edge left of the owner or due-date heading widens that
/// column. Returns the changed layout, if the user dragged.
pub fn header_ui(
    ui: &mut egui::Ui,
    t: &ChecklistTexts,
    columns: Columns,
    layout: ChecklistLayout,
) -> Option<ChecklistLayout> {
    let height = ui.spacing().interact_size.y;
    let (rect, _) =
        ui.allocate_exact_size(vec2(ui.available_width(), height), egui::Sense::hover());
    let cells = columns.cells(rect);
    let color = ui.visuals().weak_text_color();
    let font = egui::TextStyle::Small.resolve(ui.style());
    for (cell, name) in cells.iter().zip(t.columns) {
        let painter = ui.painter_at(*cell);
        painter.text(
            pos2(cell.left() + 4.0, cell.center().y),
            egui::Align2::LEFT_CENTER,
            name,
            font.clone(),
            color,
        );
    }
    ui.painter().hline(
        rect.x_range(),
        rect.bottom(),
        ui.visuals().widgets.noninteractive.bg_stroke,
    );
    let mut changed = None;
    let [_, _, owner, due, _] = cells;
    for (index, cell) in [owner, due].into_iter().enumerate() {
        let handle = Rect::from_center_size(
            pos2(cell.left() - GAP / 2.0, cell.center().y),
            vec2(GAP + 4.0, cell.height()),
        );
        let id = ui.scope_id().with(("column_handle", index));
        let current = if index == 0 {
            columns.owner
        } else {
            columns.due
        };
        // Dragging the left edge of a column to the left widens it.
        if let Some(width) = drag_handle(ui, (handle, id), t.resize_tip, true, (current, -1.0)) {
            let mut new = changed.unwrap_or(layout);
            if index == 0 {
                new.owner_width = width.clamp(OWNER_RANGE.0, OWNER_RANGE.1);
            } else {
                new.due_width = width.clamp(DUE_RANGE.0, DUE_RANGE.1);
            }
            changed = Some(new);
        }
    }
    changed
}

/// A handle dragged across (`horizontal`) or up and down, setting a size that was `current`
/// when the drag began and grows by the pointer's way times `sign`. Draws a thin line; returns
/// the new size while the handle is dragged (and on the frame it is let go).
pub fn drag_handle(
    ui: &mut egui::Ui,
    (rect, id): (Rect, egui::Id),
    tip: &str,
    horizontal: bool,
    (current, sign): (f32, f32),
) -> Option<f32> {
    let response = ui.interact(rect, id, egui::Sense::drag());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Splitter, true, tip));
    let active = response.hovered() || response.dragged();
    let stroke = if active {
        ui.visuals().widgets.active.fg_stroke
    } else {
        ui.visuals().widgets.noninteractive.bg_stroke
    };
    let icon = if horizontal {
        ui.painter().vline(rect.center().x, rect.y_range(), stroke);
        egui::CursorIcon::ResizeHorizontal
    } else {
        ui.painter().hline(rect.x_range(), rect.center().y, stroke);
        egui::CursorIcon::ResizeVertical
    };
    let along = |v: egui::Vec2| if horizontal { v.x } else { v.y };
    let response = response.on_hover_cursor(icon).on_hover_text(tip);
    if response.drag_started()
        && let Some(origin) = ui.input(|i| i.pointer.press_origin())
    {
        ui.data_mut(|d| d.insert_temp(id, (current, origin)));
    }
    if !(response.dragged() || response.drag_stopped()) {
        return None;
    }
    let (start, origin) = ui.data(|d| d.get_temp::<(f32, egui::Pos2)>(id))?;
    let pos = response.interact_pointer_pos()?;
    Some(start + sign * along(pos - origin))
}

#[cfg(test)]
mod tests {
    use super::{ChecklistLayout, Columns, MIN_TITLE_WIDTH, OWNER_RANGE, min_list_width};

    #[test]
    fn the_title_keeps_its_width_and_columns_give_way() {
        let layout = ChecklistLayout::default();
        let wide = Columns::fit(1400.0, layout);
        assert!((wide.owner - layout.owner_width).abs() < 0.01);
        assert!((wide.due - layout.due_width).abs() < 0.01);
        let narrow = Columns::fit(min_list_width(), layout);
        assert!(narrow.task >= MIN_TITLE_WIDTH - 0.01, "{narrow:?}");
        assert!((narrow.owner - OWNER_RANGE.0).abs() < 0.01);
        let cells = narrow.cells(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(min_list_width(), 40.0),
        ));
        for pair in cells.windows(2) {
            assert!(pair[0].right() <= pair[1].left(), "{cells:?}");
        }
        assert!(cells[4].right() <= min_list_width() + 0.01);
        // Narrower still: owner and due date give the title their room.
        let tiny = Columns::fit(min_list_width() - 40.0, layout);
        assert!(tiny.owner.abs() < 0.01 && tiny.due.abs() < 0.01, "{tiny:?}");
        assert!(tiny.task >= MIN_TITLE_WIDTH, "{tiny:?}");
    }

    #[test]
    fn narrow_spaces_put_the_details_below_and_bad_sizes_are_mended() {
        let layout = ChecklistLayout::default();
        assert!(!layout.side_by_side(784.0));
        assert!(layout.side_by_side(1400.0));
        let bad = ChecklistLayout {
            detail_width: f32::NAN,
            owner_width: -5.0,
            due_width: 1e9,
            list_height: 0.0,
        }
        .clamped();
        assert!((bad.detail_width - layout.detail_width).abs() < 0.01);
        assert!((bad.owner_width - OWNER_RANGE.0).abs() < 0.01);
        assert!(bad.due_width <= super::DUE_RANGE.1);
        assert!(bad.list_height >= super::LIST_HEIGHT_RANGE.0);
    }
}
