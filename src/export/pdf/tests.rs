//! The PDF's logical structure: every heading, paragraph, list and table of the document is an
//! element over its placed texts, the rest (page numbers, repeated headers) is left out as an
//! artifact, and the written file says it is tagged.

use super::flow::{Item, MARGIN, PAGE_H, Page, Shade};
use super::layout::layout_tagged;
use super::structure::{Child, Element, ItemRef, Role};
use super::{FONT_DATA, Metrics};
use crate::export::test_support::{doc, plan};
use crate::export::{Block, ExportOptions};
use crate::model::plan::Status;

fn tagged(
    options: &ExportOptions,
    extra: usize,
) -> (crate::export::ExportDoc, Vec<Page>, Vec<Element>) {
    let mut plan = plan();
    let template = plan.checklist[1].clone();
    for i in 0..extra {
        let mut entry = template.clone();
        entry.id = format!("extra-{i}");
        entry.owner = format!("Osoba {i}");
        entry.status = Status::InProgress;
        entry.note = "Długa notatka, która zajmuje kilka wierszy w wąskiej kolumnie. ".repeat(3);
        plan.checklist.push(entry);
    }
    let doc = doc(&plan, options);
    let metrics = Metrics::new(FONT_DATA).unwrap();
    let (pages, elements) = layout_tagged(&doc, &metrics);
    (doc, pages, elements)
}

fn walk<'a>(elements: &'a [Element], out: &mut Vec<&'a Element>) {
    for element in elements {
        out.push(element);
        for child in &element.children {
            if let Child::Element(inner) = child {
                walk(std::slice::from_ref(inner), out);
            }
        }
    }
}

fn text_at(pages: &[Page], (page, item): ItemRef) -> &Item {
    &pages[page].items[item]
}

#[test]
fn headings_paragraphs_and_tables_are_elements_in_reading_order() {
    let (doc, pages, elements) = tagged(&ExportOptions::default(), 40);
    let mut all = Vec::new();
    walk(&elements, &mut all);
    let headings: Vec<&str> = all
        .iter()
        .filter(|e| e.role == Role::Heading(1))
        .filter_map(|e| e.title.as_deref())
        .collect();
    let sections: Vec<&str> = doc.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings, sections,
        "one level-1 heading per section, in order"
    );
    assert_eq!(all.iter().filter(|e| e.role == Role::Title).count(), 1);

    let blocks = doc.sections.iter().flat_map(|s| &s.blocks);
    let (mut tables, mut subheadings, mut lists) = (1, 0, 0); // the title block's rows
    for block in blocks {
        match block {
            Block::Table(_) | Block::Rows(_) => tables += 1,
            Block::Subheading(_) => subheadings += 1,
            Block::List(_) => lists += 1,
            Block::Paragraph(_) => {}
        }
    }
    let count = |role| all.iter().filter(|e| e.role == role).count();
    assert_eq!(count(Role::Table), tables);
    assert_eq!(count(Role::Heading(2)), subheadings);
    assert_eq!(count(Role::List), lists);
    assert!(count(Role::ColumnHeader) > 0 && count(Role::RowHeader) > 0);
    for row in all.iter().filter(|e| e.role == Role::Row) {
        assert!(row.children.iter().all(|c| matches!(
            c,
            Child::Element(cell) if matches!(cell.role, Role::Cell | Role::ColumnHeader | Role::RowHeader)
        )));
    }
    let mut texts = Vec::new();
    for element in &elements {
        element.texts(&mut texts);
    }
    for at in &texts {
        assert!(matches!(text_at(&pages, *at), Item::Text { .. }), "{at:?}");
    }
    let mut unique = texts.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(
        unique.len(),
        texts.len(),
        "each text has one place in the structure"
    );
}

#[test]
fn only_page_numbers_and_repeated_headers_are_left_out() {
    let (_, pages, elements) = tagged(&ExportOptions::default(), 60);
    let mut texts = Vec::new();
    for element in &elements {
        element.texts(&mut texts);
    }
    let mut repeated_headers = 0;
    for (p, page) in pages.iter().enumerate() {
        for (i, item) in page.items.iter().enumerate() {
            let Item::Text { y, size, shade, .. } = item else {
                continue;
            };
            if texts.contains(&(p, i)) {
                continue;
            }
            let footer = (*y - (PAGE_H - MARGIN / 2.0)).abs() < 0.01;
            let header = *shade == Shade::Heading && (*size - 8.0).abs() < 0.01;
            assert!(footer || header, "page {p}, item {i}: {item:?}");
            repeated_headers += usize::from(header);
        }
    }
    assert!(repeated_headers > 0, "a long table repeats its header");
}

#[test]
fn the_file_is_marked_as_tagged_with_its_structure() {
    let doc = doc(&plan(), &ExportOptions::default());
    let bytes = super::render(&doc).unwrap();
    let raw = String::from_utf8_lossy(&bytes);
    for needle in [
        "/StructTreeRoot",
        "/Marked true",
        "/S/H1",
        "/S/H2",
        "/S/P",
        "/S/Table",
        "/S/TH",
        "/S/TD",
        "/S/L",
        "/S/LI",
    ] {
        assert!(raw.contains(needle), "{needle}");
    }
}
