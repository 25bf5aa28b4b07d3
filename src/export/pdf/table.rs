//! Tables on PDF pages: columns sized to their content, rows that move whole to the next page
//! when they fit there, rows taller than a page split by lines, and the header row repeated
//! at the top of each page the table continues on. Each table is a table element of the
//! document's structure, its cells header or data cells; a header repeated on a later page
//! is an artifact.

use super::flow::{BODY, BOTTOM, Flow, Item, LEADING, MARGIN, Shade, TEXT_W, wrap};
use super::structure::{Child, Element, ItemRef, Role};
use crate::export::{Cell, CellKind, Row, Table};

/// Table text size.
const SIZE: f32 = 8.0;
/// Detail lines under a cell's text.
const DETAIL: f32 = 7.0;
/// Space between a cell's border and its text.
const PAD: f32 = 3.0;

/// One line inside a cell.
#[derive(Clone, Debug)]
struct CellLine {
    text: String,
    size: f32,
    shade: Shade,
    right: bool,
}

impl CellLine {
    fn height(&self) -> f32 {
        self.size * LEADING
    }
}

/// Which cells of a row are headers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Headers {
    /// Every cell heads its column.
    Column,
    /// The first cell heads its row (a label–value row).
    Label,
    /// None: data cells.
    None,
}

impl Headers {
    fn role(self, column: usize) -> Role {
        match self {
            Self::Column => Role::ColumnHeader,
            Self::Label if column == 0 => Role::RowHeader,
            Self::Label | Self::None => Role::Cell,
        }
    }
}

/// A row ready to place: each cell's lines, its background and which cells are headers.
struct Prepared {
    cells: Vec<Vec<CellLine>>,
    fill: Option<Shade>,
    headers: Headers,
}

impl Prepared {
    fn height(&self) -> f32 {
        let tallest = self
            .cells
            .iter()
            .map(|lines| lines.iter().map(CellLine::height).sum::<f32>())
            .fold(0.0, f32::max);
        tallest + 2.0 * PAD
    }
}

/// Label–value rows: a borderless two-column table, labels in the muted colour.
pub fn rows(flow: &mut Flow<'_>, rows: &[Row]) {
    let widths = [TEXT_W * 0.3, TEXT_W * 0.7];
    flow.tags.open(Role::Table);
    for row in rows {
        let label = lines(flow, &row.label, SIZE + 1.0, Shade::Muted, widths[0], false);
        let value = lines(flow, &row.value, SIZE + 1.0, Shade::Ink, widths[1], false);
        let prepared = Prepared {
            cells: vec![label, value],
            fill: None,
            headers: Headers::Label,
        };
        place(flow, &prepared, &widths, None, false);
    }
    flow.tags.close();
    flow.y += BODY * 0.5;
}

fn header_row(flow: &Flow<'_>, table: &Table, widths: &[f32]) -> Prepared {
    Prepared {
        cells: table
            .columns
            .iter()
            .zip(widths)
            .map(|(column, width)| lines(flow, column, SIZE, Shade::Heading, *width, false))
            .collect(),
        fill: Some(Shade::HeaderFill),
        headers: Headers::Column,
    }
}

/// The height of the header and the first row: what must fit for the table to start on a
/// page (at most a page).
pub fn lead_height(flow: &Flow<'_>, table: &Table) -> f32 {
    let widths = column_widths(table);
    let header = header_row(flow, table, &widths);
    lead_height_with(flow, table, &widths, &header)
}

/// [`lead_height`] with the widths and header row already worked out (sizing the columns
/// reads every cell of the table).
fn lead_height_with(flow: &Flow<'_>, table: &Table, widths: &[f32], header: &Prepared) -> f32 {
    let first = table
        .rows
        .first()
        .map_or(0.0, |row| prepare(flow, row, widths, None).height());
    (header.height() + first).min(BOTTOM - MARGIN)
}

/// A table with its header row, body rows and totals.
pub fn table(flow: &mut Flow<'_>, table: &Table) {
    let widths = column_widths(table);
    let header = header_row(flow, table, &widths);
    // The header stays with at least its first row.
    flow.need(lead_height_with(flow, table, &widths, &header));
    flow.tags.open(Role::Table);
    place(flow, &header, &widths, None, true);
    for row in &table.rows {
        let prepared = prepare(flow, row, &widths, None);
        place(flow, &prepared, &widths, Some(&header), true);
    }
    for row in &table.totals {
        let prepared = prepare(flow, row, &widths, Some(Shade::TotalFill));
        place(flow, &prepared, &widths, Some(&header), true);
    }
    flow.tags.close();
    flow.y += BODY * 0.6;
}

/// Column widths in proportion to their weights, filling the line.
fn column_widths(table: &Table) -> Vec<f32> {
    let weights = table.column_weights();
    let total = weights.iter().sum::<f32>().max(1.0);
    weights.iter().map(|w| TEXT_W * w / total).collect()
}

fn lines(
    flow: &Flow<'_>,
    text: &str,
    size: f32,
    shade: Shade,
    width: f32,
    right: bool,
) -> Vec<CellLine> {
    wrap(flow.m, text, size, width - 2.0 * PAD)
        .into_iter()
        .map(|text| CellLine {
            text,
            size,
            shade,
            right,
        })
        .collect()
}

fn prepare(flow: &Flow<'_>, row: &[Cell], widths: &[f32], fill: Option<Shade>) -> Prepared {
    let cells = row
        .iter()
        .zip(widths)
        .map(|(cell, width)| cell_lines(flow, cell, *width))
        .collect();
    Prepared {
        cells,
        fill,
        headers: Headers::None,
    }
}

