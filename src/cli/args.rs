//! What the subcommands share: exit codes, the `--lang` parser and printing lines with
//! control characters escaped (a leaf: it uses no other part of the command line).

use crate::model::text::Lang;

/// Exit code: success.
pub const EXIT_OK: u8 = 0;
/// Exit code: invalid input (a bad plan, an unknown model, a file that cannot be written).
pub const EXIT_INVALID: u8 = 1;
/// Exit code: the command line itself is wrong.
pub const EXIT_USAGE: u8 = 2;

/// Parses a language code for `--lang`.
pub(super) fn parse_lang(value: &str) -> Result<Lang, String> {
    Lang::from_code(value).ok_or_else(|| format!("unknown language {value:?} (use pl or en)"))
}

/// `text` with control characters (newlines, escape sequences) shown as escapes, so that
/// nothing read from a file or a path can move the cursor or recolour a terminal.
pub fn escape_controls(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().collect()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Prints one line to standard output, control characters escaped.
pub(super) fn say(line: &str) {
    println!("{}", escape_controls(line));
}

/// Prints one line to standard error, control characters escaped.
pub(super) fn complain(line: &str) {
    eprintln!("{}", escape_controls(line));
}
