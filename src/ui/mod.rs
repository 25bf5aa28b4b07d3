//! Drawing: one file per wizard step, plus the shared bars, dialogs and helpers.

pub mod catalogue;
pub mod chart_budget;
pub mod chart_readiness;
pub mod charts;
pub mod checkins;
mod checklist_detail;
mod checklist_panes;
pub mod checklist_rows;
pub mod checklist_table;
pub mod checklist_view;
pub mod deferred_panel;
pub mod export_dialog;
pub mod fields;
pub mod glossary;
pub mod health_panel;
pub mod milestones;
pub mod modals;
pub mod nav;
pub mod open_panel;
pub mod phase_bars;
pub mod phase_strip;
pub mod recent_plans;
pub mod step_budget;
pub mod step_checklist;
pub mod step_franchise;
mod step_franchise_terms;
pub mod step_model;
pub mod step_profile;
pub mod step_readiness;
pub mod step_review;
pub mod step_start;
pub mod step_team;
pub mod theme;
pub mod timeline;
mod timeline_axis;
pub mod timeline_chart;
mod timeline_rows;
mod timeline_text;
pub mod toasts;
pub mod top_bar;

/// A single-line text field with a visible label that also names it for screen readers.
pub fn labelled_text_field(ui: &mut egui::Ui, label: &str, value: &mut String) -> egui::Response {
    ui.horizontal(|ui| {
        let size = egui::vec2(theme::LABEL_WIDTH, ui.spacing().interact_size.y);
        let layout = egui::Layout::left_to_right(egui::Align::Center);
        let label = ui
            .allocate_ui_with_layout(size, layout, |ui| {
                ui.set_min_width(theme::LABEL_WIDTH);
                ui.label(label)
            })
            .inner;
        ui.add(egui::TextEdit::singleline(value).desired_width(theme::FIELD_WIDTH))
            .labelled_by(label.id)
    })
    .inner
}

/// In a wrapping row, starts a new line unless `needed` points are left on this one, so a
/// group of widgets (a label and its drop-down, a step and its "›") wraps as one.
pub fn keep_together(ui: &mut egui::Ui, needed: f32) {
    if ui.available_size_before_wrap().x < needed {
        ui.end_row();
    }
}

/// How wide `text` is on one line in `style`.
pub fn text_width(ui: &egui::Ui, text: &str, style: egui::TextStyle) -> f32 {
    egui::WidgetText::from(text)
        .into_galley(ui, Some(egui::TextWrapMode::Extend), f32::INFINITY, style)
        .size()
        .x
}

/// A small "to verify" badge for facts that are not confirmed.
pub fn verify_badge(ui: &mut egui::Ui, text: &str) {
    ui.label(
        egui::RichText::new(format!("⚠ {text}"))
            .small()
            .color(theme::WARNING),
    );
}

/// A short "why is this asked" line under a question.
pub fn why_hint(ui: &mut egui::Ui, text: &str) {
    ui.label(egui::RichText::new(format!("ℹ {text}")).small().weak());
}

/// Asks the first input of the next drawn step to take the keyboard focus, so a step can be
/// filled in without the mouse, and the step to open at its top. Called by the app when the
/// step changes.
pub fn request_autofocus(ctx: &egui::Context) {
    ctx.data_mut(|data| {
        data.insert_temp(autofocus_id(), true);
        data.insert_temp(scroll_top_id(), true);
    });
}

/// The scroll area around a step's page: one per step (offsets never leak from one step to
/// another), opened at the top after a step change.
pub fn step_scroll_area(ctx: &egui::Context, step: crate::model::wizard::Step) -> egui::ScrollArea {
    let area = egui::ScrollArea::vertical()
        .id_salt(("step_page", step.index()))
        .auto_shrink([false, false]);
    if take_scroll_to_top(ctx) {
        area.vertical_scroll_offset(0.0)
    } else {
        area
    }
}

/// True once after a step change: a step that scrolls itself opens at its top.
pub fn take_scroll_to_top(ctx: &egui::Context) -> bool {
    ctx.data_mut(|data| data.remove_temp::<bool>(scroll_top_id())) == Some(true)
}

fn scroll_top_id() -> egui::Id {
    egui::Id::unique("step_scroll_top")
}

/// Gives `response` the keyboard focus if a step change asked for it (once per change).
pub fn autofocus(ui: &egui::Ui, response: &egui::Response) {
    let wanted = ui
        .ctx()
        .data_mut(|data| data.remove_temp::<bool>(autofocus_id()));
    if wanted == Some(true) {
        response.request_focus();
    }
}

/// Runs `draw` without letting its fields take the focus a step change asked for, so that it
/// goes to the step's own first control drawn after them.
pub fn without_autofocus<R>(ui: &mut egui::Ui, draw: impl FnOnce(&mut egui::Ui) -> R) -> R {
    let wanted = ui
        .ctx()
        .data_mut(|data| data.remove_temp::<bool>(autofocus_id()));
    let out = draw(ui);
    if let Some(wanted) = wanted {
        ui.ctx()
            .data_mut(|data| data.insert_temp(autofocus_id(), wanted));
    }
    out
}

fn autofocus_id() -> egui::Id {
    egui::Id::unique("step_autofocus")
}
