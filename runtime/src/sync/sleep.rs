//! `sleep`: park the calling goroutine until a deadline, on the runtime's
//! timer (no thread per sleeper). On an OS thread, a plain thread sleep.

use std::task::Poll;
use std::time::{Duration, Instant};

use crate::error::Error;
use crate::scope::WaitReason;
use crate::task::{block_on, TaskCx};

/// Poll form of [`sleep`]: `Ready(Ok)` once `deadline` has passed.
pub fn poll_sleep_until(cx: &TaskCx, deadline: Instant) -> Poll<Result<(), Error>> {
    if let Err(e) = cx.check() {
        cx.done_waiting();
        return Poll::Ready(Err(e));
    }
    if Instant::now() >= deadline {
        cx.done_waiting();
        return Poll::Ready(Ok(()));
    }
    cx.prepare_park(WaitReason::Sleep, Some(deadline));
    Poll::Pending
}

/// Parks the calling goroutine for `d` (only it: its worker runs others).
/// `Err(Cancelled)` early if the scope is cancelled.
pub fn sleep(d: Duration) -> Result<(), Error> {
    sleep_until(Instant::now() + d)
}

/// Parks until `deadline`.
pub fn sleep_until(deadline: Instant) -> Result<(), Error> {
    block_on(Some(deadline), |cx| poll_sleep_until(cx, deadline))
}
