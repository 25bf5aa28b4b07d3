//! The plan's undo and redo history. It follows egui's `Undoer` rules (an undo point once
//! the plan has been still for a second, or every 30 s of continuous change; at most 100),
//! but is told once per frame whether the plan changed ([`super::Changes`]) instead of
//! comparing whole plans itself: a frame without edits costs no comparison here.

use std::collections::VecDeque;

use crate::model::plan::Plan;

/// Most undo points kept.
const MAX_UNDOS: usize = 100;

/// Seconds the plan must stay unchanged before its state becomes an undo point.
const STABLE_TIME: f32 = 1.0;

/// Seconds of continuous change after which an undo point is taken anyway.
const AUTO_SAVE_INTERVAL: f32 = 30.0;

/// Undo points and redo states of one plan.
#[derive(Clone, Debug, Default)]
pub struct History {
    /// Undo points, oldest first.
    undos: VecDeque<Plan>,
    /// States undone, most recent last.
    redos: Vec<Plan>,
    /// Since when, and until when, the plan has been changing without an undo point.
    flux: Option<Flux>,
    /// True when the plan equalled the latest undo point at the last feed (or undo, redo).
    at_latest: bool,
}

/// A run of changes not yet in an undo point.
#[derive(Clone, Copy, Debug)]
struct Flux {
    /// When the run started.
    start: f64,
    /// When the plan last changed.
    latest_change: f64,
}

impl History {
    /// Feeds the plan as it is at the end of a frame at time `now` (seconds); `changed` says
    /// whether it differs from the previous frame's plan.
    pub fn feed(&mut self, now: f64, plan: &Plan, changed: bool) {
        let Some(latest) = self.undos.back() else {
            self.push(plan);
            return;
        };
        if changed {
            self.at_latest = latest == plan;
        }
        if self.at_latest {
            self.flux = None;
            return;
        }
        self.redos.clear();
        match &mut self.flux {
            None => {
                self.flux = Some(Flux {
                    start: now,
                    latest_change: now,
                });
            }
            Some(flux) if !changed => {
                // Time differences in `f32`, as egui's `Undoer` measures them.
                if (now - flux.latest_change) as f32 >= STABLE_TIME {
                    self.push(plan);
                }
            }
            Some(flux) => {
                if (now - flux.start) as f32 >= AUTO_SAVE_INTERVAL {
                    self.push(plan);
                } else {
                    flux.latest_change = now;
                }
            }
        }
    }

    /// True while changes wait to become an undo point (the app keeps frames coming until then).
    pub fn is_in_flux(&self) -> bool {
        self.flux.is_some()
    }

    /// Whether Undo has anything to do, as of the last feed (for drawing the menu).
    pub fn can_undo(&self) -> bool {
        match self.undos.len() {
            0 => false,
            1 => !self.at_latest,
            _ => true,
        }
    }

    /// Whether Redo has anything to do, as of the last feed (for drawing the menu).
    pub fn can_redo(&self) -> bool {
        !self.redos.is_empty() && self.at_latest
    }

    /// Makes the plan's current state an undo point now (a change that is one step by itself).
    pub fn add_undo(&mut self, plan: &Plan) {
        if self.undos.back() == Some(plan) {
            self.flux = None;
            self.at_latest = true;
        } else {
            self.push(plan);
        }
    }

    /// Steps back: returns the state to show, or `None` when there is nothing to undo.
    pub fn undo(&mut self, plan: &Plan) -> Option<&Plan> {
        let latest_is_plan = self.undos.back() == Some(plan);
        let can_undo = match self.undos.len() {
            0 => false,
            1 => !latest_is_plan,
            _ => true,
        };
        if !can_undo {
            return None;
        }
        self.flux = None;
        match self.undos.pop_back() {
            Some(latest) if latest_is_plan => self.redos.push(latest),
            Some(latest) => {
                // The undo point stays: the edits since it are what is undone.
                self.undos.push_back(latest);
                self.redos.push(plan.clone());
            }
            None => {}
        }
        self.at_latest = true;
        self.undos.back()
    }

    /// Steps forward again after an undo: returns the state to show, or `None`.
    pub fn redo(&mut self, plan: &Plan) -> Option<&Plan> {
        if self.undos.back().is_some_and(|latest| latest != plan) {
            // Edited since the undo: the redo states no longer apply.
            self.redos.clear();
            return None;
        }
        let state = self.redos.pop()?;
        self.undos.push_back(state);
        self.at_latest = true;
        self.undos.back()
    }

