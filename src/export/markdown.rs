//! Markdown text with the same content as the HTML page. Text from the plan or the catalogue
//! is escaped wherever it could change the structure (tables, headings, lists, emphasis, HTML).

use std::fmt::Write as _;

use super::html::is_web_address;
use super::{Block, Cell, CellKind, ExportDoc, Para, Row, Section, Table};

/// Renders the document.
pub fn render(doc: &ExportDoc) -> String {
    let mut out = String::new();
    writeln!(out, "# {}\n", escape(&doc.title)).ok();
    writeln!(out, "*{}*\n", escape(&doc.kicker)).ok();
    rows(&mut out, &doc.meta);
    for section in &doc.sections {
        section_md(&mut out, section);
    }
    out.push_str("---\n");
    for line in &doc.footer {
        writeln!(out, "\n{}", escape(line)).ok();
    }
    out
}

fn section_md(out: &mut String, section: &Section) {
    writeln!(out, "## {}\n", escape(&section.heading)).ok();
    for block in &section.blocks {
        match block {
            Block::Subheading(text) => {
                writeln!(out, "### {}\n", escape(text)).ok();
            }
            Block::Paragraph(para) => {
                writeln!(out, "{}\n", para_md(para)).ok();
            }
            Block::Rows(list) => rows(out, list),
            Block::List(items) => {
                for item in items {
                    writeln!(out, "- {}", para_md(item)).ok();
                }
                out.push('\n');
            }
            Block::Table(table) => table_md(out, table),
        }
    }
}

fn rows(out: &mut String, rows: &[Row]) {
    for row in rows {
        writeln!(out, "- **{}:** {}", escape(&row.label), escape(&row.value)).ok();
    }
    out.push('\n');
}

fn table_md(out: &mut String, table: &Table) {
    let header: Vec<String> = table.columns.iter().map(|c| escape(c)).collect();
    writeln!(out, "| {} |", header.join(" | ")).ok();
    let align: Vec<&str> = match table.rows.first().or(table.totals.first()) {
        Some(first) => first
            .iter()
            .map(|cell| match cell.kind {
                CellKind::Number | CellKind::Amount => "---:",
                _ => "---",
            })
            .collect(),
        None => table.columns.iter().map(|_| "---").collect(),
    };
    writeln!(out, "|{}|", align.join("|")).ok();
    for row in &table.rows {
        let cells: Vec<String> = row.iter().map(cell_md).collect();
        writeln!(out, "| {} |", cells.join(" | ")).ok();
    }
    for row in &table.totals {
        // Totals in bold; an empty cell stays empty.
        let cells: Vec<String> = row
            .iter()
            .map(|cell| match cell_md(cell) {
                md if md.is_empty() => md,
                md => format!("**{md}**"),
            })
            .collect();
        writeln!(out, "| {} |", cells.join(" | ")).ok();
    }
    out.push('\n');
}

fn cell_md(cell: &Cell) -> String {
    let mut md = escape(&cell.text);
    for mark in &cell.marks {
        write!(md, " *({})*", escape(mark)).ok();
    }
    // Lines under the text; the first of an empty cell needs no break before it.
    let line = |md: &mut String, text: String| {
        if !md.is_empty() {
            md.push_str("<br>");
        }
        md.push_str(&text);
    };
    for detail in &cell.details {
        let value = escape(&detail.value);
        if detail.label.is_empty() {
            line(&mut md, value);
        } else {
            line(&mut md, format!("**{}:** {value}", escape(&detail.label)));
        }
    }
    if let Some(links) = &cell.links {
        line(&mut md, format!("**{}:**", escape(&links.label)));
        for item in &links.items {
            line(&mut md, link_md(item));
        }
    }
    md
}

/// An autolink for an http or https address; escaped text for anything else.
fn link_md(item: &str) -> String {
    if is_web_address(item) && !item.contains(['<', '>', '|']) {
        format!("<{item}>")
    } else {
        escape(item)
    }
}

fn para_md(para: &Para) -> String {
    let mut md = escape_line_start(escape(&para.text));
    if let Some(url) = &para.url {
        write!(md, ": {}", link_md(url)).ok();
    }
    if let Some(mark) = &para.mark {
        write!(md, " *({})*", escape(mark)).ok();
    }
    md
}

/// Escapes text so that Markdown shows it as written: one line, with Markdown punctuation
/// backslash-escaped. Text that starts a line also goes through [`escape_line_start`].
pub fn escape(text: &str) -> String {
    let one_line = text.split(['\r', '\n']).collect::<Vec<_>>().join(" ");
    let trimmed = one_line.trim();
    let mut out = String::with_capacity(trimmed.len() + 8);
    for c in trimmed.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// At the start of a line, a leading `-`, `+` or `=`, or digits followed by `.` or `)`,
/// would start a list or an underline: escape that character.
pub fn escape_line_start(text: String) -> String {
    if text.starts_with(['-', '+', '=']) {
        return format!("\\{text}");
    }
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits > 0
        && let (Some(head), Some(rest)) = (text.get(..digits), text.get(digits..))
        && rest.starts_with(['.', ')'])
    {
        return format!("{head}\\{rest}");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::{escape, escape_line_start};

    #[test]
    fn structure_characters_are_escaped() {
        assert_eq!(escape("a | b"), "a \\| b");
        assert_eq!(escape("# Title"), "\\# Title");
        assert_eq!(
            escape("*bold* _it_ `code`"),
            "\\*bold\\* \\_it\\_ \\`code\\`"
        );
        assert_eq!(escape("<script>"), "\\<script\\>");
        assert_eq!(escape("[link](x)"), "\\[link\\](x)");
        assert_eq!(escape("Tom & Jerry"), "Tom \\& Jerry");
        assert_eq!(escape("back\\slash"), "back\\\\slash");
    }

    #[test]
    fn line_starts_and_breaks_are_neutralised() {
        let start = |text: &str| escape_line_start(escape(text));
        assert_eq!(start("- item"), "\\- item");
        assert_eq!(start("+ item"), "\\+ item");
        assert_eq!(start("12. item"), "12\\. item");
        assert_eq!(start("3) item"), "3\\) item");
        assert_eq!(start("2026 r."), "2026 r.");
        assert_eq!(escape("27.11.2026"), "27.11.2026");
        assert_eq!(escape("one\ntwo\r\nthree"), "one two  three");
        assert_eq!(escape("  Zażółć  "), "Zażółć");
    }
}
