//! One self-contained HTML page: inline styles for screen and A4 print, no scripts, no
//! external resources. Every text from the plan or the catalogue is escaped.

use std::fmt::Write as _;

use super::{Block, Cell, CellKind, ExportDoc, Para, Row, Section, Table};
use crate::model::plan::Status;

/// The page's style sheet: a plain office document, A4 pages, a break before each major
/// section, tables with borders, and a status that is always spelled out.
const STYLE: &str = r#"@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
* { box-sizing: border-box; }
html { color: #111; background: #fff; }
body { margin: 0 auto; max-width: 190mm; padding: 12mm 8mm; font-family: "Segoe UI", Calibri, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.45; }
@media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
header.title-block { border-bottom: 2pt solid #1f3a5f; padding-bottom: 5mm; margin-bottom: 7mm; }
p.kicker { margin: 0 0 2mm; font-size: 9pt; letter-spacing: 0.04em; text-transform: uppercase; color: #44546a; }
h1 { margin: 0 0 5mm; font-size: 22pt; line-height: 1.2; color: #1f3a5f; }
h2 { margin: 0 0 4mm; padding-bottom: 1.5mm; font-size: 15pt; color: #1f3a5f; border-bottom: 1pt solid #9aa9bd; break-after: avoid; }
h3 { margin: 6mm 0 1.5mm; font-size: 12pt; color: #1f3a5f; break-after: avoid; page-break-after: avoid; }
p.lead { break-after: avoid; page-break-after: avoid; }
section { margin-bottom: 8mm; }
section.new-page { break-before: page; page-break-before: always; }
p { margin: 0 0 2.5mm; }
ul { margin: 0 0 3mm; padding-left: 6mm; }
li { margin-bottom: 1mm; }
table { border-collapse: collapse; }
table.rows { margin: 0 0 4mm; }
table.rows th { text-align: left; vertical-align: top; font-weight: 600; color: #44546a; padding: 0.8mm 6mm 0.8mm 0; white-space: nowrap; }
table.rows td { vertical-align: top; padding: 0.8mm 0; }
table.items { width: 100%; margin: 1mm 0 4mm; }
table.items thead { display: table-header-group; }
table.items tr { break-inside: avoid; page-break-inside: avoid; }
table.items th, table.items td { border: 0.75pt solid #7f8a99; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
table.items th { background: #e8edf3; font-weight: 600; }
td.number { width: 10mm; text-align: right; }
td.status { width: 27mm; font-weight: 600; }
td.status-done { background: #e7f3e7; }
td.status-in-progress { background: #fff4d6; }
td.status-not-applicable { color: #555; font-style: italic; }
td.notes { width: 30%; white-space: pre-line; }
p.detail { margin: 1.2mm 0 0; font-size: 9pt; color: #333; }
span.label { font-weight: 600; }
span.mark { display: inline-block; margin-left: 1.5mm; padding: 0 1.2mm; border: 0.75pt solid #9c5700; border-radius: 1mm; font-size: 8pt; color: #7a4300; white-space: nowrap; }
span.url { word-break: break-all; }
footer { margin-top: 10mm; padding-top: 3mm; border-top: 1pt solid #9aa9bd; font-size: 8.5pt; color: #44546a; }
footer p { margin: 0 0 1.5mm; }
"#;

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
        section_html(&mut out, section);
    }
    out.push_str("<footer>\n");
    for line in &doc.footer {
        writeln!(out, "<p>{}</p>", escape(line)).ok();
    }
    out.push_str("</footer>\n</body>\n</html>\n");
    out
}

fn section_html(out: &mut String, section: &Section) {
    let class = if section.new_page {
        " class=\"new-page\""
    } else {
        ""
    };
    writeln!(out, "<section id=\"{}\"{class}>", section.kind.id()).ok();
    writeln!(out, "<h2>{}</h2>", escape(&section.heading)).ok();
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
    for row in &table.rows {
        out.push_str("<tr>");
        for cell in row {
            cell_html(out, cell);
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn cell_html(out: &mut String, cell: &Cell) {
    let class = match cell.kind {
        CellKind::Number => "number",
        CellKind::Status(Status::Todo) => "status status-todo",
        CellKind::Status(Status::InProgress) => "status status-in-progress",
        CellKind::Status(Status::Done) => "status status-done",
        CellKind::Status(Status::NotApplicable) => "status status-not-applicable",
        CellKind::Notes => "notes",
        CellKind::Text => "text",
    };
    write!(out, "<td class=\"{class}\">{}", escape(&cell.text)).ok();
    if let Some(mark) = &cell.mark {
        write!(out, "<span class=\"mark\">{}</span>", escape(mark)).ok();
    }
    for detail in &cell.details {
        write!(
            out,
            "<p class=\"detail\"><span class=\"label\">{}:</span> {}</p>",
            escape(&detail.label),
            escape(&detail.value)
        )
        .ok();
    }
    out.push_str("</td>");
}

fn para_html(para: &Para) -> String {
    let mut html = escape(&para.text);
    if let Some(url) = &para.url {
        let shown = escape(url);
        if is_web_address(url) {
            write!(html, ": <a class=\"url\" href=\"{shown}\">{shown}</a>").ok();
        } else {
            write!(html, ": <span class=\"url\">{shown}</span>").ok();
        }
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

/// Escapes text for HTML content and attribute values: `& < > " '`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{escape, is_web_address};

    #[test]
    fn escapes_the_five_characters() {
        assert_eq!(
            escape(r#"<a href="x">Tom & 'Jerry'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
        assert_eq!(escape("Zażółć gęślą jaźń"), "Zażółć gęślą jaźń");
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert!(is_web_address("https://example.org/a?b=1"));
        assert!(is_web_address("HTTP://example.org"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("https://example.org/a b"));
        assert!(!is_web_address("data:text/html,<script>"));
    }
}
