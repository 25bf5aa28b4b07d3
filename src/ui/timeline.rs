//! The top of the checklist step: the milestones section and the switch between the list and
//! the timeline. The timeline shows the dated tasks on a time axis, grouped by phase, with the
//! milestones as markers and today's line (drawn in [`super::timeline_chart`]), zoom by week,
//! month or quarter, and a text version listing the same tasks in date order. Clicking a task
//! (or Enter on it) opens it in the list.

use chrono::NaiveDate;

use super::checklist_view::ChecklistView;
use super::timeline_chart;
pub use super::timeline_rows::{Row, State, Zoom, phase_position, rows};
use crate::i18n::Lang;
use crate::i18n::planning::timeline::texts;
use crate::model::plan::Plan;

/// Which view of the checklist is on screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    /// The list with the details panel.
    #[default]
    List,
    /// The timeline.
    Timeline,
}

/// What the timeline remembers between frames (kept in egui's memory, not in the plan).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TimelineView {
    /// The view on screen.
    pub tab: Tab,
    /// The scale.
    pub zoom: Zoom,
    /// Scroll the chart to today on the next frame.
    pub scroll_to_today: bool,
}

fn view_id() -> egui::Id {
    egui::Id::unique("checklist_timeline_view")
}

/// The timeline's state as remembered in `ctx`.
pub fn timeline_view(ctx: &egui::Context) -> TimelineView {
    ctx.data(|d| d.get_temp(view_id())).unwrap_or_default()
}

/// Draws the List / Timeline switch (in the caller's row, beside the heading, so that the
/// list keeps its room in a small window); returns true when the timeline is chosen.
pub fn tabs_ui(ui: &mut egui::Ui, lang: Lang) -> bool {
    let t = texts(lang);
    let mut view = timeline_view(ui.ctx());
    let [list_name, timeline_name] = t.tabs;
    ui.selectable_value(&mut view.tab, Tab::List, list_name);
    ui.selectable_value(&mut view.tab, Tab::Timeline, timeline_name);
    let shown = view.tab == Tab::Timeline;
    ui.data_mut(|d| d.insert_temp(view_id(), view));
    shown
}

/// Draws the timeline chosen with [`tabs_ui`]; a task opened there is shown in the list.
pub fn body_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    plan: &Plan,
    list: &mut ChecklistView,
    today: NaiveDate,
) {
    let mut view = timeline_view(ui.ctx());
    if let Some(id) = timeline_ui(ui, lang, plan, &mut view, today) {
        list.show_item(&id);
        view.tab = Tab::List;
        ui.ctx().request_repaint();
    }
    ui.data_mut(|d| d.insert_temp(view_id(), view));
}

/// Draws the timeline; returns the id of the task the user opened, if any.
fn timeline_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    plan: &Plan,
    view: &mut TimelineView,
    today: NaiveDate,
) -> Option<String> {
    let t = texts(lang);
    ui.horizontal_wrapped(|ui| {
        ui.label(t.zoom_label);
        for (zoom, name) in Zoom::ALL.into_iter().zip(t.zooms) {
            ui.selectable_value(&mut view.zoom, zoom, name);
        }
        ui.add_space(12.0);
        if ui.button(t.go_to_today).clicked() {
            view.scroll_to_today = true;
        }
    });
    let rows = rows(plan);
    let undated = plan.checklist.iter().filter(|e| e.due.is_none()).count();
    if undated > 0 {
        ui.label(egui::RichText::new((t.undated)(undated)).weak());
    }
    if rows.is_empty() {
        ui.add_space(8.0);
        ui.label(t.empty);
        return None;
    }
    let scroll_to_today = std::mem::take(&mut view.scroll_to_today);
    let chart = timeline_chart::Chart {
        lang,
        rows: &rows,
        milestones: &plan.milestones,
        checkins: &plan.checkins,
        zoom: view.zoom,
        today,
        scroll_to_today,
    };
    let mut opened = chart.ui(ui);
    ui.add_space(6.0);
    egui::CollapsingHeader::new(t.text_heading)
        .id_salt("timeline_text_version")
        .default_open(true)
        .show(ui, |ui| {
            if let Some(id) = super::timeline_text::ui(ui, lang, plan, today) {
                opened = Some(id);
            }
        });
    opened
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone as _};

    use super::{Row, State, rows};
    use crate::model::plan::{ChecklistEntry, Plan, Status};
    use crate::model::taxonomy::Phase;

    fn date(m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2027, m, d)
    }

    fn entry(id: &str, phase: Phase, due: Option<NaiveDate>, status: Status) -> ChecklistEntry {
        let mut entry = ChecklistEntry::custom(id.to_owned(), phase, id);
        entry.due = due;
        entry.status = status;
        entry
    }

    #[test]
    fn rows_group_dated_tasks_by_phase_in_date_order() {
        let now = chrono::Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap();
        let mut plan = Plan::new("p", now);
        plan.checklist = vec![
            entry("late", Phase::Founding, date(3, 1), Status::Todo),
            entry("undated", Phase::Founding, None, Status::Todo),
            entry("funding", Phase::Funding, date(1, 1), Status::Todo),
            entry("early", Phase::Founding, date(2, 1), Status::Done),
            entry("first", Phase::Preparation, date(5, 1), Status::Todo),
        ];
        let shown: Vec<String> = rows(&plan)
            .iter()
            .map(|row| match row {
                Row::Phase(phase) => format!("{phase:?}"),
                Row::Task(entry) => entry.id.clone(),
            })
            .collect();
        assert_eq!(
            shown,
            [
                "Preparation",
                "first",
                "Founding",
                "early",
                "late",
                "Funding",
                "funding"
            ]
        );
    }

    #[test]
    fn states_put_overdue_before_the_status_but_not_before_done_or_not_applicable() {
        let today = NaiveDate::from_ymd_opt(2027, 2, 10).unwrap_or_default();
        let past = date(2, 9);
        let state = |status, due| State::of(&entry("x", Phase::Founding, due, status), today);
        assert_eq!(state(Status::Todo, past), State::Overdue);
        assert_eq!(state(Status::InProgress, past), State::Overdue);
        assert_eq!(state(Status::Done, past), State::Done);
        assert_eq!(state(Status::NotApplicable, past), State::NotApplicable);
        assert_eq!(state(Status::InProgress, date(2, 10)), State::InProgress);
        assert_eq!(state(Status::Todo, None), State::Todo);
    }
}
