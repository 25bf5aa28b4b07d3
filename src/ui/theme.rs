//! The app's look in one place: spacing, text sizes, colours, light/dark/system themes,
//! a high-contrast option and the text size (zoom).

use egui::Color32;

use crate::prefs::{Look, ThemeChoice, ZOOM_RANGE};

/// Width of field labels in forms.
pub const LABEL_WIDTH: f32 = 220.0;

/// Width of single-line text fields.
pub const FIELD_WIDTH: f32 = 360.0;

/// Colour of warnings and "to verify" marks (readable on light and dark backgrounds).
pub const WARNING: Color32 = Color32::from_rgb(0xc0, 0x6a, 0x00);

/// Colour of error messages.
pub const ERROR: Color32 = Color32::from_rgb(0xc8, 0x2a, 0x2a);

/// Colour of success marks.
pub const SUCCESS: Color32 = Color32::from_rgb(0x1e, 0x8a, 0x4c);

/// The accent colour (also the app icon's colour).
pub const ACCENT: Color32 = Color32::from_rgb(0x1d, 0x5f, 0x6b);

/// Applies the look: theme, contrast, spacing, text sizes and zoom.
pub fn apply(ctx: &egui::Context, look: Look) {
    ctx.options_mut(|options| options.zoom_with_keyboard = false);
    ctx.set_theme(match look.theme {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
    });
    ctx.style_mut_of(egui::Theme::Light, |style| {
        style.visuals = egui::Visuals::light();
        light_tweaks(&mut style.visuals, look.high_contrast);
    });
    ctx.style_mut_of(egui::Theme::Dark, |style| {
        style.visuals = egui::Visuals::dark();
        dark_tweaks(&mut style.visuals, look.high_contrast);
    });
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 7.0);
        style.spacing.button_padding = egui::vec2(12.0, 5.0);
        style.spacing.interact_size.y = 26.0;
        for (text_style, size) in [
            (egui::TextStyle::Heading, 23.0),
            (egui::TextStyle::Body, 15.5),
            (egui::TextStyle::Button, 15.5),
            (egui::TextStyle::Small, 12.5),
            (egui::TextStyle::Monospace, 14.0),
        ] {
            if let Some(font) = style.text_styles.get_mut(&text_style) {
                font.size = size;
            }
        }
        // A clearly visible keyboard focus ring.
        style.visuals.widgets.hovered.bg_stroke.width = 1.5;
        style.visuals.selection.stroke.width = 2.0;
    });
    ctx.set_zoom_factor(look.zoom.clamp(ZOOM_RANGE.0, ZOOM_RANGE.1));
    // Added once per context (a second call is ignored).
    ctx.add_plugin(FocusRing);
}

/// Paints a ring around the widget with the keyboard focus. egui outlines a focused text
/// field, but a combo box or a menu button (the menu bar takes their strokes away) shows no
/// change in the normal themes; this ring shows the focus on every control in every theme.
struct FocusRing;

impl egui::plugin::Plugin for FocusRing {
    fn debug_name(&self) -> &'static str {
        "focus_ring"
    }

    fn on_end_pass(&mut self, ui: &mut egui::Ui) {
        if let Some(ring) = focus_ring(ui.ctx()) {
            ui.ctx().layer_painter(ring.layer).rect_stroke(
                ring.rect,
                3.0,
                ring.stroke,
                egui::StrokeKind::Outside,
            );
        }
    }
}

/// Where the focus ring goes and how it looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ring {
    /// The layer of the focused widget (the ring is painted over it).
    pub layer: egui::LayerId,
    /// Around what: the visible part of the widget.
    pub rect: egui::Rect,
    /// The line.
    pub stroke: egui::Stroke,
}

/// The focus ring for the widget with the keyboard focus, if one has it and does not draw its
/// own (text fields and other dragged widgets do).
pub fn focus_ring(ctx: &egui::Context) -> Option<Ring> {
    let id = ctx.memory(|m| m.focused())?;
    let response = ctx.read_response(id)?;
    if response.sense.senses_drag() || !response.interact_rect.is_positive() {
        return None;
    }
    let stroke = ctx.style_of(ctx.theme()).visuals.selection.stroke;
    Some(Ring {
        layer: response.layer_id,
        rect: response.interact_rect.expand(1.0),
        stroke: egui::Stroke::new(stroke.width.max(2.0), stroke.color),
    })
}

