//! What the app needs from the outside world, passed in explicitly so tests can replace it.

use std::path::PathBuf;

use chrono::{DateTime, Utc};

use crate::io::dialogs::{FileDialogs, RfdDialogs};
use crate::io::dirs::{app_data_dir, default_plans_dir};
use crate::io::model_files::default_imported_models_dir;

/// A source of the current time.
pub trait Clock {
    /// The current time.
    fn now(&self) -> DateTime<Utc>;
}

/// The system clock.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that always tells the same time, for tests.
#[derive(Clone, Copy, Debug)]
pub struct FixedClock(pub DateTime<Utc>);

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
    }
}

/// File dialogs, the clock, the default plans folder and the imported models folder.
pub struct Services {
    /// Native or fake file dialogs.
    pub dialogs: Box<dyn FileDialogs>,
    /// The clock used for plan timestamps.
    pub clock: Box<dyn Clock>,
    /// Where plans are listed and saved by default.
    pub plans_dir: PathBuf,
    /// Where autosaves for crash recovery are kept.
    pub autosave_dir: PathBuf,
    /// Where imported models are copied to and loaded from.
    pub imported_models_dir: PathBuf,
}

impl Services {
    /// The real services: native dialogs, the system clock, the user's documents folder.
    pub fn native() -> Self {
        Self {
            dialogs: Box::new(RfdDialogs::default()),
            clock: Box::new(SystemClock),
            plans_dir: default_plans_dir(),
            autosave_dir: app_data_dir().join("autosave"),
            imported_models_dir: default_imported_models_dir(),
        }
    }
}

impl std::fmt::Debug for Services {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Services")
            .field("plans_dir", &self.plans_dir)
            .field("imported_models_dir", &self.imported_models_dir)
            .finish_non_exhaustive()
    }
}
