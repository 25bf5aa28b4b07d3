//! One self-contained HTML page: inline styles for screen and A4 print, no scripts, no
//! external resources. Every text from the plan or the catalogue is escaped.

use std::fmt::Write as _;

use super::escape::escape;
use super::figures::Figures;
use super::{
    Block, Cell, CellKind, ExportDoc, Para, Row, Section, SectionKind, Table, svg_figures,
};
use crate::model::plan::Status;

/// The page's style sheet: a plain office document, A4 pages, a break before each major
/// section, tables with borders, and a status that is always spelled out.
const STYLE: &str = include_str!("print.css");

/// Renders the page.
pub fn render(doc: &ExportDoc) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n");
    writeln!(out, "<html lang=\"{}\">", doc.lang.code()).ok();
    out.push_str("<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    writeln!(
        out,
        "<title>{} – {}</title>",
        escape(&doc.title),
        escape(&doc.kicker)
    )
    .ok();
    writeln!(out, "<style>\n{STYLE}</style>\n</head>\n<body>").ok();
    out.push_str("<header class=\"title-block\">\n");
    writeln!(out, "<p class=\"kicker\">{}</p>", escape(&doc.kicker)).ok();
    writeln!(out, "<h1>{}</h1>", escape(&doc.title)).ok();
    rows(&mut out, &doc.meta);
    out.push_str("</header>\n");
    for section in &doc.sections {
        section_html(&mut out, section, &doc.figures);
    }
    out.push_str("<footer>\n");
    for line in &doc.footer {
        writeln!(out, "<p>{}</p>", escape(line)).ok();
    }
    out.push_str("</footer>\n</body>\n</html>\n");
    out
}

fn section_html(out: &mut String, section: &Section, figures: &Figures) {
    let class = if section.new_page {
        " class=\"new-page\""
    } else {
        ""
    };
    writeln!(out, "<section id=\"{}\"{class}>", section.kind.id()).ok();
    writeln!(out, "<h2>{}</h2>", escape(&section.heading)).ok();
    figure_html(out, section.kind, figures);
    let mut blocks = section.blocks.iter().peekable();
    while let Some(block) = blocks.next() {
        match block {
            Block::Subheading(text) => {
                writeln!(out, "<h3>{}</h3>", escape(text)).ok();
            }
            Block::Paragraph(para) => {
                // A paragraph that introduces a table stays on the table's page.
                let lead = matches!(blocks.peek(), Some(Block::Table(_)));
                let class = if lead { " class=\"lead\"" } else { "" };
                writeln!(out, "<p{class}>{}</p>", para_html(para)).ok();
            }
            Block::Rows(list) => rows(out, list),
            Block::List(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    writeln!(out, "<li>{}</li>", para_html(item)).ok();
                }
                out.push_str("</ul>\n");
            }
            Block::Table(table) => table_html(out, table),
        }
    }
    out.push_str("</section>\n");
}

/// The picture of section `kind`, if it has one, as inline SVG with its title and numbers
/// as the caption.
fn figure_html(out: &mut String, kind: SectionKind, figures: &Figures) {
    let (svg, title, numbers) = match kind {
        SectionKind::Checklist => match &figures.phases {
            Some(f) => (svg_figures::phases(f), &f.title, None),
            None => return,
        },
        SectionKind::Budget => match &figures.budget {
            Some(f) => (svg_figures::budget(f), &f.title, Some(f.gap.as_str())),
            None => return,
        },
        SectionKind::Schedule => match &figures.timeline {
            Some(f) => (svg_figures::timeline(f), &f.title, None),
            None => return,
        },
        _ => return,
    };
    writeln!(out, "<figure class=\"chart chart-{}\">", kind.id()).ok();
    out.push_str(&svg);
    write!(out, "<figcaption><strong>{}</strong>", escape(title)).ok();
    if let Some(numbers) = numbers {
        write!(out, " – {}", escape(numbers)).ok();
    }
    out.push_str("</figcaption>\n</figure>\n");
}

fn rows(out: &mut String, rows: &[Row]) {
    out.push_str("<table class=\"rows\">\n");
    for row in rows {
        writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
            escape(&row.label),
            escape(&row.value)
        )
        .ok();
    }
    out.push_str("</table>\n");
}

fn table_html(out: &mut String, table: &Table) {
    out.push_str("<table class=\"items\">\n<thead><tr>");
    for column in &table.columns {
        write!(out, "<th scope=\"col\">{}</th>", escape(column)).ok();
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    rows_html(out, &table.rows);
    out.push_str("</tbody>\n");
    if !table.totals.is_empty() {
        out.push_str("<tfoot>\n");
        rows_html(out, &table.totals);
        out.push_str("</tfoot>\n");
    }
    out.push_str("</table>\n");
}

fn rows_html(out: &mut String, rows: &[Vec<Cell>]) {
    for row in rows {
        out.push_str("<tr>");
        for cell in row {
            cell_html(out, cell);
        }
        out.push_str("</tr>\n");
    }
}

fn cell_html(out: &mut String, cell: &Cell) {
    let class = match cell.kind {
        CellKind::Number => "number",
        CellKind::Amount => "amount",
        CellKind::Date => "date",
        CellKind::Status(Status::Todo) => "status status-todo",
        CellKind::Status(Status::InProgress) => "status status-in-progress",
        CellKind::Status(Status::Done) => "status status-done",
        CellKind::Status(Status::NotApplicable) => "status status-not-applicable",
        CellKind::Notes => "notes",
        CellKind::Text => "text",
    };
    write!(out, "<td class=\"{class}\">{}", escape(&cell.text)).ok();
    for mark in &cell.marks {
        write!(out, "<span class=\"mark\">{}</span>", escape(mark)).ok();
    }
    for detail in &cell.details {
        out.push_str("<p class=\"detail\">");
        if !detail.label.is_empty() {
            write!(
                out,
                "<span class=\"label\">{}:</span> ",
                escape(&detail.label)
            )
            .ok();
        }
        write!(out, "{}</p>", escape(&detail.value)).ok();
    }
    if let Some(links) = &cell.links {
        write!(
            out,
            "<p class=\"detail\"><span class=\"label\">{}:</span></p><ul class=\"links\">",
            escape(&links.label)
        )
        .ok();
        for item in &links.items {
            write!(out, "<li>{}</li>", link_html(item)).ok();
        }
        out.push_str("</ul>");
    }
    out.push_str("</td>");
}

/// A link for an http or https address; escaped text for anything else.
fn link_html(item: &str) -> String {
    let shown = escape(item);
    if is_web_address(item) {
        format!("<a class=\"url\" href=\"{shown}\">{shown}</a>")
    } else {
        format!("<span class=\"url\">{shown}</span>")
    }
}

fn para_html(para: &Para) -> String {
    let mut html = escape(&para.text);
    if let Some(url) = &para.url {
        write!(html, ": {}", link_html(url)).ok();
    }
    if let Some(mark) = &para.mark {
        write!(html, " <span class=\"mark\">{}</span>", escape(mark)).ok();
    }
    html
}

/// True for a plain http or https address, the only kind made into a link.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::is_web_address;

    #[test]
    fn only_web_addresses_become_links() {
        assert!(is_web_address("https://example.org/a?b=1"));
        assert!(is_web_address("HTTP://example.org"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("https://example.org/a b"));
        assert!(!is_web_address("data:text/html,<script>"));
    }
}