fn light_tweaks(visuals: &mut egui::Visuals, high_contrast: bool) {
    visuals.selection.bg_fill = Color32::from_rgb(0xc6, 0xe3, 0xe8);
    visuals.selection.stroke.color = ACCENT;
    visuals.hyperlink_color = Color32::from_rgb(0x0b, 0x55, 0x9c);
    visuals.panel_fill = Color32::from_rgb(0xf7, 0xf7, 0xf5);
    if high_contrast {
        visuals.override_text_color = Some(Color32::BLACK);
        visuals.panel_fill = Color32::WHITE;
        visuals.window_fill = Color32::WHITE;
        visuals.widgets.noninteractive.bg_stroke = egui::Stroke::new(1.5, Color32::BLACK);
        visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.5, Color32::BLACK);
        visuals.selection.stroke = egui::Stroke::new(2.5, Color32::BLACK);
        visuals.hyperlink_color = Color32::from_rgb(0x00, 0x00, 0xb0);
    }
}

fn dark_tweaks(visuals: &mut egui::Visuals, high_contrast: bool) {
    visuals.selection.bg_fill = ACCENT;
    visuals.selection.stroke.color = Color32::from_rgb(0x9f, 0xd8, 0xe2);
    if high_contrast {
        visuals.override_text_color = Some(Color32::WHITE);
        visuals.panel_fill = Color32::BLACK;
        visuals.window_fill = Color32::BLACK;
        visuals.widgets.noninteractive.bg_stroke = egui::Stroke::new(1.5, Color32::WHITE);
        visuals.widgets.inactive.bg_stroke = egui::Stroke::new(1.5, Color32::WHITE);
        visuals.selection.stroke = egui::Stroke::new(2.5, Color32::YELLOW);
        visuals.hyperlink_color = Color32::from_rgb(0x80, 0xc8, 0xff);
    }
}

#[cfg(test)]
mod tests {
    use egui::accesskit::Role;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable as _;

    use crate::prefs::{Look, ThemeChoice};

    #[test]
    fn a_focused_combo_box_and_menu_button_get_a_ring_in_every_theme() {
        for (theme, choice) in [
            (egui::Theme::Light, ThemeChoice::Light),
            (egui::Theme::Dark, ThemeChoice::Dark),
        ] {
            let mut h = Harness::builder().with_theme(theme).build_ui(|ui| {
                egui::MenuBar::new().ui(ui, |ui| {
                    ui.menu_button("Plik", |ui| ui.label("…"));
                });
                egui::ComboBox::from_id_salt("combo")
                    .selected_text("Przygotowanie")
                    .show_ui(ui, |ui| ui.label("…"))
                    .response
                    .accessible_name("Etap");
            });
            let look = Look {
                theme: choice,
                ..Look::default()
            };
            super::apply(&h.ctx, look);
            h.run();
            assert!(super::focus_ring(&h.ctx).is_none());
            for (role, name) in [(Role::ComboBox, "Etap"), (Role::Button, "Plik")] {
                h.get_by_role_and_label(role, name).focus();
                h.run();
                let widget = h.get_by_role_and_label(role, name).rect();
                let ring = super::focus_ring(&h.ctx).expect("a ring");
                assert!(ring.rect.contains_rect(widget), "{name}: {ring:?}");
                assert!(ring.stroke.width >= 2.0);
                let background = h.ctx.style_of(theme).visuals.panel_fill;
                assert_ne!(ring.stroke.color, background);
                // And it is painted.
                let painted = h.output().shapes.iter().any(|clipped| {
                    matches!(&clipped.shape, egui::Shape::Rect(r)
                        if r.stroke == ring.stroke && r.rect.contains_rect(widget))
                });
                assert!(painted, "{name}: no ring painted in {theme:?}");
            }
        }
    }
}
