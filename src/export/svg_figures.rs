//! Draws the HTML export's pictures ([`super::figures`]) as inline SVG with [`super::svg`]:
//! black, greys and patterns, each mark with its own shape and every number written as text,
//! so that a black-and-white A4 printout reads as well as the screen.

use chrono::NaiveDate;

use super::figures::{BudgetFigure, Mark, PhaseFigure, TimelineFigure};
use super::svg::{Svg, n};

/// The width of every picture, in user units (the style sheet scales it to the page).
const WIDTH: f32 = 680.0;
/// Body text size.
const FONT: &str = "11";
/// Small text size.
const SMALL: &str = "9";
/// Lines and marks.
const INK: &str = "#000";
/// Height of a row of the budget's legend.
const LEGEND_ROW: f32 = 18.0;
/// Red, for what is missing or late (always with a shape or a word too).
const RED: &str = "#b00000";

/// Progress per phase: for each phase its numbers in words, and under them its bar with the
/// done part hatched.
pub fn phases(figure: &PhaseFigure) -> String {
    const ROW: f32 = 30.0;
    #[expect(clippy::cast_precision_loss, reason = "seven phases")]
    let height = ROW * figure.bars.len() as f32 + 4.0;
    let mut svg = Svg::new("fig-phases", WIDTH, height, &figure.title);
    svg.start("defs", &[]);
    svg.hatch_pattern("fig-phases-done", 4.0, INK);
    svg.end();
    let length = WIDTH - 2.0;
    for (index, (words, progress)) in figure.bars.iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "seven phases")]
        let top = 2.0 + ROW * index as f32;
        svg.text(0.0, top + 10.0, &[("font-size", FONT)], words);
        let done = [("fill", "url(#fig-phases-done)")];
        svg.rect(1.0, top + 14.0, length * progress.fraction(), 11.0, &done);
        let frame = [("fill", "none"), ("stroke", INK)];
        svg.rect(1.0, top + 14.0, length, 11.0, &frame);
    }
    svg.finish()
}

/// The fills of the funding sources, in turn: patterns and greys that print apart.
const SOURCE_FILLS: [&str; 5] = [
    "#555",
    "url(#fig-budget-p1)",
    "#ccc",
    "url(#fig-budget-p2)",
    "#fff",
];

/// The budget: a bar of the costs above a bar of the funding split by source, the gap hatched
/// in red and labelled, and a legend with each source's amount.
pub fn budget(figure: &BudgetFigure) -> String {
    const BAR_X: f32 = 190.0;
    const BAR: f32 = 22.0;
    let chart = &figure.chart;
    let length = WIDTH - BAR_X - 2.0;
    let legend_items = figure.sources.len() + 1;
    #[expect(clippy::cast_precision_loss, reason = "seven kinds of source")]
    let legend_rows = legend_items.div_ceil(2) as f32;
    let legend_top = 4.0 + BAR * 2.0 + 30.0;
    let height = legend_top + LEGEND_ROW * legend_rows + 4.0;
    let mut svg = Svg::new("fig-budget", WIDTH, height, &figure.title);
    svg.start("defs", &[]);
    svg.hatch_pattern("fig-budget-p1", 6.0, INK);
    svg.hatch_pattern("fig-budget-p2", 3.0, INK);
    svg.hatch_pattern("fig-budget-gap", 4.0, RED);
    svg.end();
    let [costs, funding] = &figure.bars;
    let bar_y = [4.0, 4.0 + BAR + 8.0];
    svg.text(0.0, bar_y[0] + 15.0, &[("font-size", FONT)], costs);
    svg.text(0.0, bar_y[1] + 15.0, &[("font-size", FONT)], funding);
    let outline = [("stroke", INK), ("stroke-width", "1")];
    svg.rect(
        BAR_X,
        bar_y[0],
        length * chart.share(chart.costs),
        BAR,
        &[("fill", "#eee"), outline[0], outline[1]],
    );
    let mut x = BAR_X;
    for (index, source) in chart.sources.iter().enumerate() {
        let width = length * chart.share(source.amount);
        let fill = SOURCE_FILLS[index % SOURCE_FILLS.len()];
        svg.rect(
            x,
            bar_y[1],
            width,
            BAR,
            &[("fill", fill), outline[0], outline[1]],
        );
        x += width;
    }
    let gap_end = BAR_X + length * chart.share(chart.costs);
    if gap_end > x + 0.5 {
        svg.rect(
            x,
            bar_y[1],
            gap_end - x,
            BAR,
            &[
                ("fill", "url(#fig-budget-gap)"),
                ("stroke", RED),
                ("stroke-width", "1.5"),
            ],
        );
    }
    let gap_y = bar_y[1] + BAR + 14.0;
    svg.text(
        WIDTH - 2.0,
        gap_y,
        &[
            ("font-size", FONT),
            ("font-weight", "bold"),
            ("text-anchor", "end"),
        ],
        &figure.gap,
    );
    budget_legend(&mut svg, figure, legend_top);
    svg.finish()
}

