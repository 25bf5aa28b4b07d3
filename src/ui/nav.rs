//! The step indicator and the shared Back / Next bar.

use crate::command::Command;
use crate::i18n::{Lang, Strings, tr};
use crate::model::plan::Plan;
use crate::model::wizard::{Missing, Step, can_advance, missing};

/// Shows every step, with the current one highlighted and numbered; a step the wizard's
/// rules let the user reach (every step before it is complete) is a button that goes there.
/// Each step stays on one line: the row wraps between steps, never inside one.
pub fn step_indicator(
    ui: &mut egui::Ui,
    s: &Strings,
    current: Step,
    plan: &Plan,
) -> Option<Command> {
    if ui.available_width() < COMPACT_BELOW {
        return compact_indicator(ui, s, current, plan);
    }
    let mut command = None;
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(format!("{}:", s.step_indicator)).weak());
        for step in Step::ALL {
            // A step and the "›" after it go to the next line together, so no line starts
            // with "›".
            let needed = crumb_width(ui, s, step) + ui.spacing().item_spacing.x * 2.0 + 12.0;
            super::keep_together(ui, needed);
            if let Some(go) = crumb(ui, s, (step, current), plan) {
                command = Some(go);
            }
            if step.next().is_some() {
                ui.label(egui::RichText::new("›").weak());
            }
        }
    });
    command
}

/// One step of the indicator: the current one as bold text, the others as buttons (enabled
/// where the wizard's rules let the user go); returns the step clicked.
fn crumb(
    ui: &mut egui::Ui,
    s: &Strings,
    (step, current): (Step, Step),
    plan: &Plan,
) -> Option<Command> {
    let text = format!("{}. {}", step.index() + 1, s.step(step));
    if step == current {
        let rich = egui::RichText::new(format!("▶ {text}")).strong();
        ui.add(egui::Label::new(rich).extend());
        return None;
    }
    let rich = if step.index() < current.index() {
        egui::RichText::new(format!("✔ {text}"))
    } else {
        egui::RichText::new(text).weak()
    };
    let button = egui::Button::new(rich)
        .frame(false)
        .wrap_mode(egui::TextWrapMode::Extend);
    ui.add_enabled(reachable(step, plan), button)
        .clicked()
        .then_some(Command::GoTo(step))
}

/// About how wide a step's button is (its longest form, "▶ n. name", with the button's
/// padding).
fn crumb_width(ui: &egui::Ui, s: &Strings, step: Step) -> f32 {
    let text = format!("▶ {}. {}", step.index() + 1, s.step(step));
    super::text_width(ui, &text, egui::TextStyle::Button) + 2.0 * ui.spacing().button_padding.x
}

/// Below this width (in points: a small window or a large text size) the step indicator shows
/// only the current step, with the others in a menu, instead of wrapping over four rows.
const COMPACT_BELOW: f32 = 560.0;

/// "Krok 6 z 9: ▶ Lista zadań ⏷": the current step as a menu of every step (those the wizard
/// lets the user reach are enabled).
fn compact_indicator(
    ui: &mut egui::Ui,
    s: &Strings,
    current: Step,
    plan: &Plan,
) -> Option<Command> {
    let mut command = None;
    ui.horizontal_wrapped(|ui| {
        let count = (s.step_of)(current.index() + 1, Step::ALL.len());
        ui.label(egui::RichText::new(count).weak());
        let title = format!("▶ {} ⏷", s.step(current));
        let button = egui::Button::new(egui::RichText::new(title).strong());
        egui::containers::menu::MenuButton::from_button(button).ui(ui, |ui| {
            for step in Step::ALL {
                let text = format!("{}. {}", step.index() + 1, s.step(step));
                let enabled = step != current && reachable(step, plan);
                if ui.add_enabled(enabled, egui::Button::new(text)).clicked() {
                    command = Some(Command::GoTo(step));
                    ui.close();
                }
            }
        });
    });
    command
}

/// True when every step before `step` is complete, so the wizard may jump there.
pub fn reachable(step: Step, plan: &Plan) -> bool {
    Step::ALL
        .into_iter()
        .take_while(|before| *before != step)
        .all(|before| missing(before, plan).is_empty())
}

/// Draws Back and Next; Next is enabled only when the step's requirements are met, and the
/// bar says what is still missing.
pub fn nav_bar(ui: &mut egui::Ui, lang: Lang, step: Step, plan: &Plan) -> Option<Command> {
    let s = tr(lang);
    let mut command = None;
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let back = egui::Button::new(format!("◀ {}", s.back));
        let back_tip = shortcut_tip(ui, &Command::Back);
        if ui
            .add_enabled(step.prev().is_some(), back)
            .on_hover_text(back_tip)
            .clicked()
        {
            command = Some(Command::Back);
        }
        if step.next().is_some() {
            let next = egui::Button::new(format!("{} ▶", s.next));
            let next_tip = shortcut_tip(ui, &Command::Next);
            if ui
                .add_enabled(can_advance(step, plan), next)
                .on_hover_text(next_tip)
                .clicked()
            {
                command = Some(Command::Next);
            }
        }
        for item in missing(step, plan) {
            ui.label(egui::RichText::new(missing_text(lang, item)).color(super::theme::WARNING));
        }
    });
    ui.add_space(4.0);
    command
}

fn shortcut_tip(ui: &egui::Ui, command: &Command) -> String {
    command
        .shortcut()
        .map(|shortcut| ui.ctx().format_shortcut(&shortcut))
        .unwrap_or_default()
}

fn missing_text(lang: Lang, missing: Missing) -> &'static str {
    let s = tr(lang);
    match missing {
        Missing::PlanName => s.missing_plan_name,
        Missing::ReplicatorKind => s.missing_kind,
        Missing::Model => s.missing_model,
        Missing::NotApplicableReason => {
            crate::i18n::planning::checklist::texts(lang).missing_reason
        }
        Missing::DropReason => crate::i18n::planning::franchise::texts(lang).missing_drop_reason,
    }
}
