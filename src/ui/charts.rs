//! What the charts share: a drawing area that screen readers and tests find by its name, the
//! fills of a series in the current theme, and hatching (so a mark never relies on colour
//! alone). The charts themselves are `chart_budget`, `chart_readiness` and `phase_bars`.

use egui::accesskit::Role;
use egui::{Color32, Painter, Rect, Response, Sense, Stroke, Vec2, pos2};

/// Widest a chart's drawing area grows, in points.
pub const MAX_WIDTH: f32 = 560.0;

/// Takes `size` for a chart named `name` (its accessible name, read together with its numbers)
/// and returns its response and a painter clipped to it.
pub fn area(ui: &mut egui::Ui, size: Vec2, name: &str) -> (Response, Painter) {
    let (response, painter) = ui.allocate_painter(size, Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(Role::Image, true, name));
    (response, painter)
}

/// The fill of series `index` in the current theme: the accent colour in light themes, the
/// selection colour in dark ones, lighter for each next series (the legend and the
/// separators tell them apart as well).
pub fn series_fill(visuals: &egui::Visuals, index: usize) -> Color32 {
    const STRENGTHS: [f32; 4] = [1.0, 0.7, 0.45, 0.3];
    let strength = STRENGTHS
        .get(index % STRENGTHS.len())
        .copied()
        .unwrap_or(1.0);
    let base = if visuals.dark_mode {
        visuals.selection.bg_fill.gamma_multiply(1.6)
    } else {
        // The light theme's selection colour is too pale to read as a bar.
        super::theme::ACCENT
    };
    base.gamma_multiply(strength)
}

/// The outline of bars: the text colour, faint.
pub fn outline(visuals: &egui::Visuals) -> Stroke {
    Stroke::new(1.0, visuals.text_color().gamma_multiply(0.7))
}

/// Diagonal lines across `rect` in `color`, 6 points apart.
pub fn hatch(painter: &Painter, rect: Rect, color: Color32) {
    let painter = painter.with_clip_rect(rect.intersect(painter.clip_rect()));
    let stroke = Stroke::new(1.5, color);
    let mut x = rect.left() - rect.height();
    while x < rect.right() {
        painter.line_segment(
            [pos2(x, rect.bottom()), pos2(x + rect.height(), rect.top())],
            stroke,
        );
        x += 6.0;
    }
}
