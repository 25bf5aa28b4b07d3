//! The timeline's chart, drawn with egui's painter: a time axis (Polish or English month
//! names) that stays at the top while the rows scroll, one row per dated task grouped under its
//! phase, milestones as dashed vertical markers, and today's line. Overdue tasks are red,
//! done ones green, not-applicable ones faded, each with its sign too. Only the rows on screen
//! are drawn, so thousands of tasks stay smooth; each task is a focusable button.

use chrono::NaiveDate;
use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Stroke, pos2, vec2};

use super::timeline_axis::{Span, ticks};
use super::timeline_rows::{Row, State, Zoom};
use crate::i18n::Lang;
use crate::i18n::planning::timeline::{TimelineTexts, texts};
use crate::model::dates::format_date;
use crate::model::milestones::Milestone;
use crate::model::plan::ChecklistEntry;
use crate::model::taxonomy::Phase;

/// Height of one row.
pub const ROW_HEIGHT: f32 = 22.0;
/// Height of the axis band (major labels, minor labels, milestone names).
const AXIS_HEIGHT: f32 = 58.0;
/// Room right of the last date for task labels.
const RIGHT_ROOM: f32 = 420.0;
/// Task labels longer than this many characters are cut with "…".
const LABEL_CHARS: usize = 70;
/// Rows drawn above and below the visible ones, so the keyboard can move onto them.
const MARGIN_ROWS: usize = 3;

/// What the chart draws.
pub struct Chart<'a> {
    /// The language of labels.
    pub lang: Lang,
    /// Phase headings and dated tasks, in order.
    pub rows: &'a [Row<'a>],
    /// The plan's milestones.
    pub milestones: &'a [Milestone],
    /// The scale.
    pub zoom: Zoom,
    /// Today.
    pub today: NaiveDate,
    /// Scroll so today is in the middle.
    pub scroll_to_today: bool,
}