    /// Adds `plan` as the latest undo point (it differs from the one before).
    fn push(&mut self, plan: &Plan) {
        self.undos.push_back(plan.clone());
        while self.undos.len() > MAX_UNDOS {
            self.undos.pop_front();
        }
        self.flux = None;
        self.at_latest = true;
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone as _;
    use egui::util::undoer::Undoer;

    use super::History;
    use crate::model::plan::Plan;

    fn plan(name: &str) -> Plan {
        let t = chrono::Utc.with_ymd_and_hms(2026, 12, 1, 8, 0, 0).unwrap();
        Plan::new(name, t)
    }

    /// Frames as a user makes them: (time, plan name, or an undo / redo).
    enum Step {
        Frame(f64, &'static str),
        Undo(f64),
        Redo(f64),
    }

    /// Runs the same frames through egui's `Undoer` and through `History`, checking after
    /// each frame that both show the same plan and offer the same Undo and Redo.
    fn same_as_egui(steps: &[Step]) {
        let mut egui_plan = plan("");
        let mut ours_plan = plan("");
        let mut undoer = Undoer::<Plan>::default();
        let mut history = History::default();
        let mut seen = ours_plan.clone();
        for (i, step) in steps.iter().enumerate() {
            let now = match step {
                Step::Frame(now, name) => {
                    egui_plan.name = (*name).to_owned();
                    ours_plan.name = (*name).to_owned();
                    *now
                }
                Step::Undo(now) => {
                    if let Some(state) = undoer.undo(&egui_plan) {
                        egui_plan = state.clone();
                    }
                    if let Some(state) = history.undo(&ours_plan) {
                        ours_plan = state.clone();
                    }
                    *now
                }
                Step::Redo(now) => {
                    if let Some(state) = undoer.redo(&egui_plan) {
                        egui_plan = state.clone();
                    }
                    if let Some(state) = history.redo(&ours_plan) {
                        ours_plan = state.clone();
                    }
                    *now
                }
            };
            undoer.feed_state(now, &egui_plan);
            let changed = ours_plan != seen;
            seen = ours_plan.clone();
            history.feed(now, &ours_plan, changed);
            assert_eq!(ours_plan, egui_plan, "step {i}");
            assert_eq!(
                history.can_undo(),
                undoer.has_undo(&egui_plan),
                "undo, step {i}"
            );
            assert_eq!(
                history.can_redo(),
                undoer.has_redo(&egui_plan),
                "redo, step {i}"
            );
            assert_eq!(history.is_in_flux(), undoer.is_in_flux(), "flux, step {i}");
        }
    }

    #[test]
    fn follows_egui_undoer_through_typing_pauses_undo_and_redo() {
        use Step::{Frame, Redo, Undo};
        same_as_egui(&[
            Frame(0.0, ""),
            Frame(0.1, "Ż"),
            Frame(0.2, "Żł"),
            Frame(0.3, "Żł"),
            Frame(1.4, "Żł"),
            Frame(1.5, "Żło"),
            Frame(1.6, "Żł"),
            Frame(2.7, "Żł"),
            Frame(2.8, "Żłobek"),
            Frame(4.0, "Żłobek"),
            Undo(4.1),
            Frame(4.2, "Żł"),
            Undo(4.3),
            Redo(4.4),
            Redo(4.5),
            Redo(4.6),
            Undo(4.7),
            Frame(4.8, "Inny"),
            Redo(4.9),
            Frame(6.0, "Inny"),
            Undo(6.1),
            Undo(6.2),
            Undo(6.3),
        ]);
        // An edit after an undo drops the redo states, even when a later edit comes back to
        // the undo point.
        same_as_egui(&[
            Frame(0.0, ""),
            Frame(0.1, "a"),
            Frame(1.5, "a"),
            Undo(1.6),
            Frame(1.7, "b"),
            Frame(1.8, ""),
            Redo(1.9),
        ]);
    }

    #[test]
    fn continuous_typing_still_takes_an_undo_point_every_30_seconds() {
        let steps: Vec<Step> = (0..700_u32)
            .map(|i| Step::Frame(f64::from(i) * 0.1, if i % 2 == 0 { "a" } else { "b" }))
            .collect();
        same_as_egui(&steps);
    }
}
