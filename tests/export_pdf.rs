//! The PDF export: its layout (every task, owner and amount placed on a page, tables that
//! continue with their header repeated, page numbers), the file (A4 pages, title and language
//! in the metadata, the font embedded) and, where poppler's tools are installed, the text a
//! reader extracts from it with Polish letters intact. A golden text file keeps the content
//! stable.
//!
//! After an intended change, rewrite the golden text with
//! `UPDATE_GOLDEN=1 cargo test --test export_pdf`, then read the diff.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod export_support;

use export_support::golden_dir;
use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use social_franchise_planner::export::pdf::{self, layout::Page};
use social_franchise_planner::export::{ExportOptions, Format, build, export};
use social_franchise_planner::io::plan_file::parse_plan;
use social_franchise_planner::model::catalogue::{Catalogue, parse_model};
use social_franchise_planner::model::money::format_money;
use social_franchise_planner::model::plan::{Plan, Status};
use social_franchise_planner::model::text::Lang;

fn catalogue() -> Catalogue {
    let json = std::fs::read_to_string(golden_dir().join("fixture_model.json")).unwrap();
    Catalogue::from_models(vec![parse_model(&json).unwrap()])
}

fn fixture_plan() -> Plan {
    parse_plan(&std::fs::read(golden_dir().join("fixture_plan.json")).unwrap()).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

fn pages(plan: &Plan, options: &ExportOptions) -> Vec<Page> {
    pdf::pages(&build(plan, &catalogue(), options, today())).unwrap()
}

fn text_of(pages: &[Page]) -> String {
    let lines: Vec<&str> = pages.iter().flat_map(Page::lines).collect();
    lines.join("\n")
}

/// The fixture plan with `extra` more items, each with a long note, so tables cross pages.
fn long_plan(extra: usize) -> Plan {
    let mut plan = fixture_plan();
    let template = plan.checklist[1].clone();
    for i in 0..extra {
        let mut entry = template.clone();
        entry.id = format!("extra-{i}");
        entry.text.pl = format!("Zadanie dodatkowe nr {i}: zażółć gęślą jaźń");
        entry.owner = format!("Osoba {i}");
        entry.status = Status::InProgress;
        // Undated, so the long table is the checklist's (not also the schedule's).
        entry.due = None;
        entry.relative_due = None;
        entry.note = "Długa notatka, która zajmuje kilka wierszy w wąskiej kolumnie. ".repeat(3);
        plan.checklist.push(entry);
    }
    plan
}

/// Runs a poppler tool on `pdf`, or says it is missing (the checks then rely on the layout).
fn poppler(tool: &str, args: &[&str], pdf: &Path) -> Option<String> {
    let mut command = Command::new(tool);
    command.args(args).arg(pdf);
    if tool == "pdftotext" {
        command.arg("-");
    }
    let out = command.output();
    match out {
        Ok(out) if out.status.success() => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        Ok(out) => panic!("{tool} failed: {}", String::from_utf8_lossy(&out.stderr)),
        Err(_) => {
            eprintln!("{tool} is not installed: skipping the check of the extracted text");
            None
        }
    }
}

#[test]
fn every_task_owner_and_amount_is_placed_with_polish_letters() {
    let plan = fixture_plan();
    let text = text_of(&pages(&plan, &ExportOptions::default())).replace('\n', " ");
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
    assert!(text.contains("Kawiarnia „Pod Lipą” – Łódź & okolice"));
}

#[test]
fn long_tables_continue_on_new_pages_with_their_header() {
    let pages = pages(&long_plan(120), &ExportOptions::default());
    assert!(pages.len() >= 5, "{} pages", pages.len());
    let last = pages.len();
    let mut continued = 0;
    let mut table_started = false;
    for (i, page) in pages.iter().enumerate() {
        let lines: Vec<&str> = page.lines().collect();
        assert!(
            lines.contains(&format!("{} / {last}", i + 1).as_str()),
            "page number on {i}"
        );
        let has_extra = lines.iter().any(|l| l.starts_with("Zadanie dodatkowe"));
        // Each page the long table continues on starts with its repeated header.
        if table_started && has_extra {
            assert_eq!(
                lines.first(),
                Some(&"Lp."),
                "page {} starts with the header",
                i + 1
            );
            continued += 1;
        }
        table_started |= has_extra;
    }
    assert!(continued >= 3, "{continued} continued pages");
    let text = text_of(&pages).replace('\n', " ");
    for i in [0, 59, 119] {
        assert!(text.contains(&format!("Osoba {i}")), "item {i}");
    }
}

#[test]
fn the_file_is_a4_with_metadata_and_the_font_embedded() {
    let bytes = export(
        &fixture_plan(),
        &catalogue(),
        &ExportOptions::default(),
        Format::Pdf,
        today(),
    )
    .unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.trim_end().ends_with("%%EOF"));
    let page_objects = raw.matches("/Type/Page/").count();
    let expected = pages(&fixture_plan(), &ExportOptions::default()).len();
    assert_eq!(page_objects, expected, "one PDF page per laid-out page");
    assert!(
        raw.contains(&format!("/Type/Pages/Count {expected}/")),
        "the page count"
    );
    assert_eq!(
        raw.matches("/MediaBox[0 0 595.28 841.89]").count(),
        expected,
        "A4"
    );
    assert!(raw.contains("/FontFile2"), "the font is embedded");
    assert!(
        raw.contains("+Ubuntu-Light"),
        "the font is the one egui ships, subset"
    );
    assert!(raw.contains("/ToUnicode"), "text can be extracted");
    assert!(raw.contains("/Lang(pl)"), "the language");
    assert!(raw.contains("<dc:title>"), "the title in the XMP metadata");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.pdf");
    std::fs::write(&path, &bytes).unwrap();
    if let Some(info) = poppler("pdfinfo", &[], &path) {
        let field = |name: &str| {
            info.lines()
                .find_map(|l| l.strip_prefix(name))
                .map(str::trim)
                .unwrap_or_default()
                .to_owned()
        };
        assert_eq!(field("Pages:"), expected.to_string(), "{info}");
        let doc = build(
            &fixture_plan(),
            &catalogue(),
            &ExportOptions::default(),
            today(),
        );
        assert_eq!(field("Title:"), format!("{} – {}", doc.title, doc.kicker));
        assert_eq!(field("Page size:"), "595.28 x 841.89 pts (A4)");
        assert_eq!(field("Tagged:"), "yes", "a tagged (accessible) PDF");
    }
    if let Some(fonts) = poppler("pdffonts", &[], &path) {
        assert!(fonts.contains("Ubuntu"), "{fonts}");
        assert!(
            fonts.lines().skip(2).all(|l| l.contains(" yes ")),
            "embedded: {fonts}"
        );
    }
}

