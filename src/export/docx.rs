//! A Word document (DOCX) of the neutral export document: A4 with 2 cm margins, Heading 1/2/3
//! styles (the navigation pane and a table of contents use them), tables whose header row
//! repeats on every page, page numbers in the footer, and the text's language set so the
//! spell-checker works. The same content and order as the HTML page. The file's properties
//! name its title, subject, language and the program that wrote it.

use docx_rs::{
    AlignmentType, Docx, Footer, LineSpacing, PageMargin, PageNum, Paragraph, Run, RunFonts,
    Shading, SpecialIndentType, Style, StyleType, TableCell, TableRow, WidthType,
};

use super::{Block, Cell, CellKind, ExportDoc, Para, RenderError, Row, Section, Table};

/// A4 in twentieths of a point.
const PAGE: (u32, u32) = (11_906, 16_838);
/// 2 cm.
const MARGIN: i32 = 1_134;
/// The width between the margins.
const TEXT_WIDTH: usize = 11_906 - 2 * 1_134;
/// Body text, in half-points.
const BODY_SIZE: usize = 20;
/// Table cells.
const CELL_SIZE: usize = 18;
/// Smaller lines under a cell's text.
const DETAIL_SIZE: usize = 16;
/// The font asked for: Word has it, and Writer uses its metric twin (`Liberation Sans`).
const FONT: &str = "Arial";

/// Renders the document as the bytes of a `.docx` file.
pub fn render(doc: &ExportDoc) -> Result<Vec<u8>, RenderError> {
    let mut docx = Docx::new()
        .page_size(PAGE.0, PAGE.1)
        .page_margin(PageMargin {
            top: MARGIN,
            left: MARGIN,
            bottom: MARGIN,
            right: MARGIN,
            header: 567,
            footer: 567,
            gutter: 0,
        })
        .default_size(BODY_SIZE)
        .default_line_spacing(LineSpacing::new().after(60))
        .default_fonts(RunFonts::new().ascii(FONT).hi_ansi(FONT).cs(FONT))
        .footer(
            Footer::new().add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Center)
                    .add_page_num(PageNum::new()),
            ),
        );
    for style in styles() {
        docx = docx.add_style(style);
    }
    docx = docx
        .add_paragraph(plain(&doc.kicker).style("Subtitle"))
        .add_paragraph(plain(&doc.title).style("Title"))
        .add_table(rows_table(&doc.meta));
    for section in &doc.sections {
        docx = section_docx(docx, section);
    }
    for line in &doc.footer {
        docx = docx.add_paragraph(sized(line, DETAIL_SIZE));
    }
    let mut xml = docx.build();
    xml.document = repeat_header_rows(&xml.document);
    xml.styles = set_language(&xml.styles, doc.lang.code());
    xml.doc_props.core = set_properties(&xml.doc_props.core, doc);
    let mut out = std::io::Cursor::new(Vec::new());
    xml.pack(&mut out)
        .map_err(|err| RenderError::Docx(err.to_string()))?;
    Ok(out.into_inner())
}

/// The paragraph styles: Word's built-in heading names, so its navigation pane and table of
/// contents find them.
fn styles() -> Vec<Style> {
    let heading = |id: &str, name: &str, size: usize, level: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .size(size)
            .bold()
            .color("1F3864")
            .line_spacing(LineSpacing::new().before(size as u32 * 8).after(80))
            .outline_lvl(level)
    };
    vec![
        Style::new("Title", StyleType::Paragraph)
            .name("Title")
            .based_on("Normal")
            .size(40)
            .bold(),
        Style::new("Subtitle", StyleType::Paragraph)
            .name("Subtitle")
            .based_on("Normal")
            .size(22)
            .color("595959"),
        heading("Heading1", "heading 1", 30, 0),
        heading("Heading2", "heading 2", 25, 1),
        heading("Heading3", "heading 3", 22, 2),
    ]
}

