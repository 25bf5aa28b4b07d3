//! Step 5: the replication checklist. A virtualised table grouped by phase (thousands of
//! items stay smooth) with search and filters, a field to add custom items, and the selected
//! item's details beside the list in a wide window, below it in a narrow one. F6 moves the
//! keyboard focus between the list and the details.

use chrono::NaiveDate;

pub use super::checklist_rows::{due_marker, phase_index};
use super::checklist_table::{ChecklistLayout, DIVIDER, LIST_HEIGHT_RANGE};
use super::{checklist_detail, checklist_rows, checklist_table};
use crate::i18n::planning::checklist::{ChecklistTexts, texts};
use crate::i18n::{Lang, tr};
use crate::model::plan::{ChecklistEntry, Plan};
use crate::model::progress::{Progress, count_pressing, due_state};
use crate::model::taxonomy::Phase;

/// Height of one list row (two lines of title), without spacing.
pub const ROW_HEIGHT: f32 = 44.0;

/// The key that moves the focus between the list and the selected item's details.
pub const PANE_KEY: egui::Key = egui::Key::F6;

/// Which items the list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    /// Every item.
    #[default]
    All,
    /// Items not done and not "not applicable".
    Open,
    /// Items overdue or due within a week.
    Pressing,
    /// Open items without an owner.
    NoOwner,
}

impl Filter {
    /// All filters, in the order shown.
    pub const ALL: [Self; 4] = [Self::All, Self::Open, Self::Pressing, Self::NoOwner];

    /// True when the filter shows `entry`.
    pub fn keeps(self, entry: &ChecklistEntry, today: NaiveDate) -> bool {
        match self {
            Self::All => true,
            Self::Open => !entry.is_closed(),
            Self::Pressing => due_state(entry, today).is_pressing(),
            Self::NoOwner => !entry.is_closed() && entry.owner.trim().is_empty(),
        }
    }
}

/// What the checklist screen remembers between frames (not saved in the plan).
#[derive(Clone, Debug, Default)]
pub struct ChecklistView {
    /// The id of the item whose details are shown.
    pub selected: Option<String>,
    /// The search text.
    pub search: String,
    /// The filter.
    pub filter: Filter,
    /// The text of the custom item being typed.
    pub new_text: String,
    /// The phase a new custom item goes to (index into `Phase::ALL`).
    pub new_phase: usize,
    /// The evidence being typed for the selected item.
    pub evidence_text: String,
    /// Scroll the list to the selected item on the next frame.
    pub scroll_to_selected: bool,
    /// How far the list could scroll on the last frame.
    pub(super) max_scroll: Option<f32>,
    /// True while a scroll cut short by the last frame's length is tried once more.
    pub(super) scroll_retry: bool,
    /// Ids of the entries no longer in the model's list (kept for what the user entered),
    /// shown with a mark; filled in by the app before drawing.
    pub outside: std::collections::HashSet<String>,
    /// Pane and column sizes (the app keeps them with the preferences).
    pub layout: ChecklistLayout,
    /// Give the selected row the keyboard focus on the next frame.
    pub(super) focus_row: bool,
    /// Give the details' first field the keyboard focus on the next frame.
    pub(super) focus_detail: bool,
    /// The item whose details were drawn last (a new one opens scrolled to its top).
    pub(super) detail_shown: Option<String>,
    /// Where the details were on the last frame.
    pub(super) detail_rect: Option<egui::Rect>,
}

impl ChecklistView {
    /// A view with the pane and column sizes kept from an earlier run.
    pub fn with_layout(layout: ChecklistLayout) -> Self {
        Self {
            layout,
            ..Self::default()
        }
    }

    /// Selects item `id` and makes sure the list shows it.
    pub fn show_item(&mut self, id: &str) {
        self.selected = Some(id.to_owned());
        self.search.clear();
        self.filter = Filter::All;
        self.scroll_to_selected = true;
    }
}

/// Draws the checklist; edits the plan and the view in place.
pub fn ui(
    ui: &mut egui::Ui,
    lang: Lang,
    plan: &mut Plan,
    view: &mut ChecklistView,
    today: NaiveDate,
) {
    let t = texts(lang);
    if plan.checklist.is_empty() {
        ui.heading(t.heading);
        ui.label(egui::RichText::new(t.intro).weak());
        ui.add_space(8.0);
        ui.label(t.empty);
        return;
    }
    pane_key(ui, view);
    if view.layout.side_by_side(ui.available_width()) {
        top_ui(ui, lang, plan, view, today);
        beside_ui(ui, lang, plan, view, today);
    } else {
        // Narrow: the whole page scrolls, with the details below the list.
        let mut page = egui::ScrollArea::vertical()
            .id_salt("checklist_page")
            .auto_shrink([false, false]);
        if super::take_scroll_to_top(ui.ctx()) {
            page = page.vertical_scroll_offset(0.0);
        }
        page.show(ui, |ui| {
            top_ui(ui, lang, plan, view, today);
            below_ui(ui, lang, plan, view, today);
        });
    }
}

fn top_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    plan: &mut Plan,
    view: &mut ChecklistView,
    today: NaiveDate,
) {
    let t = texts(lang);
    ui.heading(t.heading);
    ui.label(egui::RichText::new(t.intro).weak());
    summary_ui(ui, t, plan, today);
    toolbar_ui(ui, t, view);
    add_item_ui(ui, lang, plan, view);
    // A switch between this list and other views of the same tasks goes here.
    ui.add_space(4.0);
}

