//! Progress per phase: one bar per phase that has items, each with its numbers as text beside
//! it and as its accessible name ("Założenie: zrobione 3 z 4 (75%)"). Drawn by egui's own
//! progress bar, so it follows the theme (light, dark, high contrast).

use crate::i18n::Lang;
use crate::i18n::planning::timeline::texts;
use crate::model::plan::Plan;
use crate::model::progress::by_phase;

/// Width of a bar, in points.
const BAR_WIDTH: f32 = 180.0;

/// Draws the bars of `plan`'s phases, under a heading when `heading` is set (nothing when the
/// checklist is empty).
pub fn ui(ui: &mut egui::Ui, lang: Lang, plan: &Plan, heading: bool) {
    if plan.checklist.is_empty() {
        return;
    }
    let (s, t) = (crate::i18n::tr(lang), texts(lang));
    if heading {
        ui.label(egui::RichText::new(t.phases_heading).strong());
    }
    egui::Grid::new("phase_bars")
        .num_columns(2)
        .spacing([10.0, 4.0])
        .show(ui, |ui| {
            for (index, (_, progress)) in by_phase(&plan.checklist).into_iter().enumerate() {
                if progress.total == 0 {
                    continue;
                }
                let name = s.phases.get(index).copied().unwrap_or_default();
                let numbers = (t.phase_bar)(name, progress);
                ui.add(egui::ProgressBar::new(progress.fraction()).desired_width(BAR_WIDTH))
                    .accessible_name(&numbers);
                ui.label(numbers);
                ui.end_row();
            }
        });
}
