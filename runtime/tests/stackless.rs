#![cfg(not(loom))]
//! The stackless (poll) path the VM uses: deadlock, cancellation and
//! timeouts delivered through `poll_*`, and wake forwarding.

use std::task::Poll;
use std::time::{Duration, Instant};

use spindle_runtime::*;

fn rt(workers: usize) -> Runtime {
    Runtime::builder().workers(workers).build().unwrap()
}

/// A stackless body that polls one `Queue::get` and returns its result.
fn getter(
    q: Queue<u32>,
    site: &'static str,
) -> impl FnMut(&TaskCx) -> Step<Result<u32, Error>> + Send {
    move |cx| {
        cx.set_site(Site::Static(site));
        match q.poll_get(cx, None) {
            Poll::Ready(r) => Step::Ready(r),
            Poll::Pending => Step::Pending,
        }
    }
}

#[test]
fn stackless_main_receives_deadlock() {
    let rt = rt(2);
    let s = Scope::new(&rt);
    let q = Queue::<u32>::unbounded();
    let other = s.spawn_poll(getter(q.clone(), "worker.py:4"));
    let main = s
        .task()
        .main()
        .name("main")
        .spawn_poll(getter(q.clone(), "main.py:9"));
    match main.get().unwrap() {
        Err(Error::Deadlock(r)) => {
            assert_eq!(r.goroutines.len(), 2);
            assert!(
                r.goroutines.iter().all(|g| !g.holds_stack),
                "stackless parks hold no stack"
            );
            let text = r.to_string();
            assert!(
                text.contains("main.py:9") && text.contains("worker.py:4"),
                "{text}"
            );
        }
        other => panic!("expected deadlock, got {other:?}"),
    }
    assert!(matches!(s.wait_all(), Err(Error::Deadlock(_))));
    s.cancel();
    assert!(matches!(other.get().unwrap(), Err(Error::Cancelled)));
    s.wait_all().unwrap();
}

#[test]
fn stackless_cancel_and_timeout() {
    let rt = rt(2);
    let s = Scope::new(&rt);
    let q = Queue::<u32>::unbounded();
    let parked: Vec<_> = (0..100)
        .map(|_| s.spawn_poll(getter(q.clone(), "x")))
        .collect();
    // A timed get: the timer wakes the stackless goroutine.
    let q2 = q.clone();
    let mut deadline = None;
    let timed = s.spawn_poll(move |cx| {
        let d = *deadline.get_or_insert_with(|| Instant::now() + Duration::from_millis(10));
        match q2.poll_get(cx, Some(d)) {
            Poll::Ready(r) => Step::Ready(r),
            Poll::Pending => Step::Pending,
        }
    });
    assert!(matches!(timed.get().unwrap(), Err(Error::Timeout)));
    s.cancel();
    for p in parked {
        assert!(matches!(p.get().unwrap(), Err(Error::Cancelled)));
    }
    s.wait_all().unwrap();
    assert_eq!(rt.stats().timers_pending, 0);
}

#[test]
fn a_woken_waiter_that_is_cancelled_passes_the_item_on() {
    // One worker: the goroutine doing "cancel A's scope, then put" runs
    // without A running in between, so the put pops A's registration and A
    // must forward the wake to B when it sees the cancel.
    let rt = rt(1);
    let sa = Scope::new(&rt);
    let sb = Scope::new(&rt);
    let sc = Scope::new(&rt);
    let q = Queue::<u32>::unbounded();
    let a = sa.spawn_poll(getter(q.clone(), "a"));
    let b = sb.spawn_poll(getter(q.clone(), "b"));
    let (q2, sa2, h) = (q.clone(), sa.clone(), rt.handle().clone());
    let c = sc.spawn(move || {
        while h.stats().parks < 2 {
            yield_now().unwrap();
        }
        sa2.cancel();
        q2.put(7).unwrap();
    });
    c.wait().unwrap();
    assert!(matches!(a.get().unwrap(), Err(Error::Cancelled)));
    assert_eq!(b.get().unwrap().unwrap(), 7);
}

#[test]
fn stackless_yield_round_robins() {
    let rt = rt(1);
    let s = Scope::new(&rt);
    let counter = Atomic::new(0);
    let mut ps = Vec::new();
    for _ in 0..4 {
        let c = counter.clone();
        let mut n = 0;
        ps.push(s.spawn_poll(move |cx| loop {
            n += 1;
            c.add(1).unwrap();
            if n == 10_000 {
                return Step::Ready(n);
            }
            if cx.should_yield() {
                return Step::Yield;
            }
        }));
    }
    for p in ps {
        assert_eq!(p.get().unwrap(), 10_000);
    }
    assert_eq!(counter.get(), 40_000);
    assert!(rt.stats().yields >= 4 * (10_000 / DEFAULT_BUDGET as u64) - 4);
}

#[test]
fn spawn_blocking_promise_can_be_polled() {
    let rt = rt(2);
    let s = Scope::new(&rt);
    let mut job: Option<Promise<u64>> = None;
    let p = s.spawn_poll(move |cx| {
        let j = job.get_or_insert_with(|| spawn_blocking(|| (1..=10u64).product()));
        match j.poll_join(cx, None) {
            Poll::Ready(r) => Step::Ready(r),
            Poll::Pending => Step::Pending,
        }
    });
    assert_eq!(p.get().unwrap().unwrap(), 3_628_800);
    assert_eq!(s.stats().deadlocks, 0);
}
