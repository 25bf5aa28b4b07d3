//! A small SVG writer for the HTML export's pictures. Element and attribute names are fixed
//! strings of our code; every attribute value and every text is escaped on the way out, so a
//! task title such as `<b> & "x"` is always text, never markup.

use std::fmt::Write as _;

use super::escape::escape;

/// An SVG picture being written.
#[derive(Debug)]
pub struct Svg {
    out: String,
    open: Vec<&'static str>,
}

/// A number as SVG writes it: at most one decimal, no trailing ".0".
pub fn n(value: f32) -> String {
    let text = format!("{value:.1}");
    match text.strip_suffix(".0") {
        Some(whole) if whole != "-0" => whole.to_owned(),
        Some(_) => "0".to_owned(),
        None => text,
    }
}

impl Svg {
    /// Starts a picture `width` × `height` (user units, scaled to the page by the style
    /// sheet) named `title` for screen readers; `id` prefixes the ids inside it.
    pub fn new(id: &str, width: f32, height: f32, title: &str) -> Self {
        let mut svg = Self {
            out: String::new(),
            open: Vec::new(),
        };
        let title_id = format!("{id}-title");
        let view_box = format!("0 0 {} {}", n(width), n(height));
        svg.start(
            "svg",
            &[
                ("xmlns", "http://www.w3.org/2000/svg"),
                ("viewBox", &view_box),
                ("role", "img"),
                ("aria-labelledby", &title_id),
                ("font-family", "sans-serif"),
            ],
        );
        svg.text_element("title", &[("id", &title_id)], title);
        svg
    }

    fn tag(&mut self, name: &'static str, attrs: &[(&'static str, &str)]) {
        self.out.push('<');
        self.out.push_str(name);
        for (key, value) in attrs {
            write!(self.out, " {key}=\"{}\"", escape(value)).ok();
        }
    }

    /// Opens element `name`; [`Self::end`] closes it.
    pub fn start(&mut self, name: &'static str, attrs: &[(&'static str, &str)]) {
        self.tag(name, attrs);
        self.out.push_str(">\n");
        self.open.push(name);
    }

    /// Closes the last element opened.
    pub fn end(&mut self) {
        if let Some(name) = self.open.pop() {
            writeln!(self.out, "</{name}>").ok();
        }
    }

    /// Writes an element without content.
    pub fn empty(&mut self, name: &'static str, attrs: &[(&'static str, &str)]) {
        self.tag(name, attrs);
        self.out.push_str("/>\n");
    }

    /// Writes an element holding `text`.
    pub fn text_element(&mut self, name: &'static str, attrs: &[(&'static str, &str)], text: &str) {
        self.tag(name, attrs);
        writeln!(self.out, ">{}</{name}>", escape(text)).ok();
    }

    /// Writes `text` at `x`, `y` with `attrs` added (anchor, size, weight).
    pub fn text(&mut self, x: f32, y: f32, attrs: &[(&'static str, &str)], text: &str) {
        let (x, y) = (n(x), n(y));
        let mut all: Vec<(&'static str, &str)> = vec![("x", &x), ("y", &y)];
        all.extend_from_slice(attrs);
        self.text_element("text", &all, text);
    }

    /// A rectangle.
    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, attrs: &[(&'static str, &str)]) {
        let (x, y, w, h) = (n(x), n(y), n(w.max(0.0)), n(h.max(0.0)));
        let mut all: Vec<(&'static str, &str)> =
            vec![("x", &x), ("y", &y), ("width", &w), ("height", &h)];
        all.extend_from_slice(attrs);
        self.empty("rect", &all);
    }

    /// A straight line.
    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), attrs: &[(&'static str, &str)]) {
        let (x1, y1, x2, y2) = (n(from.0), n(from.1), n(to.0), n(to.1));
        let mut all: Vec<(&'static str, &str)> =
            vec![("x1", &x1), ("y1", &y1), ("x2", &x2), ("y2", &y2)];
        all.extend_from_slice(attrs);
        self.empty("line", &all);
    }

    /// Defines a pattern of diagonal lines, `id`, `gap` units apart in `color` (for fills
    /// that print apart in black and white).
    pub fn hatch_pattern(&mut self, id: &str, gap: f32, color: &str) {
        let size = n(gap);
        self.start(
            "pattern",
            &[
                ("id", id),
                ("width", &size),
                ("height", &size),
                ("patternUnits", "userSpaceOnUse"),
                ("patternTransform", "rotate(45)"),
            ],
        );
        self.line(
            (0.0, 0.0),
            (0.0, gap),
            &[("stroke", color), ("stroke-width", "1.5")],
        );
        self.end();
    }

    /// Closes every open element and returns the picture.
    pub fn finish(mut self) -> String {
        while !self.open.is_empty() {
            self.end();
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::{Svg, n};

    #[test]
    fn numbers_are_short() {
        assert_eq!(n(12.0), "12");
        assert_eq!(n(12.25), "12.2");
        assert_eq!(n(-0.01), "0");
        assert_eq!(n(3.96), "4");
    }

    #[test]
    fn text_and_attributes_are_escaped_and_elements_closed() {
        let mut svg = Svg::new("x", 10.0, 10.0, "Plan <b> & \"x\"");
        svg.start("g", &[("class", "a\"><script>")]);
        svg.text(1.0, 2.0, &[], "<&\"'>");
        let out = svg.finish();
        assert!(out.contains("<title id=\"x-title\">Plan &lt;b&gt; &amp; &quot;x&quot;</title>"));
        assert!(out.contains("class=\"a&quot;&gt;&lt;script&gt;\""));
        assert!(out.contains(">&lt;&amp;&quot;&#39;&gt;</text>"));
        assert!(!out.contains("<script"));
        assert!(out.ends_with("</g>\n</svg>\n"), "{out}");
    }
}
