//! Lays the neutral document out on A4 pages: lines broken to the width, headings kept with
//! what follows, page numbers in the footer. The result is a list of positioned texts, lines
//! and shaded boxes ([`Page`]), which `draw` turns into PDF and tests can read directly, plus
//! the document's logical structure over them ([`layout_tagged`]).

pub use super::flow::Page;
use super::flow::{
    BODY, Flow, Item, LEADING, MARGIN, PAGE_H, PAGE_W, Shade, TEXT_W, para_text, wrap,
};
use super::font::Metrics;
use super::structure::{Element, Role};
use crate::export::{Block, ExportDoc, Para, Section};

/// Lays out the whole document.
pub fn layout(doc: &ExportDoc, m: &Metrics<'_>) -> Vec<Page> {
    layout_tagged(doc, m).0
}

/// Lays out the whole document and returns its logical structure with the pages.
pub fn layout_tagged(doc: &ExportDoc, m: &Metrics<'_>) -> (Vec<Page>, Vec<Element>) {
    let mut flow = Flow::new(m);
    flow.tagged_paragraph(MARGIN, TEXT_W, &doc.kicker, 11.0, Shade::Muted);
    flow.tags.open(Role::Title);
    flow.paragraph(MARGIN, TEXT_W, &doc.title, 20.0, Shade::Heading);
    flow.tags.close();
    flow.y += 6.0;
    super::table::rows(&mut flow, &doc.meta);
    for section in &doc.sections {
        section_flow(&mut flow, section);
    }
    flow.y += BODY;
    for line in &doc.footer {
        flow.tagged_paragraph(MARGIN, TEXT_W, line, 8.0, Shade::Muted);
    }
    let mut pages = flow.pages;
    number_pages(&mut pages, m, &doc.title);
    (pages, flow.tags.finish())
}

/// How much of `blocks` must follow a heading on its page: the paragraphs that introduce a
/// table with the table's start, else three lines.
fn kept_with_heading(flow: &Flow<'_>, blocks: &[Block]) -> f32 {
    let mut height = 0.0;
    for block in blocks {
        match block {
            Block::Paragraph(para) => {
                let lines = wrap(flow.m, &para_text(para), BODY, TEXT_W).len();
                height += lines as f32 * BODY * LEADING;
            }
            Block::Table(table) => return height + super::table::lead_height(flow, table),
            _ => break,
        }
    }
    height.max(3.0 * BODY * LEADING)
}

fn section_flow(flow: &mut Flow<'_>, section: &Section) {
    let after = kept_with_heading(flow, &section.blocks);
    flow.heading(&section.heading, 1, section.new_page, after);
    for (i, block) in section.blocks.iter().enumerate() {
        match block {
            Block::Subheading(text) => {
                let rest = section.blocks.get(i + 1..).unwrap_or_default();
                let after = kept_with_heading(flow, rest);
                flow.heading(text, 2, false, after);
            }
            Block::Paragraph(para) => {
                flow.tagged_paragraph(MARGIN, TEXT_W, &para_text(para), BODY, Shade::Ink);
                flow.y += BODY * 0.4;
            }
            Block::Rows(rows) => super::table::rows(flow, rows),
            Block::List(items) => list(flow, items),
            Block::Table(table) => super::table::table(flow, table),
        }
    }
}

fn list(flow: &mut Flow<'_>, items: &[Para]) {
    flow.tags.open(Role::List);
    for item in items {
        flow.need(BODY * LEADING);
        let (y, page) = (flow.y, flow.pages.len().saturating_sub(1));
        flow.tags.open(Role::ListItem);
        flow.tags.open(Role::ListBody);
        flow.paragraph(
            MARGIN + 12.0,
            TEXT_W - 12.0,
            &para_text(item),
            BODY,
            Shade::Ink,
        );
        flow.tags.close();
        let bullet = flow.push_on(
            page,
            Item::Text {
                x: MARGIN + 2.0,
                y: y + BODY,
                size: BODY,
                text: "•".to_owned(),
                shade: Shade::Ink,
            },
        );
        flow.tags
            .add_first(Element::with_texts(Role::Label, vec![bullet]));
        flow.tags.close();
    }
    flow.tags.close();
    flow.y += BODY * 0.4;
}

/// "3 / 12" at the foot of each page on the right, with the plan's name on the left.
fn number_pages(pages: &mut [Page], m: &Metrics<'_>, title: &str) {
    let count = pages.len();
    let y = PAGE_H - MARGIN / 2.0;
    for (i, page) in pages.iter_mut().enumerate() {
        let number = format!("{} / {count}", i + 1);
        let x = PAGE_W - MARGIN - m.width(&number, 8.0);
        page.items.push(Item::Text {
            x,
            y,
            size: 8.0,
            text: number,
            shade: Shade::Muted,
        });
        let short: String = title.chars().take(60).collect();
        page.items.push(Item::Text {
            x: MARGIN,
            y,
            size: 8.0,
            text: short,
            shade: Shade::Muted,
        });
    }
}
