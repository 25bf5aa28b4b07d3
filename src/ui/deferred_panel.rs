//! Bars whose place is taken before the page but whose controls are made after it.
//!
//! egui gives the keyboard focus in the order widgets are made, and a panel must be laid out
//! before the central page. So a bar (menus, steps, Back/Next) reserves its strip first,
//! with the height its contents took last frame, and fills it once the page is drawn: Tab
//! then reaches the page's fields before the menus.

/// A strip reserved for a bar, filled later by [`Reserved::fill`].
#[derive(Debug)]
#[must_use = "fill the reserved strip after drawing the page"]
pub struct Reserved {
    id: egui::Id,
    rect: egui::Rect,
}

/// Which edge of the window the bar sits on.
#[derive(Clone, Copy, Debug)]
pub enum Edge {
    /// Above the page.
    Top,
    /// Below the page.
    Bottom,
}

/// Reserves a strip for the bar `id` along `edge`, as high as its contents were last frame.
pub fn reserve(ui: &mut egui::Ui, id: &str, edge: Edge) -> Reserved {
    let panel_id = egui::Id::unique(("deferred_panel", id));
    let height = ui
        .ctx()
        .data(|data| data.get_temp::<f32>(panel_id))
        .unwrap_or(ui.spacing().interact_size.y);
    let panel = match edge {
        Edge::Top => egui::Panel::top(id),
        Edge::Bottom => egui::Panel::bottom(id),
    };
    let rect = panel
        .resizable(false)
        .show(ui, |ui| {
            let (rect, _) = ui.allocate_exact_size(
                egui::vec2(ui.available_width(), height),
                egui::Sense::hover(),
            );
            rect
        })
        .inner;
    Reserved { id: panel_id, rect }
}

impl Reserved {
    /// Draws the bar's contents in its strip; when they need another height, the strip takes
    /// it in the next frame (asked for at once).
    pub fn fill<R>(self, ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
        let builder = egui::UiBuilder::new()
            .id_salt(self.id)
            .max_rect(self.rect)
            .layout(egui::Layout::top_down(egui::Align::Min));
        let mut child = ui.new_child(builder);
        let inner = add(&mut child);
        let used = child.min_rect().height();
        if (used - self.rect.height()).abs() > 0.5 {
            ui.ctx().data_mut(|data| data.insert_temp(self.id, used));
            ui.ctx().request_repaint();
        }
        inner
    }
}