/// The budget's legend, two to a row: each source's fill and amount, then the gap.
fn budget_legend(svg: &mut Svg, figure: &BudgetFigure, top: f32) {
    let outline = [("stroke", INK), ("stroke-width", "1")];
    let mut legend: Vec<(&str, &str)> = figure
        .sources
        .iter()
        .enumerate()
        .map(|(index, label)| (SOURCE_FILLS[index % SOURCE_FILLS.len()], label.as_str()))
        .collect();
    legend.push(("url(#fig-budget-gap)", figure.gap.as_str()));
    for (index, (fill, label)) in legend.into_iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "a few rows")]
        let (column, row) = ((index % 2) as f32, (index / 2) as f32);
        let (lx, ly) = (column * WIDTH / 2.0, top + row * LEGEND_ROW);
        svg.rect(
            lx,
            ly,
            12.0,
            12.0,
            &[("fill", fill), outline[0], outline[1]],
        );
        svg.text(lx + 18.0, ly + 10.0, &[("font-size", FONT)], label);
    }
}

/// Where the timeline's parts go.
struct Axis {
    start: NaiveDate,
    days: f32,
    left: f32,
    right: f32,
}

impl Axis {
    fn x(&self, date: NaiveDate) -> f32 {
        #[expect(clippy::cast_precision_loss, reason = "days of a plan")]
        let day = (date - self.start).num_days() as f32;
        self.left + (self.right - self.left) * day / self.days.max(1.0)
    }
}

