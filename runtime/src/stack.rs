//! Goroutine stacks: carved from large `MAP_NORESERVE` regions, guarded by
//! `MADV_GUARD_INSTALL`, recycled through per-worker pools.
//!
//! # Why not one mapping per stack
//!
//! corosensei's `DefaultStack` maps each stack separately and `mprotect`s a
//! guard page, which costs two VMAs per stack; Linux allows 65,530 per
//! process (`vm.max_map_count`), so a process dies near 32,700 live stacks.
//! Here a *region* of many stack slots is one `mmap(PROT_READ|PROT_WRITE,
//! MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE)`; the lowest page of each slot
//! becomes a guard page with `madvise(MADV_GUARD_INSTALL)` (Linux 6.13+),
//! which installs guard markers in the page tables without splitting the VMA.
//! A region stays one mapping whatever the number of stacks in it.
//!
//! # Fallback
//!
//! On older kernels `MADV_GUARD_INSTALL` fails with `EINVAL`; the allocator
//! then falls back to `mprotect(PROT_NONE)` on the guard page, which splits
//! the VMA (about two mappings per stack). When the kernel refuses with
//! `ENOMEM` (the mapping limit) the goroutine fails with
//! [`Error::NoStack`](crate::Error::NoStack) naming the cause, rather than the
//! process dying. Only goroutines parked *stackfully* hold a stack, so even
//! then a million stackless-parked goroutines are fine.
//!
//! # Memory
//!
//! `MAP_NORESERVE` commits nothing: a stack costs RSS only for the pages its
//! goroutine touched. Stacks return to the worker's pool (LIFO, warm in
//! cache); when a pool overflows, half of it moves to the global free list
//! after `MADV_DONTNEED` gives its pages back. Regions are unmapped when the
//! allocator (shared by every stack it carved) is dropped.

use std::sync::Arc;

use corosensei::stack::{Stack, StackPointer};
use parking_lot::Mutex;

use crate::error::Error;

/// `MADV_GUARD_INSTALL` (Linux 6.13, include/uapi/asm-generic/mman-common.h).
const MADV_GUARD_INSTALL: libc::c_int = 102;

