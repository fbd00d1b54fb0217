//! Generic primitives. All are `Send + Sync`, park the calling goroutine
//! (never its worker), and block the thread when called from a plain OS
//! thread.
//!
//! Each blocking call has a poll form taking `&TaskCx` (the stackless path:
//! on `Poll::Pending` the goroutine's waker is registered and the body
//! returns `Step::Pending`) and a blocking form built on it (`block_on`).
//!
//! Poll-form contract (as for futures): after a `poll_*` returns `Pending`,
//! poll the *same operation* again when the goroutine is next polled, until
//! it returns `Ready`. Every poll checks cancellation and the deadlock
//! signal first.

pub mod atomic;
pub mod mutex;
pub mod promise;
pub mod queue;
pub mod sleep;
pub mod wait_group;