fn section_docx(mut docx: Docx, section: &Section) -> Docx {
    docx = docx.add_paragraph(
        plain(&section.heading)
            .style("Heading1")
            .keep_next(true)
            .page_break_before(section.new_page),
    );
    for block in &section.blocks {
        docx = match block {
            Block::Subheading(text) => {
                docx.add_paragraph(plain(text).style("Heading2").keep_next(true))
            }
            Block::Paragraph(para) => docx.add_paragraph(para_docx(para)),
            Block::Rows(rows) => docx.add_table(rows_table(rows)),
            Block::List(items) => items.iter().fold(docx, |docx, item| {
                let bullet = Paragraph::new()
                    .add_run(Run::new().add_text("•").add_tab())
                    .indent(Some(360), Some(SpecialIndentType::Hanging(240)), None, None);
                let bullet = para_runs(bullet, item);
                docx.add_paragraph(bullet)
            }),
            Block::Table(table) => docx.add_table(table_docx(table)),
        };
    }
    docx
}

fn plain(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text))
}

fn sized(text: &str, size: usize) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text).size(size))
}

/// A paragraph with its address and mark.
fn para_docx(para: &Para) -> Paragraph {
    para_runs(Paragraph::new(), para)
}

/// Adds the text of `para`, its address and its mark to `p`.
fn para_runs(mut p: Paragraph, para: &Para) -> Paragraph {
    let mut text = para.text.clone();
    if let Some(url) = &para.url {
        text = format!("{text}: {url}");
    }
    p = p.add_run(Run::new().add_text(text));
    if let Some(mark) = &para.mark {
        p = p.add_run(mark_run(mark));
    }
    p
}

fn mark_run(mark: &str) -> Run {
    Run::new()
        .add_text(format!(" [{mark}]"))
        .italic()
        .color("9C5700")
}

/// Label–value rows as a two-column table.
fn rows_table(rows: &[Row]) -> docx_rs::Table {
    let label_width = TEXT_WIDTH * 3 / 10;
    let table_rows = rows
        .iter()
        .map(|row| {
            TableRow::new(vec![
                TableCell::new()
                    .width(label_width, WidthType::Dxa)
                    .add_paragraph(
                        Paragraph::new().add_run(Run::new().add_text(&row.label).bold()),
                    ),
                TableCell::new()
                    .width(TEXT_WIDTH - label_width, WidthType::Dxa)
                    .add_paragraph(plain(&row.value)),
            ])
        })
        .collect();
    docx_rs::Table::new(table_rows).set_grid(vec![label_width, TEXT_WIDTH - label_width])
}

/// A table whose header row repeats on each page.
fn table_docx(table: &Table) -> docx_rs::Table {
    let widths = column_widths(table);
    let header = TableRow::new(
        table
            .columns
            .iter()
            .zip(&widths)
            .map(|(column, width)| {
                TableCell::new()
                    .width(*width, WidthType::Dxa)
                    .shading(Shading::new().fill("E7E6E6"))
                    .add_paragraph(
                        Paragraph::new().add_run(Run::new().add_text(column).bold().size(18)),
                    )
            })
            .collect(),
    )
    .cant_split();
    let body = table.rows.iter().map(|row| cells_row(row, &widths, false));
    let totals = table.totals.iter().map(|row| cells_row(row, &widths, true));
    let rows = std::iter::once(header).chain(body).chain(totals).collect();
    docx_rs::Table::new(rows).set_grid(widths)
}

/// Column widths in proportion to their weights, filling the page's width.
fn column_widths(table: &Table) -> Vec<usize> {
    let weights = table.column_weights();
    let total = weights.iter().sum::<f32>().max(1.0);
    weights
        .iter()
        .map(|w| (TEXT_WIDTH as f32 * w / total) as usize)
        .collect()
}

fn cells_row(row: &[Cell], widths: &[usize], total: bool) -> TableRow {
    TableRow::new(
        row.iter()
            .zip(widths)
            .map(|(cell, width)| cell_docx(cell, *width, total))
            .collect(),
    )
}

