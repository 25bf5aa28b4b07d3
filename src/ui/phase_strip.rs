//! Progress per phase in the checklist's header, over both the list and the timeline: a strip
//! of one small column per phase (filled as far as the phase is done), and a button that
//! unfolds the full bars with their numbers ([`super::phase_bars`]). The strip's accessible
//! name and its tooltip carry every phase's numbers.

use egui::{Rect, Stroke, pos2, vec2};

use super::charts;
use crate::i18n::Lang;
use crate::i18n::planning::timeline::texts;
use crate::model::plan::Plan;
use crate::model::progress::{Progress, by_phase};

/// Width and height of one phase's column, in points.
const COLUMN: egui::Vec2 = vec2(12.0, 18.0);
/// Windows at least this tall show the full bars until the user folds them.
const TALL: f32 = 820.0;

/// Every phase's numbers, one after another (the strip's accessible name and tooltip).
pub fn numbers(lang: Lang, phases: &[Progress]) -> String {
    let (s, t) = (crate::i18n::tr(lang), texts(lang));
    let each: Vec<String> = phases
        .iter()
        .enumerate()
        .filter(|(_, p)| p.total > 0)
        .map(|(index, p)| (t.phase_bar)(s.phases.get(index).copied().unwrap_or_default(), *p))
        .collect();
    format!("{}: {}", t.phases_heading, each.join("; "))
}

fn open_id() -> egui::Id {
    egui::Id::unique("checklist_phase_bars_open")
}

/// Draws the button and the strip, in the header's row (nothing when the checklist is empty).
pub fn toggle_ui(ui: &mut egui::Ui, lang: Lang, plan: &Plan) {
    if plan.checklist.is_empty() {
        return;
    }
    let tall = ui.ctx().content_rect().height() >= TALL;
    let mut open = ui.data(|d| d.get_temp::<bool>(open_id())).unwrap_or(tall);
    let phases: Vec<Progress> = by_phase(&plan.checklist).map(|(_, p)| p).to_vec();
    ui.toggle_value(&mut open, format!("📊 {}", texts(lang).phases_heading));
    strip_ui(ui, lang, &phases);
    ui.data_mut(|d| d.insert_temp(open_id(), open));
}

/// Draws the full bars with their numbers, when the button has unfolded them.
pub fn bars_ui(ui: &mut egui::Ui, lang: Lang, plan: &Plan) {
    if ui.data(|d| d.get_temp::<bool>(open_id())) == Some(true) {
        super::phase_bars::ui(ui, lang, plan, false);
    }
}

fn strip_ui(ui: &mut egui::Ui, lang: Lang, phases: &[Progress]) {
    let name = numbers(lang, phases);
    #[expect(clippy::cast_precision_loss, reason = "seven phases")]
    let size = vec2((COLUMN.x + 4.0) * phases.len() as f32, COLUMN.y);
    let (response, painter) = charts::area(ui, size, &name);
    let visuals = ui.visuals();
    for (index, progress) in phases.iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "seven phases")]
        let left = response.rect.left() + index as f32 * (COLUMN.x + 4.0);
        let column = Rect::from_min_size(pos2(left, response.rect.top()), COLUMN);
        if progress.total == 0 {
            let faint = Stroke::new(1.0, visuals.weak_text_color().gamma_multiply(0.5));
            painter.rect_stroke(column, 0.0, faint, egui::StrokeKind::Inside);
            continue;
        }
        let mut done = column;
        done.set_top(column.bottom() - column.height() * progress.fraction());
        painter.rect_filled(done, 0.0, charts::series_fill(visuals, 0));
        painter.rect_stroke(
            column,
            0.0,
            charts::outline(visuals),
            egui::StrokeKind::Inside,
        );
    }
    response.on_hover_text(name);
}
