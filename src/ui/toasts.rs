//! Short messages in the corner that fade on their own.

use crate::ui::theme;

/// How long an informative message stays, in seconds.
const SHOW_FOR: f64 = 5.0;

/// How long a warning stays, in seconds (longer: it asks the user to act).
const SHOW_WARNING_FOR: f64 = 12.0;

/// Severity of a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Level {
    Info,
    Warning,
}

impl Level {
    fn show_for(self) -> f64 {
        match self {
            Self::Info => SHOW_FOR,
            Self::Warning => SHOW_WARNING_FOR,
        }
    }
}

/// The messages waiting to be shown or on screen.
#[derive(Debug, Default)]
pub struct Toasts {
    items: Vec<Toast>,
}

#[derive(Debug)]
struct Toast {
    text: String,
    level: Level,
    /// When it appeared (egui time); `None` until first drawn.
    shown_at: Option<f64>,
}

impl Toasts {
    /// Adds an informative message.
    pub fn info(&mut self, text: impl Into<String>) {
        self.push(text.into(), Level::Info);
    }

    /// Adds a warning.
    pub fn warning(&mut self, text: impl Into<String>) {
        self.push(text.into(), Level::Warning);
    }

    fn push(&mut self, text: String, level: Level) {
        self.items.push(Toast {
            text,
            level,
            shown_at: None,
        });
    }

    /// Draws the messages and drops expired ones; asks for a repaint only while any is shown.
    pub fn ui(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        self.items
            .retain(|t| t.shown_at.is_none_or(|at| now - at < t.level.show_for()));
        if self.items.is_empty() {
            return;
        }
        let id = egui::Id::unique("toasts");
        // Where the messages were last frame tells their size; the field being edited is
        // never covered: they move to another corner when they would sit on it.
        let size = ctx
            .memory(|m| m.area_rect(id))
            .map_or(egui::Vec2::ZERO, |r| r.size());
        let editing = ctx
            .memory(egui::Memory::focused)
            .and_then(|focused| ctx.read_response(focused))
            .map(|response| response.rect);
        let (align, offset) = corner(ctx.content_rect(), size, editing);
        egui::Area::new(id)
            .anchor(align, offset)
            .order(egui::Order::Foreground)
            .show(ctx, |ui| {
                for toast in &mut self.items {
                    let at = *toast.shown_at.get_or_insert(now);
                    let color = match toast.level {
                        Level::Info => ui.visuals().text_color(),
                        Level::Warning => theme::WARNING,
                    };
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.set_max_width(420.0);
                        ui.label(egui::RichText::new(&toast.text).color(color));
                    });
                    ctx.request_repaint_after(std::time::Duration::from_secs_f64(
                        (toast.level.show_for() - (now - at)).max(0.1),
                    ));
                }
            });
    }

    /// The texts currently queued or shown (for tests and diagnostics).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.items.iter().map(|t| t.text.as_str())
    }
}

/// The corners the messages may sit in, in order of preference, with their distance from
/// the window's edges (clear of the Back/Next bar below and the menus and steps above).
const CORNERS: [(egui::Align2, egui::Vec2); 3] = [
    (egui::Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -48.0)),
    (egui::Align2::RIGHT_TOP, egui::vec2(-12.0, 96.0)),
    (egui::Align2::LEFT_BOTTOM, egui::vec2(12.0, -48.0)),
];

/// The first corner where messages of `size` do not cover `editing` (the focused field);
/// the usual one when nothing is focused or every corner would cover it.
fn corner(
    screen: egui::Rect,
    size: egui::Vec2,
    editing: Option<egui::Rect>,
) -> (egui::Align2, egui::Vec2) {
    let [usual, ..] = CORNERS;
    let Some(editing) = editing else {
        return usual;
    };
    CORNERS
        .into_iter()
        .find(|(align, offset)| {
            let placed = align.anchor_size(align.pos_in_rect(&screen) + *offset, size);
            !placed.intersects(editing)
        })
        .unwrap_or(usual)
}

#[cfg(test)]
mod tests {
    use super::{CORNERS, corner};

    #[test]
    fn messages_move_off_the_field_being_edited() {
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(800.0, 600.0));
        let size = egui::vec2(300.0, 60.0);
        assert_eq!(corner(screen, size, None), CORNERS[0]);
        let far = egui::Rect::from_min_size(egui::pos2(10.0, 200.0), egui::vec2(200.0, 24.0));
        assert_eq!(corner(screen, size, Some(far)), CORNERS[0]);
        // A field low on the right, where the messages usually sit.
        let low = egui::Rect::from_min_size(egui::pos2(600.0, 500.0), egui::vec2(150.0, 24.0));
        assert_eq!(corner(screen, size, Some(low)), CORNERS[1]);
        // A field across the whole right side: bottom left.
        let tall = egui::Rect::from_min_size(egui::pos2(560.0, 80.0), egui::vec2(230.0, 480.0));
        assert_eq!(corner(screen, size, Some(tall)), CORNERS[2]);
    }
}
