//! A PDF of the neutral export document, written without any other program: our own layout
//! ([`layout`]) places every line on A4 pages, and the PDF writer draws the glyphs of the
//! font egui already ships, embedding only the glyphs used. The document's title and
//! language are in its metadata, and it is tagged: headings, paragraphs, lists and tables
//! are marked as such for screen readers ([`structure`]).

mod flow;
mod font;
pub mod layout;
pub mod structure;
mod table;
#[cfg(test)]
mod tests;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, Identifier, Node, SpanTag, TagTree};
use krilla::text::{Font, GlyphId, KrillaGlyph};

use flow::{Item, PAGE_H, PAGE_W, Page, Shade};
pub use font::{FONT_DATA, Metrics};
use structure::{Element, ItemRef};

use super::{ExportDoc, RenderError};

/// The pages of `doc` as laid out for the PDF (what [`render`] draws).
pub fn pages(doc: &ExportDoc) -> Result<Vec<Page>, RenderError> {
    let metrics = Metrics::new(FONT_DATA).ok_or_else(font_error)?;
    Ok(layout::layout(doc, &metrics))
}

/// Renders the document as the bytes of a `.pdf` file.
pub fn render(doc: &ExportDoc) -> Result<Vec<u8>, RenderError> {
    let metrics = Metrics::new(FONT_DATA).ok_or_else(font_error)?;
    let (pages, elements) = layout::layout_tagged(doc, &metrics);
    let font = Font::new(krilla::Data::from(FONT_DATA), 0).ok_or_else(font_error)?;
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H)
        .ok_or_else(|| RenderError::Pdf("page size".to_owned()))?;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(format!("{} – {}", doc.title, doc.kicker))
            .language(doc.lang.code().to_owned())
            .creator(super::CREATOR.to_owned()),
    );
    let mut ids = structure_slots(&pages, &elements);
    let mut glyphs = Vec::new();
    for (page, slots) in pages.iter().zip(&mut ids) {
        let mut pdf_page = document.start_page_with(settings.clone());
        let mut surface = pdf_page.surface();
        for (item, slot) in page.items.iter().zip(slots.iter_mut()) {
            // Texts of the structure become marked content; everything else is an artifact.
            let tag = match (item, slot.0) {
                (Item::Line { .. }, _) => continue,
                (Item::Text { .. }, true) => ContentTag::Span(SpanTag::empty()),
                (Item::Text { .. }, false) => {
                    ContentTag::Artifact(Artifact::with_kind(ArtifactType::PaginationOther))
                }
                (Item::Rect { .. }, _) => {
                    ContentTag::Artifact(Artifact::with_kind(ArtifactType::Layout))
                }
            };
            let marked = surface.start_tagged(tag);
            draw(&mut surface, item, &font, &metrics, &mut glyphs);
            surface.end_tagged();
            if slot.0 {
                slot.1 = Some(marked);
            }
        }
        surface.start_tagged(ContentTag::Artifact(Artifact::with_kind(
            ArtifactType::Layout,
        )));
        rules(&mut surface, &page.items);
        surface.end_tagged();
        surface.finish();
        pdf_page.finish();
    }
    document.set_tag_tree(tag_tree(&elements, &mut ids, doc.lang.code()));
    document
        .finish()
        .map_err(|err| RenderError::Pdf(format!("{err:?}")))
}

/// One slot per placed item: whether it belongs to the structure, and its marked-content
/// identifier once drawn.
type Slot = (bool, Option<Identifier>);

fn structure_slots(pages: &[Page], elements: &[Element]) -> Vec<Vec<Slot>> {
    let mut slots: Vec<Vec<Slot>> = pages
        .iter()
        .map(|page| vec![(false, None); page.items.len()])
        .collect();
    let mut texts = Vec::new();
    for element in elements {
        element.texts(&mut texts);
    }
    for (page, item) in texts {
        if let Some(slot) = slots.get_mut(page).and_then(|items| items.get_mut(item)) {
            slot.0 = true;
        }
    }
    slots
}

/// The PDF's tag tree: the structure's elements with each text's identifier, used once.
fn tag_tree(elements: &[Element], ids: &mut [Vec<Slot>], lang: &str) -> TagTree {
    let mut tree = TagTree::new().with_lang(Some(lang.to_owned()));
    let mut leaf = |(page, item): ItemRef| {
        ids.get_mut(page)
            .and_then(|items| items.get_mut(item))
            .and_then(|slot| slot.1.take())
            .map(Node::Leaf)
    };
    for element in elements {
        let group = structure::tag_group(element, &mut leaf);
        if !group.children.is_empty() {
            tree.push(group);
        }
    }
    tree
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

/// Draws one placed item; `glyphs` is a buffer reused from item to item.
fn draw(
    surface: &mut Surface<'_>,
    item: &Item,
    font: &Font,
    metrics: &Metrics<'_>,
    glyphs: &mut Vec<KrillaGlyph>,
) {
    match item {
        Item::Text {
            x,
            y,
            size,
            text,
            shade,
        } => {
            glyphs.clear();
            glyphs.extend(text.char_indices().map(|(at, c)| {
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
            }));
            surface.set_stroke(None);
            surface.set_fill(Some(fill(*shade)));
            surface.draw_glyphs(
                Point::from_xy(*x, *y),
                glyphs,
                font.clone(),
                text,
                *size,
                false,
            );
        }
        // Drawn all at once by `rules`.
        Item::Line { .. } => {}
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

/// Every rule of a page as one path, stroked once (a path per rule made a long table slow);
/// drawn last, so no cell's shading covers half a rule.
fn rules(surface: &mut Surface<'_>, items: &[Item]) {
    let mut path = PathBuilder::new();
    for item in items {
        if let Item::Line { from, to } = item {
            path.move_to(from.0, from.1);
            path.line_to(to.0, to.1);
        }
    }
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

fn fill(shade: Shade) -> Fill {
    Fill {
        paint: color(shade).into(),
        ..Fill::default()
    }
}
