//! The page geometry and the flow that fills A4 pages: positioned texts, lines and shaded
//! boxes ([`Page`]), lines broken to the width ([`wrap`]). A leaf: the document's layout
//! ([`super::layout`]) and its tables ([`super::table`]) both build on it.

use super::font::Metrics;
use super::structure::{Builder, ItemRef, Role};
use crate::export::Para;

/// A4 width in points.
pub const PAGE_W: f32 = 595.28;
/// A4 height in points.
pub const PAGE_H: f32 = 841.89;
/// 2 cm.
pub const MARGIN: f32 = 56.7;
/// The width between the margins.
pub const TEXT_W: f32 = PAGE_W - 2.0 * MARGIN;
/// Where content stops, leaving room for the page number.
pub const BOTTOM: f32 = PAGE_H - MARGIN;
/// Body text size.
pub const BODY: f32 = 10.0;
/// Line height as a multiple of the size.
pub const LEADING: f32 = 1.3;

/// How a text or box is coloured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shade {
    /// Body text.
    Ink,
    /// Headings.
    Heading,
    /// Labels, details and the footer.
    Muted,
    /// Table header background.
    HeaderFill,
    /// Totals background.
    TotalFill,
}

/// Something placed on a page; y grows downwards from the page's top edge.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// One line of text; `y` is its baseline.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline.
        y: f32,
        /// Font size in points.
        size: f32,
        /// The text.
        text: String,
        /// Its colour.
        shade: Shade,
    },
    /// A thin rule.
    Line {
        /// Start and end points.
        from: (f32, f32),
        /// End point.
        to: (f32, f32),
    },
    /// A filled box.
    Rect {
        /// Left, top, width, height.
        bounds: (f32, f32, f32, f32),
        /// Its colour.
        shade: Shade,
    },
}

/// One laid-out page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    /// What is on it, in drawing order.
    pub items: Vec<Item>,
}

impl Page {
    /// The page's text lines, in order (for tests and checks).
    pub fn lines(&self) -> impl Iterator<Item = &str> {
        self.items.iter().filter_map(|item| match item {
            Item::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }
}

/// The layout in progress: finished pages and the current position.
pub struct Flow<'m> {
    /// Glyph advances.
    pub m: &'m Metrics<'m>,
    /// Pages so far; the last is the current one.
    pub pages: Vec<Page>,
    /// The top of the next thing on the current page.
    pub y: f32,
    /// The logical structure placed so far.
    pub tags: Builder,
}

impl<'m> Flow<'m> {
    pub(super) fn new(m: &'m Metrics<'m>) -> Self {
        Self {
            m,
            pages: vec![Page::default()],
            y: MARGIN,
            tags: Builder::default(),
        }
    }

    /// Starts a new page.
    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = MARGIN;
    }

    /// Starts a new page unless `height` still fits on this one; true when it started one.
    pub fn need(&mut self, height: f32) -> bool {
        let fresh = self.y <= MARGIN;
        if self.y + height > BOTTOM && !fresh {
            self.new_page();
            return true;
        }
        false
    }

    /// Places an item on the current page (outside the logical structure until it is added
    /// to it); returns where it is.
    pub fn push(&mut self, item: Item) -> ItemRef {
        self.push_on(self.pages.len().saturating_sub(1), item)
    }

    /// Places an item on page `page` (an earlier one when what follows it moved on).
    pub(super) fn push_on(&mut self, page: usize, item: Item) -> ItemRef {
        match self.pages.get_mut(page) {
            Some(on) => {
                on.items.push(item);
                (page, on.items.len() - 1)
            }
            None => (page, 0),
        }
    }

    /// Places one line of text whose top is at the current position, and moves down.
    pub fn line(&mut self, x: f32, text: &str, size: f32, shade: Shade) {
        self.need(size * LEADING);
        let at = self.push(Item::Text {
            x,
            y: self.y + size,
            size,
            text: text.to_owned(),
            shade,
        });
        self.tags.text(at);
        self.y += size * LEADING;
    }

