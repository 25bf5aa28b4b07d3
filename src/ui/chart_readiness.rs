//! The readiness chart: one column per question, as tall as its points (0–2), with the points
//! written above it and the question's number below; an unanswered question is an empty,
//! outlined column marked "?". The counts of each answer are written beside it as text.

use egui::{Align2, FontId, Rect, Stroke, pos2, vec2};

use super::charts;
use crate::i18n::Lang;
use crate::i18n::planning::charts::{ChartTexts, texts};
use crate::model::charts::ReadinessChart;
use crate::model::readiness::MAX_POINTS;

/// Width of a column and the space after it, in points.
const COLUMN: f32 = 28.0;
/// Height of a full ("yes") column.
const FULL: f32 = 40.0;
/// Room for the points above and the number below.
const TEXT: f32 = 16.0;

/// The chart's accessible name: its title and each question's points.
pub fn name(t: &ChartTexts, chart: &ReadinessChart) -> String {
    let answers: Vec<String> = chart
        .points
        .iter()
        .enumerate()
        .map(|(index, points)| (t.readiness_answer)(index + 1, *points))
        .collect();
    format!("{}: {}", t.readiness_name, answers.join(", "))
}

/// The counts of each answer, as written under the chart.
pub fn numbers(t: &ChartTexts, chart: &ReadinessChart) -> String {
    let (by_points, unanswered) = chart.counts();
    (t.readiness_counts)(by_points, unanswered)
}

/// Draws the chart of `chart`'s answers.
pub fn ui(ui: &mut egui::Ui, lang: Lang, chart: &ReadinessChart) {
    let t = texts(lang);
    #[expect(clippy::cast_precision_loss, reason = "ten questions")]
    let width = COLUMN * chart.points.len() as f32;
    ui.horizontal_wrapped(|ui| {
        let size = vec2(width, FULL + TEXT * 2.0);
        let (response, painter) = charts::area(ui, size, &name(t, chart));
        draw(ui, &painter, response.rect, chart);
        ui.vertical(|ui| {
            ui.label(egui::RichText::new(t.readiness_name).strong());
            ui.label(numbers(t, chart));
        });
    });
}

fn draw(ui: &egui::Ui, painter: &egui::Painter, rect: Rect, chart: &ReadinessChart) {
    let visuals = ui.visuals();
    let font = FontId::proportional(12.0);
    let base = rect.top() + TEXT + FULL;
    painter.line_segment(
        [pos2(rect.left(), base), pos2(rect.right(), base)],
        charts::outline(visuals),
    );
    for (index, points) in chart.points.iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "ten questions")]
        let left = rect.left() + index as f32 * COLUMN + 4.0;
        let right = left + COLUMN - 8.0;
        let centre = (left + right) / 2.0;
        let (height, mark) = match points {
            Some(p) => (FULL * f32::from(*p) / f32::from(MAX_POINTS), p.to_string()),
            None => (FULL, "?".to_owned()),
        };
        let column = Rect::from_min_max(pos2(left, base - height), pos2(right, base));
        if points.is_some() {
            painter.rect_filled(column, 0.0, charts::series_fill(visuals, 0));
        } else {
            let dashed = Stroke::new(1.0, visuals.weak_text_color());
            painter.rect_stroke(column, 0.0, dashed, egui::StrokeKind::Inside);
        }
        let above = pos2(centre, base - height - 2.0);
        painter.text(
            above,
            Align2::CENTER_BOTTOM,
            mark,
            font.clone(),
            visuals.text_color(),
        );
        let below = pos2(centre, base + 2.0);
        let number = (index + 1).to_string();
        painter.text(
            below,
            Align2::CENTER_TOP,
            number,
            font.clone(),
            visuals.weak_text_color(),
        );
    }
}
