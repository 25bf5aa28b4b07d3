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
        egui::Area::new(egui::Id::unique("toasts"))
            .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-12.0, -48.0))
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
