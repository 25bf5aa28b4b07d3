//! What the window remembers between runs: language, recent plans, theme, contrast, text
//! size and the glossary panel (never plan content: plans live in their own files).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::model::wizard::Step;

/// How many recent plans the File menu remembers.
const MAX_RECENT: usize = 10;

/// Smallest and largest text size, as a zoom factor.
pub const ZOOM_RANGE: (f32, f32) = (0.7, 2.5);

/// One step of Ctrl+plus / Ctrl+minus.
pub const ZOOM_STEP: f32 = 0.1;

/// Preferences remembered between runs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// The language of the window.
    pub lang: Lang,
    /// Recently opened or saved plans, newest first.
    pub recent: Vec<PathBuf>,
    /// Theme, contrast and text size.
    pub look: Look,
    /// Whether the glossary panel is open.
    pub show_glossary: bool,
    /// The checklist's pane and column widths.
    pub checklist: ChecklistLayout,
    /// What the window remembers about each recent plan, keyed by [`plan_key`].
    pub plans: BTreeMap<String, PlanMemory>,
}

impl Prefs {
    /// Puts `path` first in the recent list.
    pub fn remember(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(MAX_RECENT);
        self.prune_plans();
    }

    /// Drops `path` from the recent list, with what was remembered about it.
    pub fn forget(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.prune_plans();
    }

    /// Forgets every recent plan.
    pub fn clear_recent(&mut self) {
        self.recent.clear();
        self.plans.clear();
    }

    /// What is remembered about the plan at `path`.
    pub fn plan_memory(&self, path: &Path) -> Option<&PlanMemory> {
        self.plans.get(&plan_key(path))
    }

    /// Remembers the plan at `path` as it was saved or opened, keeping its last step.
    pub fn remember_plan(&mut self, path: &Path, summary: PlanMemory) {
        let entry = self.plans.entry(plan_key(path)).or_default();
        let step = summary.step.or(entry.step);
        *entry = PlanMemory { step, ..summary };
    }

    /// Remembers the step the plan at `path` is on.
    pub fn remember_step(&mut self, path: &Path, step: Step) {
        if let Some(entry) = self.plans.get_mut(&plan_key(path)) {
            entry.step = Some(step);
        }
    }

    /// Keeps only the memories of plans still in the recent list.
    fn prune_plans(&mut self) {
        let keep: Vec<String> = self.recent.iter().map(|p| plan_key(p)).collect();
        self.plans.retain(|key, _| keep.contains(key));
    }
}

/// The key a plan's memory is kept under: its path as the window knows it.
pub fn plan_key(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// What the window remembers about one plan file: enough to list it on the start screen
/// and to reopen it where the user left off. Never plan content beyond that.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanMemory {
    /// The plan's name.
    pub name: String,
    /// The place named in its profile.
    pub place: String,
    /// The chosen model's id.
    pub model_id: Option<String>,
    /// When it was last saved.
    pub saved: Option<DateTime<Utc>>,
    /// The step the user was on last.
    pub step: Option<Step>,
}

/// Light, dark, or whatever the system uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the system setting.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl ThemeChoice {
    /// All choices, in menu order.
    pub const ALL: [Self; 3] = [Self::System, Self::Light, Self::Dark];
}

/// The look the user chose; kept with the preferences.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Look {
    /// Light, dark or system.
    pub theme: ThemeChoice,
    /// Stronger contrast for poor sight.
    pub high_contrast: bool,
    /// Text size as a zoom factor (1.0 = normal).
    pub zoom: f32,
}

impl Default for Look {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::System,
            high_contrast: false,
            zoom: 1.0,
        }
    }
}

impl Look {
    /// The zoom one step larger or smaller (`steps` may be negative), kept within range.
    pub fn zoomed(self, steps: f32) -> f32 {
        let zoom = ((self.zoom + steps * ZOOM_STEP) * 10.0).round() / 10.0;
        zoom.clamp(ZOOM_RANGE.0, ZOOM_RANGE.1)
    }
}

/// The widths the user gave the checklist's panes and columns (kept between runs; the
/// screen's rules for them are in `ui::checklist_table`).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ChecklistLayout {
    /// Width of the detail pane when it is beside the list.
    pub detail_width: f32,
    /// Width of the owner column.
    pub owner_width: f32,
    /// Width of the due-date column.
    pub due_width: f32,
    /// Height of the list when the details are below it.
    pub list_height: f32,
}

impl Default for ChecklistLayout {
    fn default() -> Self {
        Self {
            detail_width: 420.0,
            owner_width: 140.0,
            due_width: 165.0,
            list_height: 300.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Look, ZOOM_RANGE};

    #[test]
    fn zoom_steps_stay_in_range() {
        let look = Look::default();
        assert!((look.zoomed(1.0) - 1.1).abs() < 1e-6);
        assert!((look.zoomed(-1.0) - 0.9).abs() < 1e-6);
        let big = Look {
            zoom: ZOOM_RANGE.1,
            ..look
        };
        assert!((big.zoomed(1.0) - ZOOM_RANGE.1).abs() < 1e-6);
        let small = Look {
            zoom: ZOOM_RANGE.0,
            ..look
        };
        assert!((small.zoomed(-1.0) - ZOOM_RANGE.0).abs() < 1e-6);
    }
}