fn cell_lines(flow: &Flow<'_>, cell: &Cell, width: f32) -> Vec<CellLine> {
    let right = matches!(cell.kind, CellKind::Number | CellKind::Amount);
    let mut text = cell.text.clone();
    for mark in &cell.marks {
        text = format!("{text} [{mark}]");
    }
    // A cell with only details (e.g. evidence under an empty note) starts with them.
    let has_details = !cell.details.is_empty() || cell.links.is_some();
    let mut out = if text.trim().is_empty() && has_details {
        Vec::new()
    } else {
        lines(flow, &text, SIZE, Shade::Ink, width, right)
    };
    for detail in &cell.details {
        let line = if detail.label.is_empty() {
            detail.value.clone()
        } else {
            format!("{}: {}", detail.label, detail.value)
        };
        out.extend(lines(flow, &line, DETAIL, Shade::Muted, width, false));
    }
    if let Some(links) = &cell.links {
        out.extend(lines(
            flow,
            &format!("{}:", links.label),
            DETAIL,
            Shade::Muted,
            width,
            false,
        ));
        for item in &links.items {
            out.extend(lines(
                flow,
                &format!("• {item}"),
                DETAIL,
                Shade::Muted,
                width,
                false,
            ));
        }
    }
    out
}

/// Places a row: on this page when it fits, else on the next (after the repeated header),
/// and split by lines only when it is taller than a whole page.
fn place(
    flow: &mut Flow<'_>,
    row: &Prepared,
    widths: &[f32],
    header: Option<&Prepared>,
    ruled: bool,
) {
    let header_h = header.map_or(0.0, Prepared::height);
    let height = row.height();
    if flow.y + height > BOTTOM && height <= BOTTOM - MARGIN - header_h {
        new_page_with_header(flow, widths, header);
    }
    let mut rest: Vec<&[CellLine]> = row.cells.iter().map(Vec::as_slice).collect();
    let mut placed: Vec<Vec<ItemRef>> = vec![Vec::new(); rest.len()];
    loop {
        let room = BOTTOM - flow.y - 2.0 * PAD;
        let mut chunk: Vec<&[CellLine]> = Vec::with_capacity(rest.len());
        for lines in &mut rest {
            let mut used = 0.0;
            let count = lines
                .iter()
                .take_while(|line| {
                    used += line.height();
                    used <= room
                })
                .count();
            let (now, later) = lines.split_at(count);
            chunk.push(now);
            *lines = later;
        }
        draw_chunk(flow, &chunk, widths, row.fill, ruled, Some(&mut placed));
        if rest.iter().all(|lines| lines.is_empty()) {
            let cells = placed.into_iter().enumerate();
            let mut tr = Element::new(Role::Row);
            for (column, texts) in cells {
                let cell = Element::with_texts(row.headers.role(column), texts);
                tr.children.push(Child::Element(cell));
            }
            flow.tags.add(tr);
            return;
        }
        new_page_with_header(flow, widths, header);
    }
}

fn new_page_with_header(flow: &mut Flow<'_>, widths: &[f32], header: Option<&Prepared>) {
    flow.new_page();
    if let Some(header) = header {
        let cells: Vec<&[CellLine]> = header.cells.iter().map(Vec::as_slice).collect();
        draw_chunk(flow, &cells, widths, header.fill, true, None);
    }
}

fn draw_chunk(
    flow: &mut Flow<'_>,
    cells: &[&[CellLine]],
    widths: &[f32],
    fill: Option<Shade>,
    ruled: bool,
    mut placed: Option<&mut Vec<Vec<ItemRef>>>,
) {
    let inner = cells
        .iter()
        .map(|lines| lines.iter().map(CellLine::height).sum::<f32>())
        .fold(0.0, f32::max);
    let height = inner + 2.0 * PAD;
    let top = flow.y;
    if let Some(shade) = fill {
        flow.push(Item::Rect {
            bounds: (MARGIN, top, TEXT_W, height),
            shade,
        });
    }
    let mut x = MARGIN;
    for (column, (lines, width)) in cells.iter().zip(widths).enumerate() {
        let mut y = top + PAD;
        for line in *lines {
            let text_x = if line.right {
                x + width - PAD - flow.m.width(&line.text, line.size)
            } else {
                x + PAD
            };
            let at = flow.push(Item::Text {
                x: text_x,
                y: y + line.size,
                size: line.size,
                text: line.text.clone(),
                shade: line.shade,
            });
            if let Some(cell) = placed.as_mut().and_then(|cells| cells.get_mut(column)) {
                cell.push(at);
            }
            y += line.height();
        }
        x += width;
    }
    if ruled {
        rules(flow, top, height, widths);
    }
    flow.y = top + height;
}

/// The borders of a row: top, bottom and one line between and beside the cells.
fn rules(flow: &mut Flow<'_>, top: f32, height: f32, widths: &[f32]) {
    let bottom = top + height;
    for y in [top, bottom] {
        flow.push(Item::Line {
            from: (MARGIN, y),
            to: (MARGIN + TEXT_W, y),
        });
    }
    let mut x = MARGIN;
    flow.push(Item::Line {
        from: (x, top),
        to: (x, bottom),
    });
    for width in widths {
        x += width;
        flow.push(Item::Line {
            from: (x, top),
            to: (x, bottom),
        });
    }
}
