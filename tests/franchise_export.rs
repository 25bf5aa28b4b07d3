//! `export --format md` of a plan with a franchise section shows the fidelity summary, the
//! adaptations and the agreement terms; the agreement terms also export as a CSV table.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

use std::path::Path;
use std::process::Command;

use social_franchise_planner::export::{Separator, csv, franchise::agreement_grid};
use social_franchise_planner::io::plan_file::load_plan;
use social_franchise_planner::model::text::Lang;

#[test]
fn markdown_export_shows_fidelity_adaptations_and_terms() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plan_v3.json");
    let plan = dir.path().join("plan.json");
    std::fs::copy(&fixture, &plan).unwrap();
    let out = dir.path().join("plan.md");
    let output = Command::new(env!("CARGO_BIN_EXE_social-franchise-planner"))
        .args(["export", plan.to_str().unwrap(), "--format", "md", "-o"])
        .arg(&out)
        .env("RUST_LOG", "off")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(md.contains("## Franczyza"), "{md}");
    // The nursery model: one core element of its six dropped, one adaptation.
    assert!(
        md.contains("Rdzeń modelu zachowany: 5 z 6; adaptacje: 1"),
        "{md}"
    );
    assert!(md.contains("Klub dziecięcy zamiast żłobka"), "{md}");
    assert!(
        md.contains("Partnerstwo publiczno-społeczne z gminą"),
        "{md}"
    );
    assert!(md.contains("Pominięty element rdzenia"), "{md}");
    assert!(
        md.contains("| Strony | Uzgodnione | OWES i spółdzielnia |"),
        "{md}"
    );
    // Headings missing from the file count as still to negotiate: 14 - 2 settled.
    assert!(md.contains("Warunki umowy do negocjacji: 12"), "{md}");
    assert!(md.contains("Franczyzodawca zobowiązuje się do"), "{md}");
}

#[test]
fn agreement_terms_export_as_csv() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plan_v3.json");
    let plan = load_plan(&fixture).unwrap();
    let grid = agreement_grid(&plan.franchise, Lang::En);
    let text = String::from_utf8(csv::render(&grid, Separator::Comma)).unwrap();
    assert!(
        text.contains("Parties,parties,Agreed,agreed,OWES i spółdzielnia\r\n"),
        "{text}"
    );
    assert!(
        text.contains("\"Fees (one-off, periodic or none)\",fees,Not applicable,not_applicable")
    );
    assert!(
        text.contains("Training,training,To negotiate,to_negotiate,\r\n"),
        "{text}"
    );
    assert_eq!(text.lines().count(), 15);
}

#[test]
fn export_table_agreement_writes_the_terms_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plan_v3.json");
    let plan = dir.path().join("plan.json");
    std::fs::copy(&fixture, &plan).unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_social-franchise-planner"))
            .arg("export")
            .arg(&plan)
            .args(args)
            .env("RUST_LOG", "off")
            .output()
            .unwrap()
    };
    let out = dir.path().join("umowa.csv");
    let output = run(&[
        "--format",
        "csv",
        "--table",
        "agreement",
        "--lang",
        "en",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let written = std::fs::read_to_string(&out).unwrap();
    let loaded = load_plan(&fixture).unwrap();
    let expected = csv::render(
        &agreement_grid(&loaded.franchise, Lang::En),
        Separator::Semicolon,
    );
    assert_eq!(written.as_bytes(), expected.as_slice());
    // The checklist stays the default table, and the table is a CSV choice only.
    let default = dir.path().join("lista.csv");
    let output = run(&["--format", "csv", "-o", default.to_str().unwrap()]);
    assert!(output.status.success());
    assert_ne!(std::fs::read(&default).unwrap(), expected);
    let output = run(&["--format", "md", "--table", "agreement"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("--format csv"));
    let output = run(&["--format", "csv", "--table", "terms"]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "unknown table is a usage error"
    );
}
