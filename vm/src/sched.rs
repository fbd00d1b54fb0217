//! The interpreter's view of the scheduler: yielding at preemption points.
//! Outside a goroutine these are no-ops.

/// Gives other goroutines a turn (preemption at backward jumps and calls).
#[inline(never)]
pub fn yield_now() {}

/// Sleeps the calling goroutine (or thread) for `d`, checking cancellation.
pub fn sleep(vm: &mut crate::interp::Vm, d: std::time::Duration) -> crate::PyResult<()> {
    let deadline = std::time::Instant::now() + d;
    loop {
        vm.ctx.check_cancel()?;
        let now = std::time::Instant::now();
        if now >= deadline {
            return Ok(());
        }
        std::thread::sleep((deadline - now).min(std::time::Duration::from_millis(10)));
    }
}
