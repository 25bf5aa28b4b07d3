//! The Word export opened as what it is, a zip of XML parts: the parts Word needs, the
//! heading styles and their use, repeated table header rows, A4 pages with page numbers, the
//! language, and the text: every task, owner and amount of the fixture plan with Polish
//! letters intact, kept stable by a golden text file.
//!
//! After an intended change, rewrite the golden text with
//! `UPDATE_GOLDEN=1 cargo test --test export_docx`, then read the diff.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod export_support;

use export_support::golden_dir;
use std::io::Read as _;

use chrono::NaiveDate;
use social_franchise_planner::export::{ExportOptions, Format, export};
use social_franchise_planner::io::plan_file::parse_plan;
use social_franchise_planner::model::catalogue::{Catalogue, parse_model};
use social_franchise_planner::model::money::format_money;
use social_franchise_planner::model::plan::Plan;
use social_franchise_planner::model::text::Lang;

fn catalogue() -> Catalogue {
    let json = std::fs::read_to_string(golden_dir().join("fixture_model.json")).unwrap();
    Catalogue::from_models(vec![parse_model(&json).unwrap()])
}

fn fixture_plan() -> Plan {
    parse_plan(&std::fs::read(golden_dir().join("fixture_plan.json")).unwrap()).unwrap()
}

fn docx(options: &ExportOptions) -> Vec<u8> {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    export(&fixture_plan(), &catalogue(), options, Format::Docx, today).unwrap()
}

/// The text of one part of the zip.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut file = zip
        .by_name(name)
        .unwrap_or_else(|_| panic!("{name} is missing"));
    let mut text = String::new();
    file.read_to_string(&mut text).unwrap();
    text
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The document's text: one line per paragraph, the runs of a paragraph joined.
fn paragraphs(document: &str) -> Vec<String> {
    document
        .split("</w:p>")
        .map(|paragraph| {
            let mut line = String::new();
            for run in paragraph.split("<w:t").skip(1) {
                // `<w:t>` or `<w:t xml:space=...>`, never `<w:tbl...>`, `<w:tc>` and the like.
                if !(run.starts_with('>') || run.starts_with(' ')) {
                    continue;
                }
                let Some(start) = run.find('>') else { continue };
                if run[..start].ends_with('/') {
                    continue;
                }
                let body = &run[start + 1..];
                let end = body.find("</w:t>").unwrap_or(body.len());
                line.push_str(&unescape(&body[..end]));
            }
            line
        })
        .filter(|line| !line.is_empty())
        .collect()
}

/// The paragraphs in the style `style`.
fn styled(document: &str, style: &str) -> Vec<String> {
    let marker = format!("<w:pStyle w:val=\"{style}\" />");
    document
        .split("</w:p>")
        .filter(|p| p.contains(&marker))
        .flat_map(|p| paragraphs(&format!("{p}</w:p>")))
        .collect()
}

#[test]
fn the_parts_word_needs_are_there() {
    let bytes = docx(&ExportOptions::default());
    assert!(bytes.starts_with(b"PK"), "a zip file");
    for name in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/document.xml",
        "word/styles.xml",
        "word/numbering.xml",
        "word/settings.xml",
        "word/_rels/document.xml.rels",
    ] {
        assert!(!part(&bytes, name).is_empty(), "{name}");
    }
    let styles = part(&bytes, "word/styles.xml");
    for (id, name, level) in [("Heading1", "heading 1", 0), ("Heading2", "heading 2", 1)] {
        let style = styles
            .split("</w:style>")
            .find(|s| s.contains(&format!("w:styleId=\"{id}\"")))
            .unwrap_or_else(|| panic!("{id} is not defined"));
        assert!(
            style.contains(&format!("<w:name w:val=\"{name}\" />")),
            "{style}"
        );
        assert!(
            style.contains(&format!("<w:outlineLvl w:val=\"{level}\" />")),
            "{style}"
        );
    }
    assert!(
        styles.contains("<w:lang w:val=\"pl-PL\" />"),
        "Polish for the spell-checker"
    );
    let english = docx(&ExportOptions {
        lang: Lang::En,
        ..ExportOptions::default()
    });
    assert!(part(&english, "word/styles.xml").contains("<w:lang w:val=\"en-GB\" />"));
}

#[test]
fn the_properties_name_title_subject_language_and_creator() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let mut plan = fixture_plan();
    plan.name = "Plan <A & B>".to_owned();
    for (lang, tag) in [(Lang::Pl, "pl-PL"), (Lang::En, "en-GB")] {
        let options = ExportOptions {
            lang,
            ..ExportOptions::default()
        };
        let bytes = export(&plan, &catalogue(), &options, Format::Docx, today).unwrap();
        let core = part(&bytes, "docProps/core.xml");
        let field = |tag: &str| {
            let open = format!("<{tag}>");
            let start = core.find(&open).unwrap_or_else(|| panic!("{tag}: {core}")) + open.len();
            let end = core[start..].find('<').unwrap() + start;
            unescape(&core[start..end])
        };
        let doc = social_franchise_planner::export::build(&plan, &catalogue(), &options, today);
        assert_eq!(field("dc:title"), format!("{} – {}", doc.title, doc.kicker));
        assert!(field("dc:title").starts_with("Plan <A & B>"), "escaped");
        assert_eq!(field("dc:subject"), doc.kicker);
        assert_eq!(field("dc:language"), tag);
        assert_eq!(field("dc:creator"), "social-franchise-planner");
        assert!(!core.contains("unknown"), "{core}");
    }
}

