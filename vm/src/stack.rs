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
    let addr = spindle_runtime::stack_pointer();
    if low == 0 {
        return usize::MAX;
    }
    addr.saturating_sub(low)
}

/// Native stack kept free below any recursive native operation.
pub const HEADROOM: usize = 256 * 1024;

/// RecursionError when the native stack of `vm`'s thread is nearly used
/// up. For native code that recurses on its own, without re-entering the
/// interpreter (comparing, hashing or converting nested containers).
#[inline]
pub fn check(vm: &crate::interp::Vm) -> crate::PyResult<()> {
    if vm.stack_remaining() < HEADROOM {
        return Err(crate::exc::recursion_error());
    }
    Ok(())
}

/// Runs `f` one level deeper in a native recursive operation (comparing or
/// printing nested containers): like CPython's `Py_EnterRecursiveCall`,
/// RecursionError once the nesting plus the script frames reach the
/// recursion limit, or when the native stack runs low.
#[inline]
pub fn nested<T>(
    vm: &mut crate::interp::Vm,
    f: impl FnOnce(&mut crate::interp::Vm) -> crate::PyResult<T>,
) -> crate::PyResult<T> {
    if vm.nest_depth + vm.frames.len() >= vm.recursion_limit {
        return Err(crate::exc::recursion_error());
    }
    check(vm)?;
    vm.nest_depth += 1;
    let r = f(vm);
    vm.nest_depth -= 1;
    r
}
