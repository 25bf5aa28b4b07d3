//! The PDF's one font: the sans-serif face egui already ships (it has every Polish letter),
//! with the glyph ids and advances the layout needs.

use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider as _};

/// The font's bytes, shared with the window's text (nothing new is embedded in the program).
pub const FONT_DATA: &[u8] = epaint_default_fonts::UBUNTU_LIGHT;

/// Glyph lookup and advance widths of [`FONT_DATA`].
pub struct Metrics<'a> {
    charmap: skrifa::charmap::Charmap<'a>,
    glyphs: GlyphMetrics<'a>,
    units_per_em: f32,
}

impl<'a> Metrics<'a> {
    /// Reads the font; `None` when the bytes are not a font.
    pub fn new(data: &'a [u8]) -> Option<Self> {
        let font = FontRef::new(data).ok()?;
        let units_per_em = f32::from(
            font.metrics(Size::unscaled(), LocationRef::default())
                .units_per_em,
        )
        .max(1.0);
        Some(Self {
            charmap: font.charmap(),
            glyphs: font.glyph_metrics(Size::unscaled(), LocationRef::default()),
            units_per_em,
        })
    }

    /// The glyph of `c` (0, the "missing" box, when the font lacks it) and its advance as a
    /// fraction of the font size.
    pub fn glyph(&self, c: char) -> (u32, f32) {
        let id = self.charmap.map(c).unwrap_or_default();
        let advance = self.glyphs.advance_width(id).unwrap_or_default();
        (id.to_u32(), advance / self.units_per_em)
    }

    /// The width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.glyph(c).1).sum::<f32>() * size
    }
}

#[cfg(test)]
mod tests {
    use super::{FONT_DATA, Metrics};

    #[test]
    fn the_font_has_every_polish_letter() {
        let metrics = Metrics::new(FONT_DATA).unwrap();
        for c in "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".chars() {
            let (id, advance) = metrics.glyph(c);
            assert!(id != 0 && advance > 0.0, "{c} is missing");
        }
        assert!(metrics.width("Żółw", 10.0) > metrics.width("Żół", 10.0));
    }
}