#[test]
fn pages_are_a4_numbered_and_tables_repeat_their_header() {
    let bytes = docx(&ExportOptions::default());
    let document = part(&bytes, "word/document.xml");
    assert!(
        document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\""),
        "A4"
    );
    assert!(document.contains("w:top=\"1134\""), "2 cm margins");
    let tables = document.matches("<w:tbl>").count();
    let headers = document.matches("<w:tblHeader />").count();
    assert!(headers >= 3, "{headers} repeated header rows");
    assert!(headers < tables, "label–value tables have no header row");
    let rels = part(&bytes, "word/_rels/document.xml.rels");
    let footer = rels
        .split("Target=\"")
        .skip(1)
        .filter_map(|t| t.split('"').next())
        .find(|t| t.starts_with("footer"))
        .expect("a footer is linked");
    let footer = part(&bytes, &format!("word/{footer}"));
    assert!(footer.contains("PAGE"), "a page number field: {footer}");
}

/// The texts of the HTML page's `<tag>` elements, in order.
fn tags(html: &str, tag: &str) -> Vec<String> {
    html.split(&format!("<{tag}>"))
        .skip(1)
        .filter_map(|rest| rest.split(&format!("</{tag}>")).next())
        .map(unescape)
        .collect()
}

#[test]
fn headings_and_cells_follow_the_html_order() {
    let document = part(&docx(&ExportOptions::default()), "word/document.xml");
    let html = String::from_utf8(
        export(
            &fixture_plan(),
            &catalogue(),
            &ExportOptions::default(),
            Format::Html,
            NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(styled(&document, "Heading1"), tags(&html, "h2"));
    assert_eq!(styled(&document, "Heading2"), tags(&html, "h3"));
    assert!(styled(&document, "Heading2").contains(&"Założenie i rejestracja".to_owned()));
    assert_eq!(
        styled(&document, "Title"),
        ["Kawiarnia „Pod Lipą” – Łódź & okolice"]
    );
    let text = paragraphs(&document);
    for cell in [
        "Lp.",
        "Zadanie",
        "Odpowiada",
        "Termin",
        "Zrobione",
        "Koordynatorka projektu",
    ] {
        assert!(
            text.iter().any(|line| line == cell),
            "{cell} is a cell of its own"
        );
    }
}

#[test]
fn every_task_owner_and_amount_is_in_the_text_with_polish_letters() {
    let plan = fixture_plan();
    let text = paragraphs(&part(&docx(&ExportOptions::default()), "word/document.xml")).join("\n");
    for entry in &plan.checklist {
        assert!(
            text.contains(entry.text.pl.trim()),
            "task {:?}",
            entry.text.pl
        );
        assert!(text.contains(entry.owner.trim()), "owner {:?}", entry.owner);
    }
    let amounts = plan.budget.costs.iter().map(|c| c.amount);
    for amount in amounts.chain(plan.budget.funding.iter().map(|f| f.amount)) {
        let shown = format_money(amount, Lang::Pl);
        assert!(text.contains(&shown), "amount {shown}");
    }
    assert!(
        text.contains("Zażółć gęślą jaźń") || text.contains("Łódź"),
        "Polish letters"
    );
    assert!(
        text.contains("Remont lokalu: malowanie & <podłogi>"),
        "escaped and restored"
    );
}

#[test]
fn the_appendix_lists_every_item_with_its_data() {
    let plain = paragraphs(&part(&docx(&ExportOptions::default()), "word/document.xml"));
    let options = ExportOptions {
        appendix: true,
        include_not_started: false,
        ..ExportOptions::default()
    };
    let document = part(&docx(&options), "word/document.xml");
    let headings = styled(&document, "Heading1");
    assert_eq!(headings.last().unwrap(), "Załącznik: pełne dane planu");
    assert!(!plain.iter().any(|line| line.contains("Załącznik")));
    let appendix = document
        .split("Załącznik: pełne dane planu")
        .nth(1)
        .unwrap();
    let text = paragraphs(appendix).join("\n");
    for entry in &fixture_plan().checklist {
        // Not-started items are skipped in the checklist, never in the appendix.
        assert!(text.contains(entry.id.as_str()), "{}", entry.id);
        assert!(text.contains(entry.text.pl.trim()), "{}", entry.id);
        for evidence in entry.evidence.iter().filter(|e| !e.trim().is_empty()) {
            assert!(text.contains(evidence.trim()), "evidence {evidence}");
        }
        if !entry.note.trim().is_empty() {
            let first = entry.note.trim().lines().next().unwrap();
            assert!(text.contains(first), "note {first}");
        }
    }
}

#[test]
fn the_text_matches_the_golden_file() {
    let document = part(&docx(&ExportOptions::default()), "word/document.xml");
    let actual = format!("{}\n", paragraphs(&document).join("\n"));
    export_support::check_golden("plan_pl.docx.txt", &actual);
}

#[test]
fn the_command_writes_docx_next_to_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let plan = export_support::new_kindergarten_plan(dir.path());
    let out = export_support::binary(dir.path())
        .arg("export")
        .arg(&plan)
        .args(["--format", "docx", "--appendix"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(dir.path().join("plan.docx")).unwrap();
    let text = paragraphs(&part(&bytes, "word/document.xml")).join("\n");
    assert!(text.contains("Przedszkole w Łęczycy"));
    assert!(text.contains("Załącznik: pełne dane planu"));
    let help = export_support::binary(dir.path())
        .args(["export", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    for flag in [
        "docx",
        "pdf",
        "--appendix",
        "--headings-only",
        "--skip-not-started",
    ] {
        assert!(help.contains(flag), "{flag} in --help");
    }
}
