//! The `export` subcommand, run as a real process: outputs, default names, exit codes, and
//! the plan file never being replaced.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod export_support;

use std::path::Path;
use std::process::Output;

/// Runs the binary with a fresh, empty home of its own, never the developer's.
fn run(args: &[&str]) -> Output {
    let home = tempfile::tempdir().expect("temp home");
    export_support::binary(home.path())
        .args(args)
        .output()
        .expect("the binary runs")
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("exited normally")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn arg(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}

/// A fresh plan for the kindergarten model, written by the `new` subcommand.
fn new_plan(dir: &Path, file: &str) -> std::path::PathBuf {
    let path = dir.join(file);
    let output = run(&[
        "new",
        "--model",
        "kindergarten",
        "--name",
        "Przedszkole w Łęczycy",
        "-o",
        arg(&path),
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    path
}

#[test]
fn html_goes_next_to_the_plan_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let plan = new_plan(dir.path(), "przedszkole.json");
    let before = std::fs::read(&plan).unwrap();
    let output = run(&["export", arg(&plan), "--format", "html"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let html_path = dir.path().join("przedszkole.html");
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"pl\">"));
    assert!(html.contains("Przedszkole w Łęczycy"));
    assert!(String::from_utf8_lossy(&output.stdout).contains(arg(&html_path)));
    assert_eq!(
        std::fs::read(&plan).unwrap(),
        before,
        "the plan is untouched"
    );
}

#[test]
fn csv_in_english_with_commas_to_a_chosen_file() {
    let dir = tempfile::tempdir().unwrap();
    let plan = new_plan(dir.path(), "plan.json");
    let out = dir.path().join("lista zadań.csv");
    let output = run(&[
        "export",
        arg(&plan),
        "--format",
        "csv",
        "--lang",
        "en",
        "--separator",
        ",",
        "--no-guidance",
        "-o",
        arg(&out),
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "byte-order mark");
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.starts_with(
        "\u{feff}No.,Phase,Task,Own item,Status,Why not applicable,Owner,Due date,Notes,\
         Evidence of completion,To verify\r\n"
    ));
    assert!(!text.contains("Why it matters"));
    assert!(!dir.path().join("plan.csv").exists());
}

#[test]
fn markdown_outline_options_are_applied() {
    let dir = tempfile::tempdir().unwrap();
    let plan = new_plan(dir.path(), "plan.json");
    let output = run(&[
        "export",
        arg(&plan),
        "--format",
        "md",
        "--headings-only",
        "--skip-not-started",
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let md = std::fs::read_to_string(dir.path().join("plan.md")).unwrap();
    assert!(md.starts_with("# Przedszkole w Łęczycy\n"));
    assert!(md.contains("tylko nagłówki"));
    assert!(md.contains("Pominięte zadania jeszcze nierozpoczęte"));
    assert!(!md.contains("| Lp. |"), "no item tables: {md}");
}

#[test]
fn refuses_to_write_over_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    // A plan saved with a Markdown extension: the default output would be the plan itself.
    let plan = new_plan(dir.path(), "plan.md");
    let before = std::fs::read(&plan).unwrap();
    let output = run(&["export", arg(&plan), "--format", "md"]);
    assert_eq!(code(&output), 1);
    assert!(
        stderr(&output).ends_with(&format!("{}\n", arg(&plan))),
        "path last"
    );
    assert_eq!(std::fs::read(&plan).unwrap(), before);

    let json_plan = new_plan(dir.path(), "plan.json");
    let before = std::fs::read(&json_plan).unwrap();
    let output = run(&[
        "export",
        arg(&plan),
        "--format",
        "html",
        "-o",
        arg(&json_plan),
    ]);
    assert_eq!(code(&output), 1, "no export may land on a .json file");
    assert_eq!(std::fs::read(&json_plan).unwrap(), before);
}

#[test]
fn bad_plans_and_unwritable_outputs_are_invalid_input() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("zepsuty.json");
    std::fs::write(&broken, "{ nie plan").unwrap();
    let output = run(&["export", arg(&broken), "--format", "html"]);
    assert_eq!(code(&output), 1);
    assert!(!dir.path().join("zepsuty.html").exists());

    let missing = dir.path().join("brak.json");
    assert_eq!(code(&run(&["export", arg(&missing), "--format", "csv"])), 1);

    let plan = new_plan(dir.path(), "plan.json");
    let output = run(&[
        "export",
        arg(&plan),
        "--format",
        "html",
        "-o",
        arg(dir.path()),
    ]);
    assert_eq!(code(&output), 1, "a folder is not a file");
}

#[test]
fn wrong_arguments_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let plan = new_plan(dir.path(), "plan.json");
    assert_eq!(code(&run(&["export", arg(&plan), "--format", "odt"])), 2);
    assert_eq!(
        code(&run(&["export", arg(&plan)])),
        2,
        "--format is required"
    );
    let bad_separator = run(&["export", arg(&plan), "--format", "csv", "--separator", "|"]);
    assert_eq!(code(&bad_separator), 2);
    assert_eq!(
        code(&run(&[
            "export",
            arg(&plan),
            "--format",
            "html",
            "--lang",
            "de"
        ])),
        2
    );
    assert!(!dir.path().join("plan.html").exists());
}

#[test]
fn the_whole_plan_is_exported_with_owners_dates_and_the_budget() {
    let dir = tempfile::tempdir().unwrap();
    let plan = new_plan(dir.path(), "plan.json");
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&plan).unwrap()).unwrap();
    let first = &mut json["checklist"][0];
    first["owner"] = "=Sekretarz gminy".into();
    first["due"] = "2027-03-31".into();
    first["evidence"] = serde_json::json!(["https://example.org/uchwała"]);
    json["readiness"] = serde_json::json!({ "scores": { "local_need": 2, "premises": 0 } });
    json["membership"] = serde_json::json!({ "legal_founders": 2 });
    json["budget"] = serde_json::json!({
        "costs": [{ "name": "Wyposażenie", "amount": 3_122_900 }],
        "funding": [],
        "jobs": 2
    });
    std::fs::write(&plan, serde_json::to_vec(&json).unwrap()).unwrap();

    let output = run(&["export", arg(&plan), "--format", "html"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let html = std::fs::read_to_string(dir.path().join("plan.html")).unwrap();
    for expected in [
        "<section id=\"health\">",
        "<section id=\"readiness\">",
        "Ocena niepełna: odpowiedzi na 2 z 10 pytań.",
        "<section id=\"team\">",
        "<section id=\"budget\">",
        "<td class=\"amount\">31 229,00 zł</td>",
        "Brakuje finansowania: 31 229,00 zł.",
        "<td class=\"date\">31.03.2027</td>",
        "<a class=\"url\" href=\"https://example.org/uchwała\">",
    ] {
        assert!(html.contains(expected), "{expected}");
    }

    let output = run(&["export", arg(&plan), "--format", "csv", "--lang", "en"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let csv = std::fs::read_to_string(dir.path().join("plan.csv")).unwrap();
    assert!(
        csv.contains(";'=Sekretarz gminy;2027-03-31;;https://example.org/uchwała;"),
        "{csv}"
    );
}