impl Chart<'_> {
    /// Draws the chart; returns the id of the task clicked (or chosen with the keyboard).
    pub fn ui(&self, ui: &mut egui::Ui) -> Option<String> {
        let t = texts(self.lang);
        ui.label(egui::RichText::new(t.chart_name).strong());
        let span = Span::of(self.rows, self.milestones, self.today);
        let day = self.zoom.day_width();
        #[expect(clippy::cast_precision_loss, reason = "day and row counts are small")]
        let size = vec2(
            (span.offset(span.end) + 1) as f32 * day + RIGHT_ROOM,
            AXIS_HEIGHT + self.rows.len() as f32 * ROW_HEIGHT,
        );
        let height = (ui.available_height() * 0.5).max(180.0);
        let mut opened = None;
        egui::ScrollArea::both()
            .id_salt("timeline_chart")
            .max_height(height)
            .auto_shrink([false, true])
            .show_viewport(ui, |ui, viewport| {
                let origin = ui.max_rect().min;
                ui.set_min_size(size);
                let x_of = |date: NaiveDate| {
                    #[expect(clippy::cast_precision_loss, reason = "day counts are small")]
                    let days = span.offset(date) as f32;
                    origin.x + days * day + day / 2.0
                };
                if self.scroll_to_today {
                    let x = x_of(self.today);
                    let target =
                        Rect::from_x_y_ranges(x - 1.0..=x + 1.0, origin.y..=origin.y + 1.0);
                    ui.scroll_to_rect(target, Some(egui::Align::Center));
                }
                opened = self.rows_ui(ui, origin, viewport, &x_of);
                let top = origin.y + viewport.min.y;
                let visible_x = (origin.x + viewport.min.x)..=(origin.x + viewport.max.x);
                let bottom = origin.y + viewport.max.y.min(size.y);
                self.markers(ui, top, bottom, &x_of);
                self.axis(ui, span, top, visible_x, &x_of);
            });
        opened
    }

    fn rows_ui(
        &self,
        ui: &mut egui::Ui,
        origin: Pos2,
        viewport: Rect,
        x_of: &dyn Fn(NaiveDate) -> f32,
    ) -> Option<String> {
        let t = texts(self.lang);
        let s = crate::i18n::tr(self.lang);
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "row indices of a visible area"
        )]
        let (first, last) = (
            (((viewport.min.y - AXIS_HEIGHT) / ROW_HEIGHT)
                .floor()
                .max(0.0) as usize)
                .saturating_sub(MARGIN_ROWS),
            ((viewport.max.y / ROW_HEIGHT).ceil().max(0.0) as usize + MARGIN_ROWS)
                .min(self.rows.len()),
        );
        let mut opened = None;
        let left = origin.x + viewport.min.x;
        for (index, row) in self.rows.iter().enumerate().take(last).skip(first) {
            #[expect(clippy::cast_precision_loss, reason = "row counts are small")]
            let y = origin.y + AXIS_HEIGHT + index as f32 * ROW_HEIGHT;
            match row {
                Row::Phase(phase) => {
                    let band =
                        Rect::from_min_size(pos2(left, y), vec2(viewport.width(), ROW_HEIGHT));
                    ui.painter()
                        .rect_filled(band, 2.0, ui.visuals().faint_bg_color);
                    let name = s
                        .phases
                        .get(
                            Phase::ALL
                                .iter()
                                .position(|p| p == phase)
                                .unwrap_or_default(),
                        )
                        .copied()
                        .unwrap_or_default();
                    ui.painter().text(
                        pos2(left + 6.0, y + ROW_HEIGHT / 2.0),
                        Align2::LEFT_CENTER,
                        name,
                        FontId::proportional(14.0),
                        ui.visuals().strong_text_color(),
                    );
                }
                Row::Task(entry) => {
                    if self.task_ui(ui, t, entry, y, x_of) {
                        opened = Some(entry.id.clone());
                    }
                }
            }
        }
        opened
    }

    /// One task: its marker and label as a focusable button; true when it is opened.
    fn task_ui(
        &self,
        ui: &mut egui::Ui,
        t: &TimelineTexts,
        entry: &ChecklistEntry,
        y: f32,
        x_of: &dyn Fn(NaiveDate) -> f32,
    ) -> bool {
        let Some(due) = entry.due else {
            return false;
        };
        let state = State::of(entry, self.today);
        let color = state_color(ui.visuals(), state);
        let x = x_of(due);
        let text = entry.text.get(self.lang);
        let short: String = if text.chars().count() > LABEL_CHARS {
            text.chars()
                .take(LABEL_CHARS)
                .chain(std::iter::once('…'))
                .collect()
        } else {
            text.to_owned()
        };
        let sign = match state {
            State::Done => "✔ ",
            State::Overdue => "⛔ ",
            State::NotApplicable => "– ",
            State::Todo | State::InProgress => "",
        };
        let galley = ui.painter().layout_no_wrap(
            format!("{sign}{short}"),
            FontId::proportional(13.0),
            color,
        );
        let rect = Rect::from_min_max(
            pos2(x - 8.0, y + 1.0),
            pos2(x + 12.0 + galley.size().x, y + ROW_HEIGHT - 1.0),
        );
        let id = ui.make_persistent_id(("timeline_task", &entry.id));
        let response = ui.interact(rect, id, Sense::click());
        let date = format_date(due, self.lang);
        let name = (t.task)(text, &date, state.name(t));
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, &name));
        if response.hovered() || response.has_focus() {
            let stroke = ui.visuals().selection.stroke;
            ui.painter()
                .rect_stroke(rect, 3.0, stroke, egui::StrokeKind::Inside);
        }
        if response.gained_focus() {
            response.scroll_to_me(None);
        }
        let center = pos2(x, y + ROW_HEIGHT / 2.0);
        ui.painter().circle_filled(center, 5.0, color);
        ui.painter().galley(
            pos2(x + 10.0, y + (ROW_HEIGHT - galley.size().y) / 2.0),
            galley,
            color,
        );
        response.on_hover_text(name).clicked()
    }

    /// Milestones as dashed lines and today's line, over the visible rows.
    fn markers(&self, ui: &egui::Ui, top: f32, bottom: f32, x_of: &dyn Fn(NaiveDate) -> f32) {
        let painter = ui.painter();
        let milestone_color = ui.visuals().strong_text_color().gamma_multiply(0.6);
        for milestone in self.milestones {
            let Some(date) = milestone.date else {
                continue;
            };
            let x = x_of(date);
            let points = [pos2(x, top + AXIS_HEIGHT), pos2(x, bottom)];
            painter.extend(egui::Shape::dashed_line(
                &points,
                Stroke::new(1.5, milestone_color),
                6.0,
                4.0,
            ));
        }
        let x = x_of(self.today);
        painter.line_segment(
            [pos2(x, top + AXIS_HEIGHT), pos2(x, bottom)],
            Stroke::new(2.0, super::theme::ERROR),
        );
    }

    /// The axis band at the top of the visible area: major and minor labels, milestone
    /// flags and "today".
    fn axis(
        &self,
        ui: &egui::Ui,
        span: Span,
        top: f32,
        visible_x: std::ops::RangeInclusive<f32>,
        x_of: &dyn Fn(NaiveDate) -> f32,
    ) {
        let t = texts(self.lang);
        let painter = ui.painter();
        let visuals = ui.visuals();
        let band = Rect::from_x_y_ranges(visible_x, top..=top + AXIS_HEIGHT);
        painter.rect_filled(band, 0.0, visuals.extreme_bg_color);
        let text = visuals.text_color();
        let weak = visuals.weak_text_color();
        for tick in ticks(span, self.zoom, t) {
            let x = x_of(tick.date) - self.zoom.day_width() / 2.0;
            let (from, font, y) = if tick.major {
                (top, FontId::proportional(13.0), top + 2.0)
            } else {
                (top + 18.0, FontId::proportional(11.0), top + 20.0)
            };
            painter.line_segment([pos2(x, from), pos2(x, top + 36.0)], Stroke::new(1.0, weak));
            if !tick.label.is_empty() {
                painter.text(pos2(x + 3.0, y), Align2::LEFT_TOP, &tick.label, font, text);
            }
        }
        for milestone in self.milestones {
            let Some(date) = milestone.date else {
                continue;
            };
            let label = format!("🏁 {}", milestone.name.get(self.lang));
            let x = x_of(date);
            painter.text(
                pos2(x + 2.0, top + 38.0),
                Align2::LEFT_TOP,
                label,
                FontId::proportional(11.0),
                text,
            );
        }
        // Today's label on its own backing, left of the line (milestone flags are written to
        // the right of theirs), so the two never print over each other unreadably.
        let today = format!("{} {}", t.today, format_date(self.today, self.lang));
        let x = x_of(self.today);
        let galley = painter.layout_no_wrap(today, FontId::proportional(11.0), super::theme::ERROR);
        let at = pos2(
            x - 3.0 - galley.size().x,
            top + AXIS_HEIGHT - 2.0 - galley.size().y,
        );
        let backing = Rect::from_min_size(at, galley.size()).expand(2.0);
        painter.rect_filled(backing, 2.0, visuals.extreme_bg_color);
        painter.galley(at, galley, super::theme::ERROR);
    }
}

/// The colour of a task's marker and label in `visuals` (light, dark or high contrast).
fn state_color(visuals: &egui::Visuals, state: State) -> Color32 {
    match state {
        State::Done => super::theme::SUCCESS,
        State::Overdue => super::theme::ERROR,
        State::NotApplicable => visuals.weak_text_color().gamma_multiply(0.6),
        State::Todo | State::InProgress => visuals.text_color(),
    }
}