fn cell_docx(cell: &Cell, width: usize, bold: bool) -> TableCell {
    let align = match cell.kind {
        CellKind::Number | CellKind::Amount => AlignmentType::Right,
        _ => AlignmentType::Left,
    };
    let mut out = TableCell::new().width(width, WidthType::Dxa);
    // A cell with only details (e.g. evidence under an empty note) starts with them.
    let has_details = !cell.details.is_empty() || cell.links.is_some();
    if !(cell.text.trim().is_empty() && has_details) {
        for (i, line) in cell.text.split('\n').enumerate() {
            let mut run = Run::new().add_text(line).size(CELL_SIZE);
            if bold {
                run = run.bold();
            }
            let mut p = Paragraph::new().align(align).add_run(run);
            if i == 0 {
                for mark in &cell.marks {
                    p = p.add_run(mark_run(mark));
                }
            }
            out = out.add_paragraph(p);
        }
    }
    for detail in &cell.details {
        out = out.add_paragraph(detail_paragraph(&detail.label, &detail.value));
    }
    if let Some(links) = &cell.links {
        out = out.add_paragraph(detail_paragraph(&links.label, ""));
        for item in &links.items {
            out = out.add_paragraph(sized(&format!("• {item}"), DETAIL_SIZE));
        }
    }
    out
}

fn detail_paragraph(label: &str, value: &str) -> Paragraph {
    let mut p = Paragraph::new();
    if !label.is_empty() {
        p = p.add_run(
            Run::new()
                .add_text(format!("{label}: "))
                .bold()
                .size(DETAIL_SIZE),
        );
    }
    if !value.is_empty() {
        p = p.add_run(Run::new().add_text(value).size(DETAIL_SIZE));
    }
    p
}

/// Marks each table's header row as repeated on every page (`w:tblHeader`), which the
/// writer has no setting for. Header rows are the only rows built with `cantSplit`.
fn repeat_header_rows(document: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(document);
    text.replace("<w:cantSplit />", "<w:cantSplit /><w:tblHeader />")
        .into_bytes()
}

/// The Word language tag of `lang`.
fn language_tag(lang: &str) -> &'static str {
    match lang {
        "pl" => "pl-PL",
        _ => "en-GB",
    }
}

/// Fills the document properties the writer has no setting for: title and subject (as in
/// the PDF's metadata), language, and this program as creator instead of "unknown".
fn set_properties(core: &[u8], doc: &ExportDoc) -> Vec<u8> {
    let text = String::from_utf8_lossy(core);
    let by = |tag: &str| format!("<{tag}>{}</{tag}>", escape(super::CREATOR));
    let added = format!(
        "<dc:title>{}</dc:title><dc:subject>{}</dc:subject><dc:language>{}</dc:language>",
        escape(&format!("{} – {}", doc.title, doc.kicker)),
        escape(&doc.kicker),
        language_tag(doc.lang.code()),
    );
    text.replacen("<dc:creator>unknown</dc:creator>", &by("dc:creator"), 1)
        .replacen(
            "<cp:lastModifiedBy>unknown</cp:lastModifiedBy>",
            &by("cp:lastModifiedBy"),
            1,
        )
        .replacen(
            "</cp:coreProperties>",
            &format!("{added}</cp:coreProperties>"),
            1,
        )
        .into_bytes()
}

/// Escapes text for an XML element.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Sets the document's default language (`w:lang` in the default run properties), which the
/// writer has no setting for, so Word's and Writer's spell-checkers use the right dictionary.
fn set_language(styles: &[u8], lang: &str) -> Vec<u8> {
    let tag = language_tag(lang);
    let text = String::from_utf8_lossy(styles);
    let end = "</w:rPr></w:rPrDefault>";
    text.replacen(end, &format!("<w:lang w:val=\"{tag}\" />{end}"), 1)
        .into_bytes()
}
