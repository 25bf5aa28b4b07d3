//! Step 5: the replication checklist. A virtualised table grouped by phase (thousands of
//! items stay smooth) with search and filters, a field to add custom items, and the selected
//! item's details beside the list in a wide window, below it in a narrow one. F6 moves the
//! keyboard focus between the list and the details.

use chrono::NaiveDate;

use super::checklist_panes::{below_ui, beside_ui, pane_key};
use super::checklist_view::ChecklistFrame;
pub use super::checklist_view::{ChecklistView, Filter, PANE_KEY, ROW_HEIGHT, due_marker};
use crate::i18n::planning::checklist::{ChecklistTexts, texts};
use crate::i18n::{Lang, tr};
use crate::model::plan::Plan;
use crate::model::progress::{Progress, count_pressing};
use crate::model::taxonomy::Phase;

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
    let mut f = ChecklistFrame {
        lang,
        plan,
        view,
        today,
    };
    if f.view.layout.side_by_side(ui.available_width()) {
        if header_ui(ui, &mut f) {
            return;
        }
        top_ui(ui, &mut f);
        beside_ui(ui, &mut f);
    } else {
        // Narrow: the whole page scrolls, with the details below the list.
        let mut page = egui::ScrollArea::vertical()
            .id_salt("checklist_page")
            .auto_shrink([false, false]);
        if super::take_scroll_to_top(ui.ctx()) {
            page = page.vertical_scroll_offset(0.0);
        }
        page.show(ui, |ui| {
            if header_ui(ui, &mut f) {
                return;
            }
            top_ui(ui, &mut f);
            below_ui(ui, &mut f);
        });
    }
}

/// The heading, the milestones and the List / Timeline switch; true when the timeline is
/// shown (drawn here), so the list is not.
fn header_ui(ui: &mut egui::Ui, f: &mut ChecklistFrame<'_>) -> bool {
    let (lang, today) = (f.lang, f.today);
    let t = texts(lang);
    let timeline = ui
        .horizontal_wrapped(|ui| {
            ui.heading(t.heading);
            ui.add_space(12.0);
            let timeline = super::timeline::tabs_ui(ui, lang);
            ui.add_space(12.0);
            super::milestones::toggle_ui(ui, lang, f.plan);
            super::checkins::toggle_ui(ui, lang, f.plan, today);
            timeline
        })
        .inner;
    super::phase_strip::after_text_ui(ui, lang, f.plan, t.intro);
    super::milestones::section_ui(ui, lang, f.plan);
    super::checkins::section_ui(ui, lang, f.plan, today);
    super::phase_strip::bars_ui(ui, lang, f.plan);
    if timeline {
        super::timeline::body_ui(ui, lang, f.plan, f.view, today);
    }
    timeline
}

fn top_ui(ui: &mut egui::Ui, f: &mut ChecklistFrame<'_>) {
    let (lang, today) = (f.lang, f.today);
    let t = texts(lang);
    summary_ui(ui, t, f.plan, today);
    toolbar_ui(ui, t, f.view);
    add_item_ui(ui, lang, f.plan, f.view);
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