/// Bytes reserved per region (address space only).
const REGION_BYTES: usize = 64 << 20;
/// Stacks a worker keeps in its own pool before spilling half.
pub(crate) const LOCAL_POOL_MAX: usize = 128;
/// Free stacks kept in the global list without releasing their pages.
const GLOBAL_WARM: usize = 256;

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if p > 0 {
        p as usize
    } else {
        4096
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum GuardMode {
    Unknown,
    GuardInstall,
    Mprotect,
}

struct AllocState {
    regions: Vec<(usize, usize)>,
    /// Next free slot address in the newest region, and its end.
    cursor: usize,
    end: usize,
    free: Vec<RawStack>,
    guard: GuardMode,
    carved: usize,
}

#[derive(Clone, Copy)]
struct RawStack {
    /// Lowest address (guard page included).
    limit: usize,
    /// Highest address (stacks grow down from here).
    base: usize,
}

/// The process-wide (per runtime) source of stacks.
pub(crate) struct StackAlloc {
    /// Usable bytes per stack, page-rounded.
    usable: usize,
    page: usize,
    state: Mutex<AllocState>,
}

impl StackAlloc {
    pub(crate) fn new(stack_size: usize) -> Arc<StackAlloc> {
        let page = page_size();
        let usable = stack_size.max(16 * 1024).div_ceil(page) * page;
        Arc::new(StackAlloc {
            usable,
            page,
            state: Mutex::new(AllocState {
                regions: Vec::new(),
                cursor: 0,
                end: 0,
                free: Vec::new(),
                guard: GuardMode::Unknown,
                carved: 0,
            }),
        })
    }

    fn slot_bytes(&self) -> usize {
        self.usable + self.page
    }

    /// Number of stacks ever carved (for tests and stats).
    pub(crate) fn carved(&self) -> usize {
        self.state.lock().carved
    }

    /// Whether guard pages are installed without splitting mappings.
    #[allow(dead_code)]
    pub(crate) fn uses_guard_install(&self) -> Option<bool> {
        match self.state.lock().guard {
            GuardMode::Unknown => None,
            GuardMode::GuardInstall => Some(true),
            GuardMode::Mprotect => Some(false),
        }
    }

    /// Takes a batch of stacks for a worker's pool (at least one).
    pub(crate) fn take(
        self: &Arc<Self>,
        out: &mut Vec<PooledStack>,
        want: usize,
    ) -> Result<(), Error> {
        let mut st = self.state.lock();
        while out.len() < want {
            if let Some(r) = st.free.pop() {
                out.push(PooledStack {
                    raw: r,
                    owner: self.clone(),
                });
                continue;
            }
            match self.carve(&mut st) {
                Ok(r) => out.push(PooledStack {
                    raw: r,
                    owner: self.clone(),
                }),
                Err(e) if out.is_empty() => return Err(e),
                Err(_) => break,
            }
        }
        Ok(())
    }

    /// Returns stacks from a worker's overflowing pool. The first
    /// `GLOBAL_WARM` free stacks stay as they are (stacks often flow from
    /// one worker to another: parked on one, finished on the other); beyond
    /// that, their pages are released (the address range stays reserved).
    pub(crate) fn give_back(&self, stacks: impl Iterator<Item = PooledStack>) {
        let mut raws: Vec<RawStack> = Vec::new();
        for s in stacks {
            raws.push(s.raw);
            let owner = std::mem::ManuallyDrop::new(s);
            // SAFETY: `owner` is never used again; we drop its Arc by hand
            // instead of running PooledStack::drop (which would free twice).
            unsafe {
                std::ptr::drop_in_place(
                    &owner.owner as *const Arc<StackAlloc> as *mut Arc<StackAlloc>,
                )
            };
        }
        let warm_room = GLOBAL_WARM.saturating_sub(self.state.lock().free.len());
        for r in raws.iter().skip(warm_room) {
            // Keep the top page (hot, always touched on the next start).
            let start = r.limit + self.page;
            let len = r.base - self.page - start;
            // SAFETY: [start, start+len) lies inside a region we mapped and
            // no coroutine runs on this stack (it was in a pool). DONTNEED on
            // private anonymous memory just drops the pages (reads give zeros).
            unsafe { libc::madvise(start as *mut libc::c_void, len, libc::MADV_DONTNEED) };
        }
        self.state.lock().free.extend(raws);
    }

    fn carve(&self, st: &mut AllocState) -> Result<RawStack, Error> {
        let slot = self.slot_bytes();
        if st.cursor == 0 || st.cursor + slot > st.end {
            let len = REGION_BYTES.max(slot).div_ceil(slot) * slot;
            // SAFETY: anonymous private mapping at a kernel-chosen address;
            // no existing memory is affected.
            let p = unsafe {
                libc::mmap(
                    std::ptr::null_mut(),
                    len,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                    -1,
                    0,
                )
            };
            if p == libc::MAP_FAILED {
                return Err(Error::NoStack(
                    format!(
                        "mmap of a {} MiB stack region failed: {}",
                        len >> 20,
                        std::io::Error::last_os_error()
                    )
                    .into(),
                ));
            }
            st.regions.push((p as usize, len));
            st.cursor = p as usize;
            st.end = p as usize + len;
        }
        let limit = st.cursor;
        self.install_guard(st, limit)?;
        st.cursor += slot;
        st.carved += 1;
        Ok(RawStack {
            limit,
            base: limit + slot,
        })
    }

    fn install_guard(&self, st: &mut AllocState, addr: usize) -> Result<(), Error> {
        if st.guard != GuardMode::Mprotect {
            // SAFETY: `addr` is the first page of a fresh slot inside our
            // region; nothing lives there yet.
            let r =
                unsafe { libc::madvise(addr as *mut libc::c_void, self.page, MADV_GUARD_INSTALL) };
            if r == 0 {
                st.guard = GuardMode::GuardInstall;
                return Ok(());
            }
            let err = std::io::Error::last_os_error();
            if st.guard == GuardMode::GuardInstall || err.raw_os_error() != Some(libc::EINVAL) {
                return Err(Error::NoStack(
                    format!("MADV_GUARD_INSTALL failed: {err}").into(),
                ));
            }
            // Kernel older than 6.13: documented fallback.
            st.guard = GuardMode::Mprotect;
        }
        // SAFETY: as above; PROT_NONE on one page of our own mapping.
        let r = unsafe { libc::mprotect(addr as *mut libc::c_void, self.page, libc::PROT_NONE) };
        if r != 0 {
            let err = std::io::Error::last_os_error();
            return Err(Error::NoStack(
                format!(
                    "mprotect guard page failed ({err}); this kernel lacks MADV_GUARD_INSTALL (Linux 6.13+), \
                     so each stackful goroutine costs memory mappings and vm.max_map_count was reached"
                )
                .into(),
            ));
        }
        Ok(())
    }
}

impl Drop for StackAlloc {
    fn drop(&mut self) {
        for &(p, len) in &self.state.get_mut().regions {
            // SAFETY: every stack carved from these regions held an Arc to
            // this allocator; we are dropped, so none is alive any more.
            unsafe { libc::munmap(p as *mut libc::c_void, len) };
        }
    }
}

/// One stack slot, owned by a coroutine or a pool. Keeps its allocator (and
/// so its region) alive.
pub(crate) struct PooledStack {
    raw: RawStack,
    owner: Arc<StackAlloc>,
}

impl Drop for PooledStack {
    /// A stack dropped outside a pool (its coroutine was dropped while
    /// suspended, e.g. at shutdown) still goes back to the free list.
    fn drop(&mut self) {
        let start = self.raw.limit + self.owner.page;
        let len = self.raw.base - start;
        // SAFETY: our own slot; no coroutine runs on it any more.
        unsafe { libc::madvise(start as *mut libc::c_void, len, libc::MADV_DONTNEED) };
        self.owner.state.lock().free.push(self.raw);
    }
}

impl PooledStack {
    pub(crate) fn limit_addr(&self) -> usize {
        self.raw.limit + self.owner.page
    }
}

// SAFETY: base is the top of a slot of `usable + page` bytes whose lowest
// page is a guard page (MADV_GUARD_INSTALL or PROT_NONE), both page aligned
// (so STACK_ALIGNMENT aligned), and `usable >= 16 KiB > MIN_STACK_SIZE`. The
// slot belongs to this value alone until it is returned to a pool.
unsafe impl Stack for PooledStack {
    fn base(&self) -> StackPointer {
        StackPointer::new(self.raw.base).expect("non-null stack base")
    }

    fn limit(&self) -> StackPointer {
        StackPointer::new(self.raw.limit).expect("non-null stack limit")
    }
}

/// A worker's pool of stacks (only the owning worker touches it).
pub(crate) struct StackPool {
    alloc: Arc<StackAlloc>,
    stacks: Vec<PooledStack>,
}

impl StackPool {
    pub(crate) fn new(alloc: Arc<StackAlloc>) -> Self {
        StackPool {
            alloc,
            stacks: Vec::new(),
        }
    }

    pub(crate) fn get(&mut self) -> Result<PooledStack, Error> {
        if let Some(s) = self.stacks.pop() {
            return Ok(s);
        }
        self.alloc.take(&mut self.stacks, 16)?;
        Ok(self.stacks.pop().expect("take returned at least one"))
    }

    pub(crate) fn put(&mut self, s: PooledStack) {
        self.stacks.push(s);
        if self.stacks.len() > LOCAL_POOL_MAX {
            let spill = self.stacks.split_off(LOCAL_POOL_MAX / 2);
            self.alloc.give_back(spill.into_iter());
        }
    }
}

impl Drop for StackPool {
    fn drop(&mut self) {
        let all = std::mem::take(&mut self.stacks);
        self.alloc.give_back(all.into_iter());
    }
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;

    #[test]
    fn carve_and_recycle() {
        let a = StackAlloc::new(64 * 1024);
        let mut pool = StackPool::new(a.clone());
        let s = pool.get().unwrap();
        assert!(s.raw.base - s.raw.limit >= 64 * 1024);
        // Touch the usable part.
        // SAFETY: writing inside the usable part of our own stack slot.
        unsafe { *((s.raw.base - 8) as *mut u64) = 7 };
        pool.put(s);
        assert!(a.carved() >= 1);
        assert_eq!(
            a.uses_guard_install(),
            Some(true),
            "kernel 6.13+ expected here"
        );
    }
}

/// The current native stack pointer.
///
/// Read from the register where inline assembly is available: the address
/// of a local variable is not reliable (AddressSanitizer can move locals to
/// a heap-allocated "fake stack", which made stack-depth checks see a
/// nearly empty stack while the real one overflowed).
#[inline(always)]
pub fn stack_pointer() -> usize {
    #[cfg(target_arch = "x86_64")]
    {
        let sp: usize;
        // SAFETY: reads rsp into a register; no memory access, no flags.
        unsafe {
            std::arch::asm!("mov {}, rsp", out(reg) sp, options(nomem, nostack, preserves_flags))
        };
        sp
    }
    #[cfg(target_arch = "aarch64")]
    {
        let sp: usize;
        // SAFETY: reads sp into a register; no memory access, no flags.
        unsafe {
            std::arch::asm!("mov {}, sp", out(reg) sp, options(nomem, nostack, preserves_flags))
        };
        sp
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        let here = 0u8;
        std::hint::black_box(&here) as *const u8 as usize
    }
}
