//! The budget chart of the budget step: a bar of the costs above a bar of the funding, split
//! by source, with the money missing hatched and labelled at the end of the funding bar. Its
//! numbers (costs, funding, the gap, each source) are written beside it as text.

use egui::{Align2, FontId, Rect, Stroke, pos2, vec2};

use super::charts::{self, MAX_WIDTH};
use crate::i18n::Lang;
use crate::i18n::planning::budget::texts as budget_texts;
use crate::i18n::planning::charts::{ChartTexts, texts};
use crate::model::charts::BudgetChart;
use crate::model::money::{Money, format_money};
use crate::model::plan::Plan;

/// Width of the bars' labels, in points.
const LABEL_WIDTH: f32 = 110.0;
/// Height of a bar.
const BAR_HEIGHT: f32 = 22.0;
/// Space between the bars.
const GAP: f32 = 8.0;

/// What the gap says: missing money, a surplus, or a balance.
pub fn gap_text(t: &ChartTexts, chart: &BudgetChart, lang: Lang) -> String {
    let gap = chart.gap();
    if gap > Money::ZERO {
        (t.gap_missing)(&format_money(gap, lang))
    } else if gap < Money::ZERO {
        (t.gap_surplus)(&format_money(Money::ZERO.minus(gap), lang))
    } else {
        t.balanced.to_owned()
    }
}

/// The chart's numbers in one line (also its accessible name, after the chart's name).
pub fn numbers(t: &ChartTexts, chart: &BudgetChart, lang: Lang) -> String {
    (t.budget_numbers)(
        &format_money(chart.costs, lang),
        &format_money(chart.funding, lang),
        &gap_text(t, chart, lang),
    )
}

/// Draws the chart of `plan`'s budget (nothing while it has no amounts).
pub fn ui(ui: &mut egui::Ui, lang: Lang, plan: &Plan) {
    let chart = BudgetChart::of(plan);
    if chart.is_empty() {
        return;
    }
    let t = texts(lang);
    let numbers = numbers(t, &chart, lang);
    ui.label(egui::RichText::new(t.budget_name).strong());
    let width = ui.available_width().min(MAX_WIDTH);
    let size = vec2(width, BAR_HEIGHT * 2.0 + GAP);
    let (response, painter) = charts::area(ui, size, &format!("{}: {numbers}", t.budget_name));
    draw(ui, &painter, response.rect, t, &chart);
    ui.label(numbers);
    legend_ui(ui, lang, &chart);
}

fn draw(ui: &egui::Ui, painter: &egui::Painter, rect: Rect, t: &ChartTexts, chart: &BudgetChart) {
    let visuals = ui.visuals();
    let font = FontId::proportional(13.0);
    let left = rect.left() + LABEL_WIDTH;
    let length = (rect.right() - left - 4.0).max(10.0);
    let bar = |row: f32, from: f32, to: f32| {
        let top = rect.top() + row * (BAR_HEIGHT + GAP);
        Rect::from_min_max(
            pos2(left + from * length, top),
            pos2(left + to * length, top + BAR_HEIGHT),
        )
    };
    for (row, label) in t.budget_bars.iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "two rows")]
        let y = rect.top() + row as f32 * (BAR_HEIGHT + GAP) + BAR_HEIGHT / 2.0;
        let at = pos2(rect.left(), y);
        painter.text(
            at,
            Align2::LEFT_CENTER,
            *label,
            font.clone(),
            visuals.text_color(),
        );
    }
    let costs = bar(0.0, 0.0, chart.share(chart.costs));
    // A grey that shows on the light, the dark and the high-contrast background alike.
    painter.rect_filled(costs, 0.0, visuals.text_color().gamma_multiply(0.3));
    painter.rect_stroke(
        costs,
        0.0,
        charts::outline(visuals),
        egui::StrokeKind::Inside,
    );
    let mut from = 0.0;
    for (index, source) in chart.sources.iter().enumerate() {
        let to = from + chart.share(source.amount);
        let segment = bar(1.0, from, to.min(1.0));
        painter.rect_filled(segment, 0.0, charts::series_fill(visuals, index));
        painter.rect_stroke(
            segment,
            0.0,
            charts::outline(visuals),
            egui::StrokeKind::Inside,
        );
        from = to;
    }
    let missing = chart.gap();
    if missing > Money::ZERO {
        let gap = bar(1.0, from.min(1.0), 1.0);
        charts::hatch(painter, gap, super::theme::ERROR);
        painter.rect_stroke(
            gap,
            0.0,
            Stroke::new(1.5, super::theme::ERROR),
            egui::StrokeKind::Inside,
        );
    }
}

/// The sources with their fills and amounts, as text.
fn legend_ui(ui: &mut egui::Ui, lang: Lang, chart: &BudgetChart) {
    let kinds = budget_texts(lang).findings.funding_kinds;
    ui.horizontal_wrapped(|ui| {
        for (index, source) in chart.sources.iter().enumerate() {
            let (swatch, _) = ui.allocate_exact_size(vec2(12.0, 12.0), egui::Sense::hover());
            let fill = charts::series_fill(ui.visuals(), index);
            ui.painter().rect_filled(swatch, 0.0, fill);
            ui.painter().rect_stroke(
                swatch,
                0.0,
                charts::outline(ui.visuals()),
                egui::StrokeKind::Inside,
            );
            let name = kinds.get(source.kind.index()).copied().unwrap_or_default();
            ui.label(format!("{name}: {}", format_money(source.amount, lang)));
            ui.add_space(8.0);
        }
    });
}