/// F6 moves the focus from the list to the selected item's details and back.
fn pane_key(ui: &egui::Ui, view: &mut ChecklistView) {
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
fn beside_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    plan: &mut Plan,
    view: &mut ChecklistView,
    today: NaiveDate,
) {
    let rect = ui.available_rect_before_wrap();
    let detail_width = view.layout.detail_width_in(rect.width());
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
    checklist_rows::rows_ui(&mut list, lang, plan, view, today);
    view.focus_row = false;
    let id = ui.scope_id().with("detail_divider");
    let tip = texts(lang).resize_tip;
    // Dragging the divider to the left widens the details.
    let dragged = checklist_table::drag_handle(ui, (divider, id), tip, true, (detail_width, -1.0));
    if let Some(width) = dragged {
        let (lo, hi) = checklist_table::DETAIL_RANGE;
        view.layout.detail_width = width.clamp(lo, hi);
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
    if view.detail_shown != view.selected {
        area = area.vertical_scroll_offset(0.0);
    }
    area.show(&mut detail, |ui| detail_ui(ui, lang, plan, view, today));
    view.detail_rect = Some(detail_rect);
    ui.allocate_rect(rect, egui::Sense::hover());
}

/// The list with a fixed (resizable) height, a handle, then the details.
fn below_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    plan: &mut Plan,
    view: &mut ChecklistView,
    today: NaiveDate,
) {
    let height = view.layout.clamped().list_height;
    let size = egui::vec2(ui.available_width(), height);
    ui.allocate_ui(size, |ui| {
        ui.set_min_size(size);
        checklist_rows::rows_ui(ui, lang, plan, view, today);
    });
    view.focus_row = false;
    let (divider, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), DIVIDER),
        egui::Sense::hover(),
    );
    let id = ui.scope_id().with("list_divider");
    let tip = texts(lang).resize_tip;
    if let Some(h) = checklist_table::drag_handle(ui, (divider, id), tip, false, (height, 1.0)) {
        view.layout.list_height = h.clamp(LIST_HEIGHT_RANGE.0, LIST_HEIGHT_RANGE.1);
    }
    let fresh = view.detail_shown != view.selected && view.selected.is_some();
    let top = ui.cursor().min;
    let detail = ui
        .scope(|ui| detail_ui(ui, lang, plan, view, today))
        .response
        .rect;
    if fresh {
        // A newly chosen item: bring the top of its details into view.
        let head = egui::Rect::from_min_size(top, egui::vec2(detail.width(), 80.0));
        ui.scroll_to_rect(head.intersect(detail), None);
    }
    view.detail_rect = Some(detail);
}

fn detail_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    plan: &mut Plan,
    view: &mut ChecklistView,
    today: NaiveDate,
) {
    view.detail_shown.clone_from(&view.selected);
    checklist_detail::ui(ui, lang, plan, view, today);
}

fn summary_ui(ui: &mut egui::Ui, t: &ChecklistTexts, plan: &Plan, today: NaiveDate) {
    let overall = Progress::of(&plan.checklist);
    let (overdue, soon) = count_pressing(&plan.checklist, today);
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new((t.overall)(overall)).strong());
        ui.add(egui::ProgressBar::new(overall.fraction()).desired_width(200.0));
        if overdue > 0 {
            ui.label(egui::RichText::new((t.overdue_count)(overdue)).color(super::theme::ERROR));
        }
        if soon > 0 {
            ui.label(egui::RichText::new((t.soon_count)(soon)).color(super::theme::WARNING));
        }
    });
}

fn toolbar_ui(ui: &mut egui::Ui, t: &ChecklistTexts, view: &mut ChecklistView) {
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t.search_label);
        ui.add(
            egui::TextEdit::singleline(&mut view.search)
                .hint_text(t.search_hint)
                .desired_width(240.0),
        )
        .labelled_by(label.id);
        ui.add_space(12.0);
        ui.label(t.filter_label);
        for (filter, name) in Filter::ALL.into_iter().zip(t.filters) {
            ui.selectable_value(&mut view.filter, filter, name);
        }
        ui.add_space(12.0);
        // One piece: the row wraps before the hint, never inside it.
        ui.add(egui::Label::new(egui::RichText::new(t.pane_hint).weak().small()).extend());
    });
}

fn add_item_ui(ui: &mut egui::Ui, lang: Lang, plan: &mut Plan, view: &mut ChecklistView) {
    let (s, t) = (tr(lang), texts(lang));
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t.new_item_label);
        let phase_name = s.phases.get(view.new_phase).copied().unwrap_or_default();
        egui::ComboBox::from_id_salt("new_item_phase")
            .selected_text(phase_name)
            .show_ui(ui, |ui| {
                for (index, name) in s.phases.iter().enumerate() {
                    ui.selectable_value(&mut view.new_phase, index, *name);
                }
            })
            .response
            .accessible_name(t.new_item_phase);
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut view.new_text)
                    .hint_text(t.new_item_hint)
                    .desired_width(320.0),
            )
            .labelled_by(label.id);
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let clicked = ui.button(t.add_item).clicked();
        let phase = Phase::ALL
            .get(view.new_phase)
            .copied()
            .unwrap_or(Phase::Preparation);
        if (entered || clicked)
            && let Some(id) = plan.add_custom_item(phase, &view.new_text)
        {
            view.new_text.clear();
            view.show_item(&id);
            if entered {
                field.request_focus();
            }
        }
    });
}
