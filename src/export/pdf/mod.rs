//! A PDF of the neutral export document, written without any other program: our own layout
//! ([`layout`]) places every line on A4 pages, and the PDF writer draws the glyphs of the
//! font egui already ships, embedding only the glyphs used. The document's title and
//! language are in its metadata.

mod font;
pub mod layout;
mod table;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};

pub use font::{FONT_DATA, Metrics};
use layout::{Item, PAGE_H, PAGE_W, Page, Shade};

use super::{ExportDoc, RenderError};

/// The pages of `doc` as laid out for the PDF (what [`render`] draws).
pub fn pages(doc: &ExportDoc) -> Result<Vec<Page>, RenderError> {
    let metrics = Metrics::new(FONT_DATA).ok_or_else(font_error)?;
    Ok(layout::layout(doc, &metrics))
}

/// Renders the document as the bytes of a `.pdf` file.
pub fn render(doc: &ExportDoc) -> Result<Vec<u8>, RenderError> {
    let metrics = Metrics::new(FONT_DATA).ok_or_else(font_error)?;
    let pages = layout::layout(doc, &metrics);
    let font = Font::new(krilla::Data::from(FONT_DATA), 0).ok_or_else(font_error)?;
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H)
        .ok_or_else(|| RenderError::Pdf("page size".to_owned()))?;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(format!("{} – {}", doc.title, doc.kicker))
            .language(doc.lang.code().to_owned())
            .creator("social-franchise-planner".to_owned()),
    );
    for page in &pages {
        let mut pdf_page = document.start_page_with(settings.clone());
        let mut surface = pdf_page.surface();
        for item in &page.items {
            draw(&mut surface, item, &font, &metrics);
        }
        surface.finish();
        pdf_page.finish();
    }
    document
        .finish()
        .map_err(|err| RenderError::Pdf(format!("{err:?}")))
}

fn font_error() -> RenderError {
    RenderError::Pdf("the built-in font could not be read".to_owned())
}

fn color(shade: Shade) -> rgb::Color {
    match shade {
        Shade::Ink => rgb::Color::new(20, 20, 20),
        Shade::Heading => rgb::Color::new(31, 56, 100),
        Shade::Muted => rgb::Color::new(90, 90, 90),
        Shade::HeaderFill => rgb::Color::new(231, 230, 230),
        Shade::TotalFill => rgb::Color::new(242, 242, 242),
    }
}

fn draw(surface: &mut Surface<'_>, item: &Item, font: &Font, metrics: &Metrics<'_>) {
    match item {
        Item::Text {
            x,
            y,
            size,
            text,
            shade,
        } => {
            let glyphs: Vec<KrillaGlyph> = text
                .char_indices()
                .map(|(at, c)| {
                    let (id, advance) = metrics.glyph(c);
                    KrillaGlyph::new(
                        GlyphId::new(id),
                        advance,
                        0.0,
                        0.0,
                        0.0,
                        at..at + c.len_utf8(),
                        None,
                    )
                })
                .collect();
            surface.set_stroke(None);
            surface.set_fill(Some(fill(*shade)));
            surface.draw_glyphs(
                Point::from_xy(*x, *y),
                &glyphs,
                font.clone(),
                text,
                *size,
                false,
            );
        }
        Item::Line { from, to } => {
            let mut path = PathBuilder::new();
            path.move_to(from.0, from.1);
            path.line_to(to.0, to.1);
            if let Some(path) = path.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: rgb::Color::new(160, 160, 160).into(),
                    width: 0.5,
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
            }
        }
        Item::Rect { bounds, shade } => {
            let (x, y, w, h) = *bounds;
            let mut path = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(x, y, w, h) {
                path.push_rect(rect);
            }
            if let Some(path) = path.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(fill(*shade)));
                surface.draw_path(&path);
            }
        }
    }
}

fn fill(shade: Shade) -> Fill {
    Fill {
        paint: color(shade).into(),
        ..Fill::default()
    }
}
