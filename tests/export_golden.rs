//! Golden files: a fixed plan (`tests/golden/fixture_plan.json`) with a fixed model
//! (`tests/golden/fixture_model.json`), exported on a fixed date, must match the files in
//! `tests/golden/` byte for byte.
//!
//! After an intended change to the export, rewrite the expected files with
//! `UPDATE_GOLDEN=1 cargo test --test export_golden`, then read the diff before committing.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, TimeZone as _};
use social_franchise_planner::export::{ExportOptions, Format, Separator, export};
use social_franchise_planner::io::plan_file::parse_plan;
use social_franchise_planner::model::catalogue::{Catalogue, parse_model};
use social_franchise_planner::model::plan::Plan;
use social_franchise_planner::model::text::Lang;

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
}

fn catalogue() -> Catalogue {
    let json = std::fs::read_to_string(golden_dir().join("fixture_model.json")).unwrap();
    Catalogue::from_models(vec![parse_model(&json).unwrap()])
}

fn fixture_plan() -> Plan {
    parse_plan(&std::fs::read(golden_dir().join("fixture_plan.json")).unwrap()).unwrap()
}

fn empty_plan() -> Plan {
    Plan::new(
        "",
        chrono::Utc
            .with_ymd_and_hms(2026, 11, 27, 12, 0, 0)
            .unwrap(),
    )
}

/// Compares `actual` with the golden file `name`, or rewrites it under `UPDATE_GOLDEN=1`.
fn check(name: &str, actual: &[u8]) {
    let path = golden_dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read(&path)
        .unwrap_or_else(|err| panic!("{name}: {err} (run with UPDATE_GOLDEN=1 to create it)"));
    if expected != actual {
        let expected = String::from_utf8_lossy(&expected);
        let actual = String::from_utf8_lossy(actual);
        let line = expected
            .split('\n')
            .zip(actual.split('\n'))
            .position(|(e, a)| e != a)
            .map_or_else(
                || "a missing or extra line".to_owned(),
                |i| format!("line {}", i + 1),
            );
        panic!(
            "{name} differs from the golden file at {line}; rerun with UPDATE_GOLDEN=1 if intended"
        );
    }
}

fn run(name: &str, plan: &Plan, options: ExportOptions, format: Format) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    check(
        name,
        &export(plan, &catalogue(), &options, format, today).unwrap(),
    );
}

fn english() -> ExportOptions {
    ExportOptions {
        lang: Lang::En,
        separator: Separator::Comma,
        ..ExportOptions::default()
    }
}

#[test]
fn polish_exports_match() {
    for format in Format::TEXT {
        let name = format!("plan_pl.{}", format.extension());
        run(&name, &fixture_plan(), ExportOptions::default(), format);
    }
}

#[test]
fn english_exports_match() {
    for format in Format::TEXT {
        let name = format!("plan_en.{}", format.extension());
        run(&name, &fixture_plan(), english(), format);
    }
}

#[test]
fn outline_and_empty_plan_match() {
    let outline = ExportOptions {
        headings_only: true,
        include_not_started: false,
        include_guidance: false,
        ..ExportOptions::default()
    };
    run("outline_pl.md", &fixture_plan(), outline, Format::Markdown);
    run(
        "empty_pl.html",
        &empty_plan(),
        ExportOptions::default(),
        Format::Html,
    );
    run("empty_en.md", &empty_plan(), english(), Format::Markdown);
}
