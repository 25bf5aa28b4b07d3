//! The pictures of the HTML export: inline SVG that parses as XML, with user text escaped,
//! no scripts and no outside files; and the schedule (dated tasks and milestones in date
//! order) in every document and as a CSV table.

use chrono::NaiveDate;
use quick_xml::events::Event;

use super::test_support::{doc, plan, section, tables, text};
use super::{CsvTable, ExportOptions, Format, SectionKind};
use crate::model::plan::{ChecklistEntry, Status};
use crate::model::taxonomy::Phase;

const TRICKY: &str = "Umowa <b>najmu</b> & \"Lipa\" 'x' ]]>";

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The fixture plan with a task and a milestone whose names are markup-like.
fn tricky_plan() -> crate::model::plan::Plan {
    let mut plan = plan();
    let mut entry = ChecklistEntry::custom("custom_tricky".to_owned(), Phase::Founding, TRICKY);
    entry.due = date(2027, 2, 3);
    entry.status = Status::InProgress;
    plan.checklist.push(entry);
    let milestone = plan.milestones.first_mut().unwrap();
    milestone.name = crate::model::text::Text::new(TRICKY, TRICKY);
    milestone.date = date(2027, 1, 10);
    plan
}

/// Every `<svg>…</svg>` of a page.
fn svgs(html: &str) -> Vec<&str> {
    html.match_indices("<svg ")
        .map(|(start, _)| {
            let end = html[start..].find("</svg>").unwrap() + start + "</svg>".len();
            &html[start..end]
        })
        .collect()
}

/// The texts of an SVG, read back by an XML parser (fails on any malformed markup).
fn svg_texts(svg: &str) -> Vec<String> {
    let mut reader = quick_xml::Reader::from_str(svg);
    let mut texts = Vec::new();
    let mut depth = 0_i32;
    loop {
        match reader.read_event().unwrap() {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth -= 1,
            Event::Text(t) => texts.push(t.decode().unwrap().into_owned()),
            Event::GeneralRef(r) => {
                let name = r.decode().unwrap().into_owned();
                let c = match name.as_str() {
                    "lt" => "<",
                    "gt" => ">",
                    "amp" => "&",
                    "quot" => "\"",
                    "#39" => "'",
                    other => panic!("unexpected entity {other}"),
                };
                texts.push(c.to_owned());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(depth, 0, "every element is closed");
    texts
}

#[test]
fn the_html_page_draws_three_pictures_that_parse_with_user_text_escaped() {
    let html = text(&tricky_plan(), &ExportOptions::default(), Format::Html);
    let pictures = svgs(&html);
    assert_eq!(pictures.len(), 3, "budget, timeline, progress per phase");
    for svg in &pictures {
        assert!(svg.contains("role=\"img\""));
        assert!(!svg.contains("<script") && !svg.contains("href=\"http"));
        svg_texts(svg);
    }
    // The budget: the gap labelled in words.
    let budget = svg_texts(pictures[0]).concat();
    assert!(budget.contains("Brakuje 10 990,50 zł"), "{budget}");
    // The timeline: the milestone's name comes back exactly as typed.
    let timeline = svg_texts(pictures[1]).concat();
    assert!(
        timeline.contains(&format!("M1 – 10.01.2027 – {TRICKY}")),
        "{timeline}"
    );
    assert!(pictures[1].contains("Umowa &lt;b&gt;najmu&lt;/b&gt; &amp; &quot;Lipa&quot;"));
    assert!(!pictures[1].contains("<b>"));
    let phases = svg_texts(pictures[2]).concat();
    assert!(
        phases.contains("Założenie i rejestracja: zrobione"),
        "{phases}"
    );
    assert!(!html.contains("<script"));
}

#[test]
fn the_schedule_lists_tasks_and_milestones_in_date_order() {
    let plan = tricky_plan();
    let doc = doc(&plan, &ExportOptions::default());
    let table = tables(section(&doc, SectionKind::Schedule))[0];
    let rows: Vec<(String, String)> = table
        .rows
        .iter()
        .map(|r| (r[0].text.clone(), r[1].text.clone()))
        .collect();
    let dates: Vec<NaiveDate> = rows
        .iter()
        .map(|(d, _)| NaiveDate::parse_from_str(d, "%d.%m.%Y").unwrap())
        .collect();
    assert!(dates.is_sorted(), "{rows:?}");
    let milestone = rows
        .iter()
        .position(|(_, what)| what == &format!("Kamień milowy: {TRICKY}"));
    let task = rows.iter().position(|(_, what)| what == TRICKY);
    assert!(milestone.unwrap() < task.unwrap());
    // Markdown carries the same table; CSV has it as a table of its own.
    let markdown = text(&plan, &ExportOptions::default(), Format::Markdown);
    assert!(markdown.contains("## Harmonogram"));
    let options = ExportOptions {
        csv_table: CsvTable::Schedule,
        ..ExportOptions::default()
    };
    let csv = text(&plan, &options, Format::Csv);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].ends_with("Data;Co;Etap;Stan;Odpowiada"),
        "{}",
        lines[0]
    );
    assert_eq!(lines.len(), rows.len() + 1 + TRICKY.matches('\n').count());
    assert!(
        csv.contains("10.01.2027;\"Kamień milowy: Umowa <b>najmu</b> & \"\"Lipa\"\" 'x' ]]>\";;;")
    );
}