/// The timeline: one row per phase with a mark per task (its shape tells its state), the
/// milestones as numbered dashed lines listed below, today as a solid line, and a legend.
pub fn timeline(figure: &TimelineFigure) -> String {
    const LANE: f32 = 22.0;
    const TOP: f32 = 30.0;
    const LINE: f32 = 14.0;
    #[expect(clippy::cast_precision_loss, reason = "days of a plan")]
    let axis = Axis {
        start: figure.start,
        days: (figure.end - figure.start).num_days() as f32,
        left: 165.0,
        right: WIDTH - 6.0,
    };
    #[expect(clippy::cast_precision_loss, reason = "seven phases")]
    let bottom = TOP + LANE * figure.lanes.len() as f32;
    #[expect(clippy::cast_precision_loss, reason = "a few milestones")]
    let height = bottom + 44.0 + LINE * figure.milestones.len() as f32;
    let mut svg = Svg::new("fig-timeline", WIDTH, height, &figure.title);
    for (index, lane) in figure.lanes.iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "seven phases")]
        let top = TOP + LANE * index as f32;
        if index % 2 == 0 {
            svg.rect(0.0, top, WIDTH, LANE, &[("fill", "#f0f0f0")]);
        }
        svg.text(2.0, top + 15.0, &[("font-size", FONT)], &lane.name);
    }
    for (day, label) in &figure.ticks {
        let x = axis.x(*day);
        svg.line(
            (x, TOP - 4.0),
            (x, bottom),
            &[("stroke", "#999"), ("stroke-width", "0.5")],
        );
        // The last label would run off the picture.
        if x < axis.right - 40.0 {
            svg.text(x + 2.0, TOP - 8.0, &[("font-size", SMALL)], label);
        }
    }
    for (index, (day, _)) in figure.milestones.iter().enumerate() {
        let x = axis.x(*day);
        let dash = [
            ("stroke", INK),
            ("stroke-width", "1"),
            ("stroke-dasharray", "4 3"),
        ];
        svg.line((x, 10.0), (x, bottom), &dash);
        let bold = [
            ("font-size", SMALL),
            ("font-weight", "bold"),
            ("text-anchor", "middle"),
        ];
        svg.text(x, 8.0, &bold, &format!("M{}", index + 1));
    }
    if let Some(today) = figure.today {
        let x = axis.x(today);
        svg.line(
            (x, TOP - 4.0),
            (x, bottom + 4.0),
            &[("stroke", RED), ("stroke-width", "2")],
        );
    }
    for (index, lane) in figure.lanes.iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "seven phases")]
        let middle = TOP + LANE * index as f32 + LANE / 2.0;
        for (day, mark) in &lane.marks {
            mark_svg(&mut svg, axis.x(*day), middle, *mark);
        }
    }
    legend(&mut svg, figure, bottom + 18.0);
    for (index, (_, words)) in figure.milestones.iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "a few milestones")]
        let y = bottom + 40.0 + LINE * index as f32;
        svg.text(
            2.0,
            y,
            &[("font-size", FONT)],
            &format!("M{} – {words}", index + 1),
        );
    }
    svg.finish()
}

/// A task's mark: a filled square (done), an empty circle (open), a red cross (overdue), a
/// grey dash (not applicable).
fn mark_svg(svg: &mut Svg, x: f32, y: f32, mark: Mark) {
    match mark {
        Mark::Done => svg.rect(x - 3.5, y - 3.5, 7.0, 7.0, &[("fill", INK)]),
        Mark::Open => {
            let (cx, cy) = (n(x), n(y));
            svg.empty(
                "circle",
                &[
                    ("cx", &cx),
                    ("cy", &cy),
                    ("r", "3.5"),
                    ("fill", "#fff"),
                    ("stroke", INK),
                ],
            );
        }
        Mark::Overdue => {
            let red = [("stroke", RED), ("stroke-width", "2")];
            svg.line((x - 4.0, y - 4.0), (x + 4.0, y + 4.0), &red);
            svg.line((x - 4.0, y + 4.0), (x + 4.0, y - 4.0), &red);
        }
        Mark::NotApplicable => {
            svg.line(
                (x - 4.0, y),
                (x + 4.0, y),
                &[("stroke", "#777"), ("stroke-width", "2")],
            );
        }
    }
}

fn legend(svg: &mut Svg, figure: &TimelineFigure, y: f32) {
    let [done, open, overdue, not_applicable, milestone, today] = &figure.legend;
    let slot = WIDTH / 6.0;
    let marks = [
        (Mark::Done, done),
        (Mark::Open, open),
        (Mark::Overdue, overdue),
        (Mark::NotApplicable, not_applicable),
    ];
    for (index, (mark, words)) in marks.into_iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "six slots")]
        let x = slot * index as f32;
        mark_svg(svg, x + 6.0, y - 4.0, mark);
        svg.text(x + 14.0, y, &[("font-size", FONT)], words);
    }
    let x = slot * 4.0;
    let dash = [("stroke", INK), ("stroke-dasharray", "4 3")];
    svg.line((x + 6.0, y - 10.0), (x + 6.0, y + 2.0), &dash);
    svg.text(x + 14.0, y, &[("font-size", FONT)], milestone);
    let x = slot * 5.0;
    svg.line(
        (x + 6.0, y - 10.0),
        (x + 6.0, y + 2.0),
        &[("stroke", RED), ("stroke-width", "2")],
    );
    svg.text(x + 14.0, y, &[("font-size", FONT)], today);
}
