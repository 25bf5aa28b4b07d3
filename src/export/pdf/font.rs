//! The PDF's one font: the sans-serif face egui already ships (it has every Polish letter),
//! with the glyph ids and advances the layout needs.

use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider as _};

/// The font's bytes, shared with the window's text (nothing new is embedded in the program).
pub const FONT_DATA: &[u8] = epaint_default_fonts::UBUNTU_LIGHT;

/// The characters whose glyphs are looked up once, when the font is read: Latin-1 and
/// Latin Extended-A (every Polish letter), then the general punctuation block (dashes,
/// quotes, the bullet, the ellipsis). Every text is measured and drawn char by char, so
/// these cover nearly every lookup.
const CACHED: [std::ops::Range<u32>; 2] = [0..0x180, 0x2000..0x2070];

/// Glyph lookup and advance widths of [`FONT_DATA`].
pub struct Metrics<'a> {
    charmap: skrifa::charmap::Charmap<'a>,
    glyphs: GlyphMetrics<'a>,
    units_per_em: f32,
    /// The glyph and advance of each char of [`CACHED`], in order.
    cache: Vec<(u32, f32)>,
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
        let mut metrics = Self {
            charmap: font.charmap(),
            glyphs: font.glyph_metrics(Size::unscaled(), LocationRef::default()),
            units_per_em,
            cache: Vec::new(),
        };
        metrics.cache = CACHED
            .iter()
            .flat_map(Clone::clone)
            .map(|code| char::from_u32(code).map_or((0, 0.0), |c| metrics.look_up(c)))
            .collect();
        Some(metrics)
    }

    /// The glyph of `c` (0, the "missing" box, when the font lacks it) and its advance as a
    /// fraction of the font size.
    pub fn glyph(&self, c: char) -> (u32, f32) {
        let mut offset = 0;
        let code = u32::from(c);
        for range in &CACHED {
            if range.contains(&code) {
                let at = (offset + code - range.start) as usize;
                if let Some(found) = self.cache.get(at) {
                    return *found;
                }
            }
            offset += range.end - range.start;
        }
        self.look_up(c)
    }

    /// Looks `c` up in the font's tables.
    fn look_up(&self, c: char) -> (u32, f32) {
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
        // The looked-up-once chars agree with the font's tables, at both ends of each range.
        for c in [
            '\0', 'A', 'ż', '\u{17f}', '\u{180}', '–', '„', '•', '…', '€', '✔',
        ] {
            assert_eq!(metrics.glyph(c), metrics.look_up(c), "{c:?}");
        }
    }
}