    /// A paragraph element broken to `width`, starting at `x`.
    pub fn tagged_paragraph(&mut self, x: f32, width: f32, text: &str, size: f32, shade: Shade) {
        self.tags.open(Role::Paragraph);
        self.paragraph(x, width, text, size, shade);
        self.tags.close();
    }

    /// A paragraph broken to `width`, starting at `x`, inside the open element.
    pub fn paragraph(&mut self, x: f32, width: f32, text: &str, size: f32, shade: Shade) {
        for line in wrap(self.m, text, size, width) {
            self.line(x, &line, size, shade);
        }
    }

    /// A heading of `level`, kept on the page with `after` points of what follows it.
    pub(super) fn heading(&mut self, text: &str, level: u16, new_page: bool, after: f32) {
        let size = if level <= 1 { 15.0 } else { 12.0 };
        if new_page {
            self.new_page();
        }
        self.y += size * 0.6;
        self.need(size * LEADING + after);
        self.tags.open_heading(level, text);
        self.paragraph(MARGIN, TEXT_W, text, size, Shade::Heading);
        self.tags.close();
        self.y += size * 0.2;
    }
}

/// Breaks `text` into lines no wider than `width` at `size`: at spaces, at line breaks, and
/// inside a word only when the word alone is wider than the line.
pub fn wrap(m: &Metrics<'_>, text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let space = m.width(" ", size);
    for source in text.split('\n') {
        let (mut line, mut line_width) = (String::new(), 0.0);
        for word in source.split_whitespace() {
            let word_width = m.width(word, size);
            let gap = if line.is_empty() { 0.0 } else { space };
            if line_width + gap + word_width <= width {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
                line_width += gap + word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            line = break_word(m, word, size, width, &mut lines);
            line_width = m.width(&line, size);
        }
        lines.push(line);
    }
    lines
}

/// Pushes the full-width pieces of a word too long for a line; returns the rest.
fn break_word(
    m: &Metrics<'_>,
    word: &str,
    size: f32,
    width: f32,
    lines: &mut Vec<String>,
) -> String {
    // The piece's width is summed as it grows (in font units, as `Metrics::width` sums it),
    // not measured again for every char.
    let (mut piece, mut units) = (String::new(), 0.0_f32);
    for c in word.chars() {
        let advance = m.glyph(c).1;
        if (units + advance) * size > width && !piece.is_empty() {
            lines.push(std::mem::take(&mut piece));
            units = 0.0;
        }
        piece.push(c);
        units += advance;
    }
    piece
}

/// A paragraph's text with its address and mark.
pub fn para_text(para: &Para) -> String {
    let mut text = para.text.clone();
    if let Some(url) = &para.url {
        text = format!("{text}: {url}");
    }
    if let Some(mark) = &para.mark {
        text = format!("{text} [{mark}]");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::super::font::{FONT_DATA, Metrics};
    use super::wrap;

    #[test]
    fn lines_fit_the_width_and_long_words_are_broken() {
        let m = Metrics::new(FONT_DATA).unwrap();
        let text = "Zażółć gęślą jaźń ".repeat(20);
        let lines = wrap(&m, &text, 10.0, 150.0);
        assert!(lines.len() > 3);
        assert!(lines.iter().all(|line| m.width(line, 10.0) <= 150.0));
        assert_eq!(
            lines.join(" ").split_whitespace().count(),
            60,
            "no word lost"
        );
        let url = "https://example.org/".repeat(10);
        let broken = wrap(&m, &url, 10.0, 100.0);
        assert!(broken.len() > 1 && broken.concat() == url);
        // Every piece but the last is as full as the line allows: one more char would not fit.
        for (piece, next) in broken.iter().zip(&broken[1..]) {
            let longer = format!("{piece}{}", next.chars().next().unwrap());
            assert!(m.width(piece, 10.0) <= 100.0 && m.width(&longer, 10.0) > 100.0);
        }
        assert_eq!(wrap(&m, "a\nb", 10.0, 100.0), ["a", "b"]);
    }
}