#[test]
fn extracted_text_keeps_every_task_and_polish_letters() {
    let plan = fixture_plan();
    let bytes = export(
        &plan,
        &catalogue(),
        &ExportOptions::default(),
        Format::Pdf,
        today(),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let Some(text) = poppler("pdftotext", &["-layout"], &path) else {
        return;
    };
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for entry in &plan.checklist {
        let first_words: Vec<&str> = entry.text.pl.split_whitespace().take(3).collect();
        assert!(
            flat.contains(&first_words.join(" ")),
            "task {:?}",
            entry.text.pl
        );
    }
    for word in [
        "Założenie",
        "Łódź",
        "Zrób diagnozę",
        "gotowość",
        "Koordynatorka",
    ] {
        assert!(flat.to_lowercase().contains(&word.to_lowercase()), "{word}");
    }
}

#[test]
fn the_text_matches_the_golden_file() {
    let actual = format!(
        "{}\n",
        text_of(&pages(&fixture_plan(), &ExportOptions::default()))
    );
    export_support::check_golden("plan_pl.pdf.txt", &actual);
}

#[test]
fn the_command_writes_a_pdf() {
    let dir = tempfile::tempdir().unwrap();
    let plan = export_support::new_kindergarten_plan(dir.path());
    let out = dir.path().join("dla rady gminy.pdf");
    let run = export_support::binary(dir.path())
        .arg("export")
        .arg(&plan)
        .args(["--format", "pdf", "--lang", "en", "--no-guidance", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(String::from_utf8_lossy(&bytes).contains("/Lang(en)"));
}

mod common;

#[test]
fn the_window_exports_pdf_and_docx_with_the_appendix() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable as _;
    use social_franchise_planner::dialogs::Modal;
    use social_franchise_planner::i18n::export_dialog::messages;
    use social_franchise_planner::i18n::tr;

    let m = messages(Lang::Pl);
    let mut app = common::TestApp::new();
    app.harness.run();
    app.harness
        .get_by_label_contains(tr(Lang::Pl).start_new)
        .click();
    app.harness.run();
    app.harness.key_press(egui::Key::Escape);
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    app.harness.run();
    for (label, file, magic) in [
        (m.formats[2], "plan.pdf", &b"%PDF-"[..]),
        (m.formats[1], "plan.docx", b"PK"),
    ] {
        app.harness
            .get_by_role_and_label(Role::RadioButton, label)
            .click();
        app.harness.run();
        let Some(Modal::Export(dialog)) = app.harness.state().modal() else {
            panic!("the export dialog is open");
        };
        assert!(dialog.path_text.ends_with(file), "{}", dialog.path_text);
        if !dialog.options.appendix {
            app.harness
                .get_by_role_and_label(Role::CheckBox, m.opt_appendix)
                .click();
            app.harness.run();
        }
        app.harness
            .get_by_role_and_label(Role::Button, m.export_button)
            .click();
        app.harness.run();
        let bytes = std::fs::read(app.path(file)).unwrap_or_else(|_| panic!("{file} is written"));
        assert!(bytes.starts_with(magic), "{file}");
        app.harness
            .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
        app.harness.run();
    }
    let pdf = String::from_utf8_lossy(&std::fs::read(app.path("plan.pdf")).unwrap()).into_owned();
    assert!(pdf.contains("/Lang(pl)"));
}
