//! Step 5: the replication checklist. A virtualised table grouped by phase (thousands of
//! items stay smooth) with search and filters, a field to add custom items, and the selected
//! item's details beside the list in a wide window, below it in a narrow one. F6 moves the
//! keyboard focus between the list and the details.

use chrono::NaiveDate;

use super::checklist_panes::{below_ui, beside_ui, pane_key};
pub use super::checklist_rows::due_marker;
use super::checklist_table::ChecklistLayout;
pub use crate::checklist_filter::Filter;
use crate::i18n::planning::checklist::{ChecklistTexts, texts};
use crate::i18n::{Lang, tr};
use crate::model::plan::Plan;
use crate::model::progress::{Progress, count_pressing};
use crate::model::taxonomy::Phase;

/// Height of one list row (two lines of title), without spacing.
pub const ROW_HEIGHT: f32 = 44.0;

/// The key that moves the focus between the list and the selected item's details.
pub const PANE_KEY: egui::Key = egui::Key::F6;

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
    /// The phase a new custom item goes to.
    pub new_phase: Phase,
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
        if header_ui(ui, lang, plan, view, today) {
            return;
        }
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
            if header_ui(ui, lang, plan, view, today) {
                return;
            }
            top_ui(ui, lang, plan, view, today);
            below_ui(ui, lang, plan, view, today);
        });
    }
}

/// The heading, the milestones and the List / Timeline switch; true when the timeline is
/// shown (drawn here), so the list is not.
fn header_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    plan: &mut Plan,
    view: &mut ChecklistView,
    today: NaiveDate,
) -> bool {
    let t = texts(lang);
    let timeline = ui
        .horizontal_wrapped(|ui| {
            ui.heading(t.heading);
            ui.add_space(12.0);
            let timeline = super::timeline::tabs_ui(ui, lang);
            ui.add_space(12.0);
            super::milestones::toggle_ui(ui, lang, plan);
            timeline
        })
        .inner;
    ui.label(egui::RichText::new(t.intro).weak());
    super::milestones::section_ui(ui, lang, plan);
    if timeline {
        super::timeline::body_ui(ui, lang, plan, view, today);
    }
    timeline
}

fn top_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    plan: &mut Plan,
    view: &mut ChecklistView,
    today: NaiveDate,
) {
    let t = texts(lang);
    summary_ui(ui, t, plan, today);
    toolbar_ui(ui, t, view);
    add_item_ui(ui, lang, plan, view);
    ui.add_space(4.0);
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
        let phase_name = s.phase(view.new_phase);
        egui::ComboBox::from_id_salt("new_item_phase")
            .selected_text(phase_name)
            .show_ui(ui, |ui| {
                for phase in Phase::ALL {
                    ui.selectable_value(&mut view.new_phase, phase, s.phase(phase));
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
        let phase = view.new_phase;
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
