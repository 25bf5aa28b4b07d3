//! Progress per phase in the checklist's header, over both the list and the timeline: a strip
//! of one small column per phase (filled as far as the phase is done) that is also a button:
//! it unfolds the full bars with their numbers ([`super::phase_bars`]) below the header. The
//! strip's accessible name and its tooltip carry every phase's numbers.

use egui::accesskit::Role;
use egui::{Rect, Stroke, pos2, vec2};

use super::charts;
use crate::i18n::Lang;
use crate::i18n::planning::timeline::texts;
use crate::model::plan::Plan;
use crate::model::progress::{Progress, by_phase};

/// Width and height of one phase's column, in points.
const COLUMN: egui::Vec2 = vec2(8.0, 12.0);
/// Space between the columns.
const SPACE: f32 = 3.0;
/// Space between the columns and the button's edge.
const PAD: f32 = 6.0;
/// Room for the chart sign before the columns.
const ICON: f32 = 18.0;

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

/// Draws the strip, after the checklist's introduction: a button (its accessible name and tooltip carry
/// every phase's numbers) that unfolds the bars below the header (nothing when the checklist
/// is empty).
fn toggle_ui(ui: &mut egui::Ui, lang: Lang, plan: &Plan) {
    if plan.checklist.is_empty() {
        return;
    }
    // Folded at first, so that the list keeps its rows in a small window.
    let mut open = ui.data(|d| d.get_temp::<bool>(open_id())).unwrap_or(false);
    let phases: Vec<Progress> = by_phase(&plan.checklist).map(|(_, p)| p).to_vec();
    let name = numbers(lang, &phases);
    #[expect(clippy::cast_precision_loss, reason = "seven phases")]
    let width = PAD * 2.0 + ICON + (COLUMN.x + SPACE) * phases.len() as f32 - SPACE;
    // As tall as a line of the text it follows, so that the introduction keeps its height.
    let size = vec2(width, ui.text_style_height(&egui::TextStyle::Body));
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::click());
    response.widget_info(|| egui::WidgetInfo::selected(Role::Button, true, open, &name));
    if response.clicked() {
        open = !open;
    }
    if ui.is_rect_visible(rect) {
        let look = ui.style().interact_selectable(&response, open);
        let painter = ui.painter();
        painter.rect(
            rect,
            look.corner_radius,
            look.weak_bg_fill,
            look.bg_stroke,
            egui::StrokeKind::Inside,
        );
        let text = look.text_color();
        let at = pos2(rect.left() + PAD, rect.center().y);
        let font = egui::TextStyle::Small.resolve(ui.style());
        painter.text(at, egui::Align2::LEFT_CENTER, "📊", font, text);
        let mut inner = rect.shrink2(vec2(PAD, (rect.height() - COLUMN.y) / 2.0));
        inner.set_left(inner.left() + ICON);
        strip(ui.visuals(), painter, inner, &phases);
    }
    response.on_hover_text(name);
    ui.data_mut(|d| d.insert_temp(open_id(), open));
}

/// Draws `text` (weak, as an introduction) with the strip after its last word, in a wrapping
/// row whose lines are as tall as the text's (not as tall as buttons).
pub fn after_text_ui(ui: &mut egui::Ui, lang: Lang, plan: &Plan, text: &str) {
    ui.horizontal_wrapped(|ui| {
        ui.set_row_height(ui.text_style_height(&egui::TextStyle::Body));
        ui.label(egui::RichText::new(text).weak());
        toggle_ui(ui, lang, plan);
    });
}

/// Draws the full bars with their numbers, when the button has unfolded them.
pub fn bars_ui(ui: &mut egui::Ui, lang: Lang, plan: &Plan) {
    if ui.data(|d| d.get_temp::<bool>(open_id())) == Some(true) {
        super::phase_bars::ui(ui, lang, plan, false);
    }
}

/// One column per phase in `rect`, filled from the bottom as far as the phase is done; a
/// phase without items is a faint outline.
fn strip(visuals: &egui::Visuals, painter: &egui::Painter, rect: Rect, phases: &[Progress]) {
    for (index, progress) in phases.iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "seven phases")]
        let left = rect.left() + index as f32 * (COLUMN.x + SPACE);
        let column = Rect::from_min_size(pos2(left, rect.top()), COLUMN);
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
}
