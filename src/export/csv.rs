//! The checklist as CSV for spreadsheets (`LibreOffice` Calc, Excel): UTF-8 with a byte-order
//! mark, `;` or `,` between fields, RFC 4180 quoting, CRLF line ends, and cells that a
//! spreadsheet would take as a formula made inert.

use super::{Grid, Separator};

/// The UTF-8 byte-order mark; Excel needs it to read the file as UTF-8.
pub const BOM: &str = "\u{feff}";

/// Renders the table: the header row, then one row per item.
pub fn render(grid: &Grid, separator: Separator) -> Vec<u8> {
    let mut out = String::from(BOM);
    for row in std::iter::once(&grid.columns).chain(&grid.rows) {
        let cells: Vec<String> = row.iter().map(|cell| field(cell, separator)).collect();
        out.push_str(&cells.join(&separator.char().to_string()));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// One field: neutralised against formula injection, then quoted when it holds the
/// separator, a quote or a line break (quotes inside are doubled).
pub fn field(value: &str, separator: Separator) -> String {
    let value = neutralise(value);
    let needs_quotes = value.contains([separator.char(), '"', '\n', '\r']);
    if needs_quotes {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a
/// formula by a spreadsheet: put an apostrophe in front so it stays text.
pub fn neutralise(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::{BOM, field, neutralise, render};
    use crate::export::{Grid, Separator};

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralise("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(neutralise("+1"), "'+1");
        assert_eq!(neutralise("-2"), "'-2");
        assert_eq!(neutralise("@x"), "'@x");
        assert_eq!(neutralise("\tx"), "'\tx");
        assert_eq!(neutralise("\rx"), "'\rx");
        assert_eq!(neutralise("a=b"), "a=b");
        assert_eq!(neutralise(""), "");
    }

    #[test]
    fn fields_are_quoted_only_when_needed() {
        let semi = Separator::Semicolon;
        assert_eq!(field("zwykły tekst", semi), "zwykły tekst");
        assert_eq!(field("a;b", semi), "\"a;b\"");
        assert_eq!(field("a,b", semi), "a,b");
        assert_eq!(field("a,b", Separator::Comma), "\"a,b\"");
        assert_eq!(field("say \"hi\"", semi), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines", semi), "\"two\nlines\"");
        assert_eq!(field("\rx", semi), "\"'\rx\"");
        assert_eq!(field("=1;2", semi), "\"'=1;2\"");
    }

    #[test]
    fn rows_end_with_crlf_after_a_bom() {
        let grid = Grid {
            columns: vec!["Lp.".to_owned(), "Zadanie".to_owned()],
            rows: vec![vec!["1".to_owned(), "Zażółć; gęślą".to_owned()]],
        };
        let bytes = render(&grid, Separator::Semicolon);
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(text, format!("{BOM}Lp.;Zadanie\r\n1;\"Zażółć; gęślą\"\r\n"));
        let comma = String::from_utf8(render(&grid, Separator::Comma)).unwrap();
        assert!(comma.ends_with("1,Zażółć; gęślą\r\n"));
    }
}
