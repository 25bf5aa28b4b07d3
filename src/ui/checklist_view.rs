//! What the checklist screen remembers between frames, and the small pieces its list,
//! details, milestones and timeline share. A leaf: it imports no other checklist screen file.

use chrono::NaiveDate;

pub use crate::checklist_filter::Filter;
use crate::i18n::Lang;
use crate::i18n::planning::checklist::ChecklistTexts;
use crate::model::plan::{ChecklistEntry, Plan};
use crate::model::progress::{Due, due_state};
use crate::model::taxonomy::Phase;
use crate::prefs::ChecklistLayout;

/// Height of one list row (two lines of title), without spacing.
pub const ROW_HEIGHT: f32 = 44.0;

/// The key that moves the focus between the list and the selected item's details.
pub const PANE_KEY: egui::Key = egui::Key::F6;

/// What each part of the checklist screen draws from in a frame: the language, the plan
/// (edited in place), the view and today's date.
pub struct ChecklistFrame<'a> {
    /// The language of the screen.
    pub lang: Lang,
    /// The plan, edited in place.
    pub plan: &'a mut Plan,
    /// What the screen remembers between frames.
    pub view: &'a mut ChecklistView,
    /// Today, for due dates.
    pub today: NaiveDate,
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
