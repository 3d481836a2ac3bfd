//! Where the application layer gets the time: the system clock in production, a fixed one in tests.

use balans_domain::organization_time_zone;
use jiff::Timestamp;
use jiff::civil::Date;

/// A source of the current instant.
pub trait Clock: Send + Sync {
    fn now(&self) -> Timestamp;

    /// Today's date in the organization's time zone.
    fn today(&self) -> Date {
        self.now().to_zoned(organization_time_zone()).date()
    }
}

/// The system clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
}

/// A clock that always says the same instant (tests, reproducible imports).
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub Timestamp);

impl Clock for FixedClock {
    fn now(&self) -> Timestamp {
        self.0
    }
}
