//! Sizes, spacing and colours, applied once at start-up.

use egui::Color32;

/// Width of field labels in forms.
pub const LABEL_WIDTH: f32 = 220.0;

/// Width of single-line text fields.
pub const FIELD_WIDTH: f32 = 360.0;

/// Colour of warnings and "to verify" marks (readable on light and dark backgrounds).
pub const WARNING: Color32 = Color32::from_rgb(0xd0, 0x80, 0x00);

/// Colour of error messages.
pub const ERROR: Color32 = Color32::from_rgb(0xd0, 0x30, 0x30);

/// Applies the app's spacing and text sizes.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(10.0, 4.0);
        style.spacing.interact_size.y = 24.0;
        for (text_style, size) in [
            (egui::TextStyle::Heading, 22.0),
            (egui::TextStyle::Body, 15.0),
            (egui::TextStyle::Button, 15.0),
            (egui::TextStyle::Small, 12.0),
        ] {
            if let Some(font) = style.text_styles.get_mut(&text_style) {
                font.size = size;
            }
        }
    });
}
