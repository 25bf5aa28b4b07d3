//! The health-check section: what in the plan needs attention on the day of the export.

use super::{Block, Context, Para, Section, SectionKind, format_date};
use crate::model::health::{Issue, check_with};

/// What needs attention.
pub(super) fn section(cx: &Context<'_>) -> Option<Section> {
    let w = cx.w.health;
    let issues = check_with(cx.plan, cx.model, cx.today);
    let date = (w.as_of)(&format_date(cx.today, cx.options.lang));
    let mut blocks = Vec::new();
    if issues.is_empty() {
        blocks.push(Block::Paragraph(Para::text(format!(
            "{date} {}",
            w.healthy
        ))));
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
    let (w, team) = (cx.w.health, cx.w.team);
    match issue {
        Issue::NoModel => Para::text(w.no_model),
        Issue::NoOwner { count, .. } => Para::text((w.no_owner)(*count)),
        Issue::Overdue { id, days } => Para::text((w.overdue)(*days, &item_text(cx, id))),
        Issue::MissingReason { id } => Para::text((w.missing_reason)(&item_text(cx, id))),
        Issue::NoFounderCount => Para::text(w.no_founder_count),
        Issue::LegalMinimum(check) => Para::marked(
            (w.legal_minimum)(team.rule(check.rule), &team.outcome(check.outcome)),
            check.rule.needs_verifying().then_some(cx.s.to_verify),
        ),
        Issue::ReadinessIncomplete {
            answered,
            questions,
        } => Para::text((w.readiness_incomplete)(*answered, *questions)),
        Issue::ReadinessLow { points, threshold } => {
            Para::text((w.readiness_low)(*points, *threshold))
        }
        Issue::FundingGap(gap) => Para::text((w.funding_gap)(&crate::model::money::format_money(
            *gap,
            cx.options.lang,
        ))),
        Issue::Franchise(finding) => {
            let lang = cx.options.lang;
            let t = crate::i18n::planning::franchise::texts(lang);
            Para::text(t.finding(finding, cx.model, lang))
        }
    }
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
