//! Native stack headroom, checked before native code re-enters the
//! interpreter (sort keys, dunders, `map`) so deep re-entry raises
//! RecursionError instead of overflowing the stack.

/// The lowest usable address of the current OS thread's stack.
pub fn thread_stack_low() -> usize {
    // SAFETY: pthread_getattr_np fills `attr` for the calling thread; we
    // destroy it after reading the stack address and size.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return 0;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        if ok {
            addr as usize
        } else {
            0
        }
    }
}

/// Bytes of native stack left, given the stack's low end.
#[inline(never)]
pub fn remaining(low: usize) -> usize {
    let here = 0u8;
    let addr = std::hint::black_box(&here) as *const u8 as usize;
    if low == 0 {
        return usize::MAX;
    }
    addr.saturating_sub(low)
}
