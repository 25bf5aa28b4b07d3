//! The team section: head counts only (never facts about named people) and how they fare
//! against the founding minimums and the "at least half" rules, with "to verify" where the
//! notes flag a rule.

use super::{Block, Cell, CellKind, Context, Para, Row, Section, SectionKind, Table};
use crate::model::membership::{Headcount, Membership, checks};
use crate::model::taxonomy::FounderRoute;

/// Head counts and the legal checks on them.
pub(super) fn section(cx: &Context<'_>) -> Option<Section> {
    let w = cx.w.team;
    let m = &cx.plan.membership;
    let route = cx.plan.route();
    let mut blocks = vec![Block::Paragraph(Para::text(w.privacy))];
    if *m == Membership::default() {
        blocks.push(Block::Paragraph(Para::text(w.empty)));
    } else if !cx.options.headings_only {
        counts(cx, route, &mut blocks);
    }
    if route.is_none() {
        blocks.push(Block::Paragraph(Para::text(w.no_route)));
    } else if !cx.options.headings_only {
        blocks.push(Block::Subheading(w.checks_heading.to_owned()));
        blocks.push(Block::Table(checks_table(cx)));
    } else {
        blocks.push(Block::List(check_lines(cx)));
    }
    Some(Section {
        kind: SectionKind::Team,
        heading: w.heading.to_owned(),
        new_page: false,
        blocks,
    })
}

/// The count table (the groups the route needs) and the legal persons' count.
fn counts(cx: &Context<'_>, route: Option<FounderRoute>, blocks: &mut Vec<Block>) {
    let (w, m) = (cx.w.team, &cx.plan.membership);
    let [founders, members, employees] = w.groups;
    let groups: Vec<(&str, Headcount)> = match route {
        Some(FounderRoute::LegalPersons) => vec![(employees, m.employees)],
        Some(FounderRoute::NaturalPersons) | None => vec![
            (founders, m.founders),
            (members, m.members),
            (employees, m.employees),
        ],
    };
    let show_legal =
        route == Some(FounderRoute::LegalPersons) || (route.is_none() && m.legal_founders > 0);
    if show_legal {
        let count = m.legal_founders.to_string();
        blocks.push(Block::Rows(vec![Row::new(w.legal_founders, &count, "")]));
    }
    let number = |n: u32| Cell::of(CellKind::Number, n.to_string());
    let rows = groups
        .into_iter()
        .map(|(group, count)| {
            vec![
                Cell::text(group),
                number(count.at_risk),
                number(count.others),
                number(count.total()),
            ]
        })
        .collect();
    let columns = [w.col_group, w.col_at_risk, w.col_others, w.col_total];
    blocks.push(Block::Table(Table::new(&columns, rows)));
    let members_from_founders = route == Some(FounderRoute::NaturalPersons)
        && m.members.total() == 0
        && m.founders.total() > 0;
    if members_from_founders {
        blocks.push(Block::Paragraph(Para::text(w.members_from_founders)));
    }
}

fn checks_table(cx: &Context<'_>) -> Table {
    let (s, w) = (cx.s, cx.w.team);
    let rows = checks(&cx.plan.membership, cx.plan.route())
        .into_iter()
        .map(|check| {
            let mut rule = Cell::text(cx.w.findings.rule(check.rule));
            if check.rule.needs_verifying() {
                rule = rule.marked(s.to_verify);
            }
            if cx.options.include_guidance
                && let Some(item) = check.rule.item()
            {
                let basis = item
                    .legal_basis
                    .as_deref()
                    .map(|b| crate::model::legal::citation_text(b, cx.options.lang));
                for (label, value) in [
                    (s.legal_basis, basis.as_deref()),
                    (s.source, item.source.as_deref()),
                ] {
                    if let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) {
                        rule = rule.detail(label, value);
                    }
                }
            }
            let outcome = Cell::text(cx.w.findings.outcome(check.outcome));
            vec![rule, outcome]
        })
        .collect();
    Table::new(&[w.col_rule, w.col_outcome], rows)
}

/// The checks as short lines, for outlines.
fn check_lines(cx: &Context<'_>) -> Vec<Para> {
    let f = cx.w.findings;
    checks(&cx.plan.membership, cx.plan.route())
        .into_iter()
        .map(|check| {
            let text = format!("{}: {}", f.rule(check.rule), f.outcome(check.outcome));
            Para::marked(text, check.rule.needs_verifying().then_some(cx.s.to_verify))
        })
        .collect()
}
