//! The health-check section: what in the plan needs attention on the day of the export.

use super::{Block, Context, Para, Section, SectionKind, format_date};
use crate::model::health::{Issue, check_with};

/// What needs attention.
pub(super) fn section(cx: &Context<'_>) -> Option<Section> {
    let w = cx.w.health;
    let issues = check_with(cx.plan, cx.model, cx.today);
    let date = (w.as_of)(&format_date(cx.today, cx.options.lang));
    let healthy = cx.w.findings.healthy;
    let mut blocks = Vec::new();
    if issues.is_empty() {
        blocks.push(Block::Paragraph(Para::text(format!("{date} {healthy}"))));
    } else if cx.options.headings_only {
        blocks.push(Block::Paragraph(Para::text(format!(
            "{date} {}",
            (w.count)(issues.len())
        ))));
    } else {
        blocks.push(Block::Paragraph(Para::text(date)));
        let lines = issues.iter().map(|issue| issue_para(cx, issue));
        blocks.push(Block::List(lines.collect()));
    }
    Some(Section {
        kind: SectionKind::Health,
        heading: w.heading.to_owned(),
        new_page: false,
        blocks,
    })
}

/// The text of `issue`, marked "to verify" when it rests on a rule the notes flag.
fn issue_para(cx: &Context<'_>, issue: &Issue) -> Para {
    let text =
        cx.w.findings
            .issue(issue, cx.options.lang, cx.model, &|id| item_text(cx, id));
    let to_verify = matches!(issue, Issue::LegalMinimum(check) if check.rule.needs_verifying());
    Para::marked(text, to_verify.then_some(cx.s.to_verify))
}

/// The item's text in the export's language (the other language, or the id, when empty).
fn item_text(cx: &Context<'_>, id: &str) -> String {
    let Some(entry) = cx.plan.entry(id) else {
        return id.to_owned();
    };
    [
        entry.text.get(cx.options.lang),
        &entry.text.pl,
        &entry.text.en,
    ]
    .into_iter()
    .map(str::trim)
    .find(|text| !text.is_empty())
    .unwrap_or(id)
    .to_owned()
}
