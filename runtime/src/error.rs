//! The runtime's one error type: a kind enum, small enough to return by value.
//!
//! Every fallible runtime call returns [`Error`]. The VM maps the kinds to
//! script exceptions (`Closed` → `threads.QueueClosed`, `Timeout` →
//! `TimeoutError`, `Deadlock` → `threads.Deadlock`, `NegativeCounter` →
//! `ValueError`, `Overflow` → `OverflowError`, `Panicked` → an internal error).

use std::fmt;
use std::sync::Arc;

use crate::scope::DeadlockReport;

/// What went wrong in a runtime call. Two words wide; cheap to clone.
#[derive(Clone, Debug)]
pub enum Error {
    /// The queue is closed (and, for `get`, drained).
    Closed,
    /// The deadline given to a blocking call passed first.
    Timeout,
    /// The goroutine's scope was cancelled. Every later blocking call and
    /// yield point in that scope returns this too.
    Cancelled,
    /// Nothing can ever wake the caller: every goroutine of its scope is
    /// parked, no timer is pending and no outside waker is registered.
    Deadlock(Arc<DeadlockReport>),
    /// The goroutine panicked; the payload's message.
    Panicked(Arc<str>),
    /// `WaitGroup::add` would take the counter below zero (counter unchanged).
    NegativeCounter,
    /// `Atomic::add` would leave the i64 range (value unchanged).
    Overflow,
    /// The promise's value was moved out by [`Promise::join`](crate::Promise::join).
    Taken,
    /// No stack could be reserved for a goroutine (address space or, on
    /// kernels without `MADV_GUARD_INSTALL`, the memory-mapping limit).
    NoStack(Arc<str>),
    /// The runtime is shutting down.
    Shutdown,
}

impl Error {
    /// True for the two errors that mean "stop what you are doing":
    /// `Cancelled` and `Deadlock`.
    pub fn is_interrupt(&self) -> bool {
        matches!(self, Error::Cancelled | Error::Deadlock(_))
    }
}

impl fmt::Display for Error {
    #[cold]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Closed => f.write_str("queue closed"),
            Error::Timeout => f.write_str("timed out"),
            Error::Cancelled => f.write_str("cancelled"),
            Error::Deadlock(r) => write!(f, "{r}"),
            Error::Panicked(m) => write!(f, "goroutine panicked: {m}"),
            Error::NegativeCounter => f.write_str("negative WaitGroup counter"),
            Error::Overflow => f.write_str("integer overflow"),
            Error::Taken => f.write_str("promise value already taken"),
            Error::NoStack(m) => write!(f, "cannot allocate a goroutine stack: {m}"),
            Error::Shutdown => f.write_str("runtime shut down"),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(all(test, not(loom)))]
mod tests {
    #[test]
    fn error_is_two_words() {
        assert!(std::mem::size_of::<super::Error>() <= 24);
        assert!(std::mem::size_of::<Result<(), super::Error>>() <= 24);
    }
}
